/**
 * Writers for the admitted copy of an object. Admission mutates a private deep copy in place, as the API
 * server's plugins mutate the decoded object; these create a missing (or malformed) level on the way down.
 */
import { asObject, type Obj } from '../../model/fields.js';

/** `parent[key]` as an object, replaced by `{}` when absent or not an object. */
export function childObject(parent: Obj, key: string): Obj {
  const existing = asObject(parent[key]);
  if (existing !== undefined) return existing;
  const created: Obj = {};
  parent[key] = created;
  return created;
}

/** `parent[key]` as an array, replaced by `[]` when absent or not an array. */
export function childArray(parent: Obj, key: string): unknown[] {
  const existing = parent[key];
  if (Array.isArray(existing)) return existing;
  const created: unknown[] = [];
  parent[key] = created;
  return created;
}

/** Sets `parent[key]` only when it is unset (undefined, null or the empty string), as a `if x == ""` default does. */
export function defaultField(parent: Obj, key: string, value: unknown): void {
  const current = parent[key];
  if (current === undefined || current === null || current === '') parent[key] = value;
}
