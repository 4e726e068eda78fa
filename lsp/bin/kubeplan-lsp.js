#!/usr/bin/env node
// Thin launcher: the server is bundled into dist/ by `npm run build` (run by `prepare` on `npm ci`).
// Usage: kubeplan-lsp --stdio | --node-ipc | --socket=<port>
import { existsSync } from 'node:fs';

const server = new URL('../dist/server.js', import.meta.url);
if (!existsSync(server)) {
  process.stderr.write('kubeplan-lsp: not built yet; run `npm run build` in the repository root\n');
  process.exit(2);
}
const { main } = await import(server.href);
main();
