// Builds core: bundles the CLI, the library entry and the lint worker with esbuild, copies the generated
// Kubernetes schema next to them, and emits declarations with tsc.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const started = Date.now();
mkdirSync(path.join(root, 'dist'), { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'lint-worker': 'src/lint/lint-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  define: { KUBEPLAN_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
copyFileSync(path.join(root, 'generated', 'k8s-schema.json'), path.join(root, 'dist', 'k8s-schema.json'));

const tsc = path.join(root, '..', 'node_modules', 'typescript', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-b', path.join(root, 'tsconfig.json')], { stdio: 'inherit' });
console.log(`core built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
