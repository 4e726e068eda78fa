import { dirname, resolve } from 'node:path';
import { isMapping } from './classify.js';
import { parseDocumentText } from './parse-document.js';

function pathsOf(entries: unknown, inlineAllowed: boolean): string[] {
  if (!Array.isArray(entries)) return [];
  const out: string[] = [];
  for (const e of entries) {
    // A string entry is a file path, unless it is an inline patch (YAML text spanning lines).
    if (typeof e === 'string' && (!inlineAllowed || !e.includes('\n'))) out.push(e);
    else if (isMapping(e) && typeof e.path === 'string') out.push(e.path);
  }
  return out;
}

/**
 * Absolute paths of the patch files a kustomization refers to (`patches`, `patchesStrategicMerge`,
 * `patchesJson6902`), resolved against the kustomization's directory. These are partial objects by design.
 */
export function kustomizationPatchFiles(kustomizationPath: string, text: string): string[] {
  const { value } = parseDocumentText(text);
  if (!isMapping(value)) return [];
  const dir = dirname(resolve(kustomizationPath));
  return [
    ...pathsOf(value.patches, true),
    ...pathsOf(value.patchesStrategicMerge, true),
    ...pathsOf(value.patchesJson6902, false),
  ].map((p) => resolve(dir, p));
}
