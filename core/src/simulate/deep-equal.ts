/**
 * Structural equality of JSON values with `canonicalJson`'s meaning — `deepEqual(a, b)` is
 * `canonicalJson(a) === canonicalJson(b)` — without building either string: key order does not matter, an
 * object key holding `undefined` is the same as an absent one, `undefined`, `NaN` and the infinities are
 * `null` (as JSON writes them), and the walk stops at the first difference. Subtrees that are the same
 * reference are equal at once, which makes comparing an object with a copy that shares most of it (a
 * controller's `{ ...object, status }`) cost about the size of what was rebuilt. Values are JSON data: arrays
 * without holes, no BigInts.
 */

/** The JSON scalar a non-object value is written as: `null` for what JSON cannot spell. */
function scalar(v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : v;
}

function isObject(v: unknown): v is object {
  return v !== null && typeof v === 'object';
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b)) return !isObject(a) && !isObject(b) && scalar(a) === scalar(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let defined = 0;
  for (const k of Object.keys(ra)) {
    const va = ra[k];
    if (va === undefined) continue;
    defined++;
    if (!Object.hasOwn(rb, k)) return false;
    const vb = rb[k];
    if (vb === undefined || !deepEqual(va, vb)) return false;
  }
  for (const k of Object.keys(rb)) if (rb[k] !== undefined && --defined < 0) return false;
  return defined === 0;
}
