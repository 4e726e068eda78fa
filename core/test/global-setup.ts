// Builds core once before the suite when the bundle is missing, so that end-to-end tests can spawn the real
// `kubeplan` executable (npm ci already builds through `prepare`; this covers fresh edits of a clean tree).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const core = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  if (existsSync(path.join(core, 'dist', 'cli.js')) && existsSync(path.join(core, 'generated', 'k8s-schema.json'))) return;
  execFileSync('npm', ['run', 'build'], { cwd: core, stdio: 'inherit' });
}
