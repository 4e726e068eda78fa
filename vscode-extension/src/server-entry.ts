/** The bundled language server's entry: lsp's executable boundary, started by the client over node IPC. */
import { main } from '../../lsp/src/main.js';

main();
