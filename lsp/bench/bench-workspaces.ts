// The language-server bench's inputs, generated from core's benchmark corpus (realistic Deployments with full
// pod templates, Services and ConfigMaps): one ~2,000-line file to type in, and a 5,000-manifest workspace.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusObjects, toYaml } from '../../core/bench/corpus.js';

/** Recreates `dir` with a single `big.yaml` of whole documents reaching at least `lines` lines. */
export function writeBigFile(dir: string, lines: number): { file: string; text: string; documents: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const objects = corpusObjects(400);
  let count = 1;
  let text = toYaml(objects.slice(0, count));
  while (text.split('\n').length < lines && count < objects.length) text = toYaml(objects.slice(0, ++count));
  const file = path.join(dir, 'big.yaml');
  writeFileSync(file, text);
  return { file, text, documents: count };
}

/** Recreates `dir` with `manifests` documents spread over files of `perFile` documents each. */
export function writeWorkspace(dir: string, manifests: number, perFile: number): { files: number; lastName: string } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const objects = corpusObjects(manifests);
  let files = 0;
  for (let at = 0; at < objects.length; at += perFile) {
    writeFileSync(path.join(dir, `part-${String(files++).padStart(4, '0')}.yaml`), toYaml(objects.slice(at, at + perFile)));
  }
  const last = objects[objects.length - 1] as { metadata: { name: string } };
  return { files, lastName: last.metadata.name };
}
