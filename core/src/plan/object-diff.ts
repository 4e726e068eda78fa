/**
 * The field-level change of one object: the JSON paths that differ and a unified YAML diff (the `diff`
 * package), both over the comparable forms — server-managed fields left out, API defaults applied so that
 * `replicas: 1` and an omitted replicas are the same — and shown without the defaults nobody wrote (a field
 * that changes is shown even at its default). Secret values are masked on both sides.
 */
import { createTwoFilesPatch } from 'diff';
import { parsePath } from '../load/json-path.js';
import { asString, type Obj } from '../model/fields.js';
import { comparableObject, displayObject } from '../simulate/apply/comparable-object.js';
import { changedPaths } from './changed-paths.js';
import { maskedSecret, objectYaml } from './object-yaml.js';

export interface ObjectDiff {
  /** Changed paths; empty for a create or a delete (the whole object). */
  readonly fields: string[];
  /** Unified diff, `before` → `after`, with `Index:`/`---`/`+++` headers naming the object. */
  readonly diff: string;
}

/** The keys of a Secret's `data` that appear in the changed paths. */
function changedDataKeys(fields: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const f of fields) {
    const [head, key] = parsePath(f);
    if (head === 'data' && typeof key === 'string') keys.add(key);
  }
  return keys;
}

/** How a side is shown: defaults stripped (bar the changed paths), Secret values masked. */
function shown(comparable: Obj | undefined, fields: readonly string[], changedSide: boolean): Obj | undefined {
  if (comparable === undefined) return undefined;
  const display = displayObject(comparable, new Set(fields));
  if (asString(display.kind) !== 'Secret') return display;
  return maskedSecret(display, changedSide ? changedDataKeys(fields) : new Set());
}

/** The diff of `before` → `after` (stored objects; undefined for the side where the object does not exist). */
export function objectDiff(ref: string, before: Readonly<Obj> | undefined, after: Readonly<Obj> | undefined): ObjectDiff {
  const a = before === undefined ? undefined : comparableObject(before);
  const b = after === undefined ? undefined : comparableObject(after);
  const fields = a !== undefined && b !== undefined ? changedPaths(a, b) : [];
  const diff = createTwoFilesPatch(ref, ref, objectYaml(shown(a, fields, false)), objectYaml(shown(b, fields, true)), 'before', 'after', { context: 3 });
  return { fields, diff };
}

/** True when the two stored objects differ as the API server compares them. */
export function objectsDiffer(before: Readonly<Obj>, after: Readonly<Obj>): boolean {
  return changedPaths(comparableObject(before), comparableObject(after)).length > 0;
}
