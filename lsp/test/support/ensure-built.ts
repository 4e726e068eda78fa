// The server bin imports the bundle that `npm run build` writes. The root globalSetup builds only core, so the
// first test file that starts a server builds lsp when a bundle the bin imports is missing. A lock folder
// (mkdir is atomic) keeps test files running in parallel from building twice.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { LSP_ROOT, SERVER_BIN } from './paths.js';

const LOCK = path.join(LSP_ROOT, '.build', 'build.lock');
/** A lock older than this was left by a run that died mid-build. */
const STALE_LOCK_MS = 5 * 60_000;

/** Relative imports of the bin (`../dist/server.js`) that do not exist yet. */
function missingImports(): string[] {
  const text = readFileSync(SERVER_BIN, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|from)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] ?? '');
  return specifiers.map((s) => path.resolve(path.dirname(SERVER_BIN), s)).filter((file) => !existsSync(file));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureServerBuilt(): void {
  if (!existsSync(SERVER_BIN)) throw new Error(`the language server executable ${SERVER_BIN} does not exist`);
  if (missingImports().length === 0) return;
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const lockedAt = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - lockedAt > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      sleep(200);
      if (missingImports().length === 0) return;
    }
  }
  try {
    if (missingImports().length > 0) execFileSync('npm', ['run', 'build'], { cwd: LSP_ROOT, stdio: 'inherit' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  const still = missingImports();
  if (still.length > 0) throw new Error(`npm run build in lsp/ did not produce ${still.join(', ')}`);
}
