/**
 * Safe readers for decoded objects: manifests are user input, so a field may hold any JSON type. Each reader
 * returns `undefined` for a value of the wrong type instead of throwing.
 */
export type Obj = Record<string, unknown>;

export function asObject(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

export function asArray(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function asNumber(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function asBoolean(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

/** A map of strings (labels, annotations, selectors); entries whose value is not a string are left out. */
export function asStringMap(v: unknown): Record<string, string> | undefined {
  const o = asObject(v);
  if (o === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const k of Object.keys(o)) {
    const val = o[k];
    if (typeof val === 'string') out[k] = val;
  }
  return out;
}

/** The value at `path` (keys and indexes), or undefined where any step is missing or of the wrong type. */
export function getIn(root: unknown, ...path: (string | number)[]): unknown {
  let node = root;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[step];
    } else {
      const o = asObject(node);
      if (o === undefined) return undefined;
      node = o[step];
    }
  }
  return node;
}

/** Array items that are objects, with their index in the array (indexes of other items are skipped). */
export function objectItems(v: unknown): { item: Obj; index: number }[] {
  const out: { item: Obj; index: number }[] = [];
  if (!Array.isArray(v)) return out;
  for (let index = 0; index < v.length; index++) {
    if (!(index in v)) continue; // a hole, as forEach skips it
    const item = asObject(v[index]);
    if (item !== undefined) out.push({ item, index });
  }
  return out;
}
