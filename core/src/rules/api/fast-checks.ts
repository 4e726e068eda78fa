/**
 * One-regex tests for the overwhelmingly common valid label keys and values, so that rules running on every
 * object of a large set only build apimachinery's error lists (model/names.ts) for the rare invalid ones.
 * A `true` answer is exact; `false` means "ask the full check".
 */

/** Optional DNS-subdomain prefix and `/`, then a qualified name part. */
const QUALIFIED = /^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const QUALIFIED_ANY_CASE = new RegExp(QUALIFIED.source, 'i');
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/** True when `key` is certainly a valid qualified name (a label key). Longer keys need the full check. */
export function surelyQualifiedName(key: string): boolean {
  return key.length <= 63 && QUALIFIED.test(key);
}

/** Annotation keys are checked lower-cased: the prefix may then hold upper-case letters. */
export function surelyAnnotationKey(key: string): boolean {
  return key.length <= 63 && QUALIFIED_ANY_CASE.test(key);
}

/** True when `value` is certainly a valid label value. */
export function surelyLabelValue(value: string): boolean {
  return value.length <= 63 && LABEL_VALUE.test(value);
}

/** True when the strings, at 3 UTF-8 bytes per UTF-16 unit at most, cannot exceed `limit` bytes. */
export function surelyWithin(total: number, limit: number): boolean {
  return total * 3 <= limit;
}
