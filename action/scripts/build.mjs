// Builds the action: one esbuild bundle, dist/index.js (ESM, node20 syntax, runs on the runner's node24), with
// core bundled from its sources; the two data files core reads at run time are copied where it looks for them
// (dist/k8s-schema.json, schemas/kubeplan-config.schema.json). Deterministic: same sources, same bytes, so a
// test can rebuild into a temporary folder and compare with the committed files.
//   node scripts/build.mjs [OUTROOT]   (default: the action folder itself)
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const core = path.join(root, '..', 'core');
const out = path.resolve(process.argv[2] ?? root);
const corePkg = JSON.parse(readFileSync(path.join(core, 'package.json'), 'utf8'));
const started = Date.now();




mkdirSync(path.join(out, 'dist'), { recursive: true });
mkdirSync(path.join(out, 'schemas'), { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/main.ts'],
  outfile: path.join(out, 'dist', 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  alias: { '@kubeplan/core': path.join(core, 'src', 'index.ts') },
  define: { KUBEPLAN_VERSION: JSON.stringify(corePkg.version) },
  // CommonJS dependencies bundled into ESM call `require` for Node built-ins.
  banner: { js: "import { createRequire as __kpCreateRequire } from 'node:module'; const require = __kpCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
});
copyFileSync(path.join(core, 'generated', 'k8s-schema.json'), path.join(out, 'dist', 'k8s-schema.json'));
copyFileSync(path.join(core, 'schemas', 'kubeplan-config.schema.json'), path.join(out, 'schemas', 'kubeplan-config.schema.json'));
if (process.argv[2] === undefined) console.log(`action built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
