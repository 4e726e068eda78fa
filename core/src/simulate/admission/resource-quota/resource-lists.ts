/**
 * Resource-list arithmetic as quota does it (staging/src/k8s.io/apiserver/pkg/quota/v1/resources.go Add,
 * Mask, SubtractWithNonNegativeResult, RemoveZeros, LessThanOrEqual) and the message form of a list
 * (controller.go prettyPrint: `name=value` sorted by name, joined by `,`).
 */
import { addQuantities, type ResourceList } from '../../../model/pod-requests.js';
import { compareQuantities, formatQuantity, quantityFromParts, type Quantity } from '../../../model/quantity.js';

export const ZERO: Quantity = quantityFromParts(0n, 0, 'DecimalSI');

/** a + b, resource by resource (names in either). */
export function addLists(a: ResourceList, b: ResourceList): ResourceList {
  const out: ResourceList = new Map(a);
  for (const [name, q] of b) {
    const have = out.get(name);
    out.set(name, have === undefined ? q : addQuantities(have, q));
  }
  return out;
}

/** The entries of `list` whose names are in `names`. */
export function maskList(list: ResourceList, names: Iterable<string>): ResourceList {
  const out: ResourceList = new Map();
  for (const name of names) {
    const q = list.get(name);
    if (q !== undefined) out.set(name, q);
  }
  return out;
}

/** a − b, floored at zero (an update that shrinks usage charges nothing). */
export function subtractNonNegative(a: ResourceList, b: ResourceList): ResourceList {
  const out: ResourceList = new Map();
  for (const [name, q] of a) {
    const other = b.get(name);
    if (other === undefined) out.set(name, q);
    else if (compareQuantities(q, other) > 0) out.set(name, addQuantities(q, quantityFromParts(-other.mantissa, other.exponent, other.format)));
    else out.set(name, ZERO);
  }
  return out;
}

/** The entries that are not zero. */
export function removeZeros(list: ResourceList): ResourceList {
  return new Map([...list].filter(([, q]) => q.mantissa !== 0n));
}

/** LessThanOrEqual: the names in `a` whose value exceeds `b`'s (a name missing from `b` is not limited). */
export function exceeding(a: ResourceList, b: ResourceList): string[] {
  return [...a].filter(([name, q]) => {
    const limit = b.get(name);
    return limit !== undefined && compareQuantities(q, limit) > 0;
  }).map(([name]) => name);
}

/** prettyPrint: `limits.cpu=2,requests.cpu=500m`. */
export function prettyPrint(list: ResourceList): string {
  return [...list.keys()].sort().map((name) => `${name}=${formatQuantity(list.get(name) as Quantity)}`).join(',');
}
