/**
 * `jsonEqual(a, b)` is `JSON.stringify(a) === JSON.stringify(b)` without building either string: the same
 * keys in the same order, `undefined` (and functions) left out of objects and `null` in arrays, non-finite
 * numbers `null`. Unlike `deepEqual`, key order matters — an update that only reorders keys is a change, as
 * it always was for the engine. The walk stops at the first difference and takes a shared subtree as equal at
 * once. A value with a `toJSON` (a Date) or a boxed primitive is compared through JSON.stringify itself.
 */

/** Omitted from an object (`undefined`, functions, symbols). */
const OMIT = Symbol('omit');

function isObject(v: unknown): v is object {
  return v !== null && typeof v === 'object';
}

function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** The scalar JSON.stringify writes for a value that is not an object, or OMIT. */
function scalar(v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return omitted(v) ? OMIT : v;
}

/** Values JSON.stringify writes in its own way: compared through it. */
function special(v: object): boolean {
  return typeof (v as { toJSON?: unknown }).toJSON === 'function' || v instanceof Number || v instanceof String || v instanceof Boolean;
}

/** Equality of two values as an array item or an object value (OMIT already taken care of by the caller). */
function valueEqual(a: unknown, b: unknown, inArray: boolean): boolean {
  if (a === b) return true;
  const oa = isObject(a);
  const ob = isObject(b);
  if ((oa && special(a)) || (ob && special(b))) return JSON.stringify(inArray ? [a] : a) === JSON.stringify(inArray ? [b] : b);
  if (!oa || !ob) {
    if (oa || ob) return false;
    const sa = scalar(a);
    const sb = scalar(b);
    return inArray ? (sa === OMIT ? null : sa) === (sb === OMIT ? null : sb) : sa === sb;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!valueEqual(a[i], b[i], true)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  const kb = Object.keys(rb);
  let j = 0;
  for (const k of ka) {
    const va = ra[k];
    if (omitted(va)) continue;
    let kk = kb[j];
    while (kk !== undefined && omitted(rb[kk])) kk = kb[++j];
    if (kk !== k || !valueEqual(va, rb[k], false)) return false;
    j++;
  }
  for (; j < kb.length; j++) if (!omitted(rb[kb[j] as string])) return false;
  return true;
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  return valueEqual(a, b, false);
}
