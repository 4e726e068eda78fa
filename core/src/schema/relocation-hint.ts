/**
 * For an unknown field that exists a little deeper in the same object (`containers` written directly under a
 * Deployment's `spec`, `labels` at the top level), the path below the parent where it belongs.
 */
import type { PathSegment } from '../load/json-path.js';
import type { ModelDef } from './schema-data.js';

const MAX_DEPTH = 3;
/** Subtrees nobody writes by hand. */
const SKIPPED = new Set(['status']);

/**
 * Breadth-first search through object-typed fields of `model` for `field`; the unique shortest path to the
 * object that has it (e.g. `['template', 'spec']`), or `undefined` when none or several are equally close.
 */
export function relocationHint(models: { model(name: string): ModelDef | undefined }, model: string, field: string): PathSegment[] | undefined {
  let level: { model: string; path: string[] }[] = [{ model, path: [] }];
  const visited = new Set([model]);
  for (let depth = 1; depth <= MAX_DEPTH; depth++) {
    const next: { model: string; path: string[] }[] = [];
    const found: string[][] = [];
    for (const { model: name, path } of level) {
      for (const [prop, def] of Object.entries(models.model(name)?.properties ?? {})) {
        if (def.type !== 'object' || SKIPPED.has(prop) || visited.has(def.ref)) continue;
        visited.add(def.ref);
        const child = models.model(def.ref);
        if (child?.properties[field] !== undefined) found.push([...path, prop]);
        next.push({ model: def.ref, path: [...path, prop] });
      }
    }
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
    level = next;
  }
  return undefined;
}
