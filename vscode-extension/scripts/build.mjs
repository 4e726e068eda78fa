// Builds the extension into dist/ with esbuild, self-contained so the .vsix needs no node_modules:
// - dist/extension.cjs: the client (the extension host loads CommonJS), `vscode` left external;
// - dist/server/: the language server (lsp/src/main.ts), its plan worker and core's CLI (used for plans against
//   a git base and scheduling explanations), ESM with code splitting so core is in one shared chunk;
//   core's generated Kubernetes schema next to them, where core looks for it;
// - dist/schemas/: core's `.kubeplan.yaml` JSON schema (contributed to the editor, and read by core).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const repo = path.dirname(root);
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const started = Date.now();
const dist = path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(path.join(dist, 'server'), { recursive: true });
mkdirSync(path.join(dist, 'schemas'), { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: { extension: 'src/extension.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
});

await build({
  absWorkingDir: repo,
  entryPoints: {
    server: 'vscode-extension/src/server-entry.ts',
    'plan-worker': 'lsp/src/plan/plan-worker.ts',
    cli: 'core/src/cli/main.ts',
  },
  outdir: path.join(dist, 'server'),
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  // Node's worker threads and the CLI load these as files; `@kubeplan/core` resolves to its sources here.
  alias: { '@kubeplan/core': path.join(repo, 'core/src/index.ts') },
  define: {
    KUBEPLAN_VERSION: JSON.stringify(read(path.join(repo, 'core/package.json')).version),
    KUBEPLAN_LSP_VERSION: JSON.stringify(read(path.join(repo, 'lsp/package.json')).version),
  },
  banner: { js: "import { createRequire as __kpCreateRequire } from 'node:module'; const require = __kpCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
copyFileSync(path.join(repo, 'core/generated/k8s-schema.json'), path.join(dist, 'server/k8s-schema.json'));
copyFileSync(path.join(repo, 'core/schemas/kubeplan-config.schema.json'), path.join(dist, 'schemas/kubeplan-config.schema.json'));
console.log(`vscode-extension built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
