/**
 * The JSON paths where two comparable objects differ, as kubeplan writes paths
 * (`spec.template.spec.containers[0].image`): the deepest differing values, lists compared item by item
 * (a list that grows or shrinks reports the items added or removed), sorted for a stable plan.
 */
import { appendPath } from '../load/json-path.js';
import { asObject } from '../model/fields.js';
import { canonicalJson } from '../simulate/controllers/canonical-json.js';

function walk(a: unknown, b: unknown, path: string, out: string[]): void {
  if (canonicalJson(a) === canonicalJson(b)) return;
  const oa = asObject(a);
  const ob = asObject(b);
  if (oa !== undefined && ob !== undefined) {
    for (const key of new Set([...Object.keys(oa), ...Object.keys(ob)])) walk(oa[key], ob[key], appendPath(path, key), out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], appendPath(path, i), out);
    return;
  }
  out.push(path);
}

/** Sorted paths of the values that differ between `before` and `after` (undefined: the object does not exist). */
export function changedPaths(before: unknown, after: unknown): string[] {
  const out: string[] = [];
  walk(before, after, '', out);
  return out.filter((p) => p !== '').sort();
}
