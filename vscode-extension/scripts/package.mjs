// Packages the built extension (dist/) into .build/kubeplan-<version>.vsix with @vscode/vsce 3.x (runs on
// Node 20). `--no-dependencies`: everything the extension runs is bundled in dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { version, name } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.join(root, '.build', `${name}-${version}.vsix`);
mkdirSync(path.dirname(out), { recursive: true });
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-update-package-json', '--out', out], { cwd: root, stdio: 'inherit' });
console.log(out);
