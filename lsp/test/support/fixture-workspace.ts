// A private copy of a fixture workspace in a temporary folder, so tests can change files on disk and the
// server indexes exactly what a test put there.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, fileUri } from './paths.js';

export interface FixtureWorkspace {
  root: string;
  path(relative: string): string;
  uri(relative: string): string;
  read(relative: string): string;
  write(relative: string, text: string): void;
  remove(relative: string): void;
  dispose(): void;
}

export function copyFixture(name = 'workspace'): FixtureWorkspace {
  const root = mkdtempSync(path.join(tmpdir(), `kubeplan-lsp-${name}-`));
  cpSync(path.join(FIXTURES, name), root, { recursive: true });
  return workspaceAt(root);
}

export function workspaceAt(root: string): FixtureWorkspace {
  const at = (relative: string): string => path.join(root, relative);
  return {
    root,
    path: at,
    uri: (relative) => fileUri(at(relative)),
    read: (relative) => readFileSync(at(relative), 'utf8'),
    write: (relative, text) => writeFileSync(at(relative), text),
    remove: (relative) => rmSync(at(relative), { force: true }),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
