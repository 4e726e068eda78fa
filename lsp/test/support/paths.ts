// Where the things the end-to-end tests and the bench use live. Found by walking up from this module, which
// also works once the bench is bundled into another folder (core/.build/).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'lsp', 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no kubeplan checkout above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = repoRoot();
/** The `lsp/` package folder. */
export const LSP_ROOT = path.join(REPO_ROOT, 'lsp');
/** The server executable, as the VS Code extension and other editors start it. */
export const SERVER_BIN = path.join(LSP_ROOT, 'bin', 'kubeplan-lsp.js');
export const FIXTURES = path.join(LSP_ROOT, 'test', 'fixtures');
export const SAMPLES = path.join(REPO_ROOT, 'samples');

/** The `file://` URI of an absolute path, as editors send it. */
export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}
