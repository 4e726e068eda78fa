/** The built extension (dist/): built once on demand when a test needs it and `npm run build` has not run. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './sample-plans.js';

export const EXTENSION_DIR = path.join(REPO, 'vscode-extension');

export function ensureBuilt(): void {
  if (existsSync(path.join(EXTENSION_DIR, 'dist/server/server.js')) && existsSync(path.join(EXTENSION_DIR, 'dist/extension.cjs'))) return;
  execFileSync(process.execPath, [path.join(EXTENSION_DIR, 'scripts/build.mjs')], { stdio: 'inherit' });
}
