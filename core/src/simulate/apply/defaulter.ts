/**
 * One table of API defaults, read two ways. Applying it gives the object as the API server stores it (so that
 * `replicas: 1` and an omitted `replicas` compare equal); stripping it from a defaulted object leaves what the
 * author had to write (so that a diff of a create shows the manifest, not thirty defaulted fields). Fields a
 * diff reports as changed are kept while stripping, so `replicas: 3` → default shows as `replicas: 1`.
 */
import { appendPath } from '../../load/json-path.js';
import { asObject, type Obj } from '../../model/fields.js';
import { canonicalJson } from '../controllers/canonical-json.js';

export class Defaulter {
  private constructor(
    /** True: set missing fields; false: delete fields equal to their default. */
    readonly applying: boolean,
    private readonly keep: ReadonlySet<string>,
  ) {}

  /** Fills in the defaults. */
  static apply(): Defaulter {
    return new Defaulter(true, new Set());
  }

  /** Removes values equal to their defaults, except at the `keep` paths. */
  static strip(keep: ReadonlySet<string>): Defaulter {
    return new Defaulter(false, keep);
  }

  /** `parent[key]` defaults to `value` (`path` is the parent's JSON path). */
  field(parent: Obj, path: string, key: string, value: unknown): void {
    const current = parent[key];
    if (this.applying) {
      if (current === undefined || current === null || current === '') parent[key] = structuredClone(value);
      return;
    }
    if (current !== undefined && !this.keep.has(appendPath(path, key)) && canonicalJson(current) === canonicalJson(value)) delete parent[key];
  }

  /** The object at `parent[key]`: made when applying (so that its own defaults can be set), else as found. */
  child(parent: Obj, key: string): Obj | undefined {
    const found = asObject(parent[key]);
    if (found !== undefined || !this.applying || (parent[key] !== undefined && parent[key] !== null)) return found;
    const made: Obj = {};
    parent[key] = made;
    return made;
  }

  /** The object at `parent[key]` when there is one; never made. */
  existing(parent: Obj, key: string): Obj | undefined {
    return asObject(parent[key]);
  }

  /** Calls `fn` on each object item of the list `parent[key]` with its JSON path. */
  each(parent: Obj, path: string, key: string, fn: (item: Obj, itemPath: string) => void): void {
    const list = parent[key];
    if (!Array.isArray(list)) return;
    const listPath = appendPath(path, key);
    list.forEach((item, i) => {
      const o = asObject(item);
      if (o !== undefined) fn(o, appendPath(listPath, i));
    });
  }
}

/**
 * Keys whose empty value still means something: `emptyDir: {}` is a volume source, `podSelector: {}` selects
 * every pod, `namespaceSelector: {}` every namespace (absent: the pod's own).
 */
const PRESENCE_KEYS: ReadonlySet<string> = new Set(['emptyDir', 'podSelector', 'namespaceSelector']);

/**
 * `value` without nulls and without empty objects and lists (the API's zero values: `resources: {}`,
 * `securityContext: {}`, `creationTimestamp: null` in a dumped template), except where emptiness is meaningful.
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  const o = asObject(value);
  if (o === undefined) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined) continue;
    const cleaned = withoutEmpty(v);
    const empty = Array.isArray(cleaned) ? cleaned.length === 0 : asObject(cleaned) !== undefined && Object.keys(cleaned as Obj).length === 0;
    if (empty && !PRESENCE_KEYS.has(k)) continue;
    out[k] = cleaned;
  }
  return out;
}
