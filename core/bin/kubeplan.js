#!/usr/bin/env node
// Thin launcher: the CLI itself is bundled into dist/ by `npm run build` (run by `prepare` on `npm ci`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('kubeplan: not built yet; run `npm run build` in the repository root\n');
  process.exit(2);
}
await import(cli.href);
