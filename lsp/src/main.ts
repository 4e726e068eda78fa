/**
 * The executable's entry: its one error boundary. An exception that escapes every handler is logged to
 * stderr and the server keeps serving; only the client's `exit` ends the process.
 */
import { startServer } from './server.js';

export function main(): void {
  process.on('uncaughtException', (err) => process.stderr.write(`kubeplan-lsp: uncaught ${err.stack ?? err.message}\n`));
  process.on('unhandledRejection', (reason) => process.stderr.write(`kubeplan-lsp: unhandled rejection ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`));
  startServer();
}
