// Runs a TypeScript script (a build step such as gen-schema.ts, or a benchmark): bundles it with esbuild into
// core/.build/ and runs the bundle with the current Node, passing the remaining arguments through.
// Usage: node scripts/run-ts.mjs <script.ts> [args...]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [script, ...args] = process.argv.slice(2);
if (script === undefined) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}

const entry = path.resolve(process.cwd(), script);
const outfile = path.join(root, '.build', `${path.basename(entry, path.extname(entry))}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});

const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
