// Builds the language server: bundles the server and the plan worker thread with esbuild into dist/.
// vscode-languageserver is bundled in (it is CommonJS); @kubeplan/core stays an import of the built core,
// which finds its generated schema next to its own bundle.
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const started = Date.now();
mkdirSync(path.join(root, 'dist'), { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: { server: 'src/main.ts', 'plan-worker': 'src/plan/plan-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@kubeplan/core'],
  sourcemap: true,
  define: { KUBEPLAN_LSP_VERSION: JSON.stringify(pkg.version) },
  // CommonJS dependencies bundled into ESM call `require` for Node built-ins.
  banner: { js: "import { createRequire as __kpCreateRequire } from 'node:module'; const require = __kpCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log(`lsp built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
