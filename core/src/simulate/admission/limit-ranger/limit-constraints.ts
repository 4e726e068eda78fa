/**
 * LimitRanger's constraint checks (plugin/pkg/admission/limitranger/admission.go minConstraint,
 * maxConstraint, maxRequestConstraint, limitRequestRatioConstraint) with their exact messages. Each returns the
 * violation, or undefined. Quantities compare exactly and print canonically (`Quantity.String()`).
 */
import type { ResourceList } from '../../../model/pod-requests.js';
import { compareQuantities, formatQuantity, quantityFromParts, type Quantity } from '../../../model/quantity.js';

function magnitude(q: Quantity): Quantity {
  return q.mantissa < 0n ? quantityFromParts(-q.mantissa, q.exponent, q.format) : q;
}

/** minConstraint: a request must exist and, like the limit, be at least `enforced`. */
export function minConstraint(limitType: string, resource: string, enforced: Quantity, requests: ResourceList, limits: ResourceList): string | undefined {
  const req = requests.get(resource);
  const lim = limits.get(resource);
  const min = formatQuantity(enforced);
  if (req === undefined) return `minimum ${resource} usage per ${limitType} is ${min}.  No request is specified`;
  if (compareQuantities(enforced, req) > 0) return `minimum ${resource} usage per ${limitType} is ${min}, but request is ${formatQuantity(req)}`;
  if (lim !== undefined && compareQuantities(enforced, lim) > 0) return `minimum ${resource} usage per ${limitType} is ${min}, but limit is ${formatQuantity(lim)}`;
  return undefined;
}

/** maxConstraint: a limit must exist and, like the request, be at most `enforced`. */
export function maxConstraint(limitType: string, resource: string, enforced: Quantity, requests: ResourceList, limits: ResourceList): string | undefined {
  const req = requests.get(resource);
  const lim = limits.get(resource);
  const max = formatQuantity(enforced);
  if (lim === undefined) return `maximum ${resource} usage per ${limitType} is ${max}.  No limit is specified`;
  if (compareQuantities(lim, enforced) > 0) return `maximum ${resource} usage per ${limitType} is ${max}, but limit is ${formatQuantity(lim)}`;
  if (req !== undefined && compareQuantities(req, enforced) > 0) return `maximum ${resource} usage per ${limitType} is ${max}, but request is ${formatQuantity(req)}`;
  return undefined;
}

/** maxRequestConstraint: for PersistentVolumeClaims, which have requests only. */
export function maxRequestConstraint(limitType: string, resource: string, enforced: Quantity, requests: ResourceList): string | undefined {
  const req = requests.get(resource);
  const max = formatQuantity(enforced);
  if (req === undefined) return `maximum ${resource} usage per ${limitType} is ${max}.  No request is specified`;
  if (compareQuantities(req, enforced) > 0) return `maximum ${resource} usage per ${limitType} is ${max}, but request is ${formatQuantity(req)}`;
  return undefined;
}

/** `limit / request` to six decimals, rounded half to even, as the ratio message prints it. */
export function ratioString(limit: Quantity, request: Quantity): string {
  const l = magnitude(limit);
  const r = magnitude(request);
  // l/r × 10^6 = (lm × 10^le × 10^6) / (rm × 10^re); move every power of ten onto one side.
  const shift = l.exponent - r.exponent + 6;
  const num = shift >= 0 ? l.mantissa * 10n ** BigInt(shift) : l.mantissa;
  const den = shift >= 0 ? r.mantissa : r.mantissa * 10n ** BigInt(-shift);
  let scaled = num / den;
  const twice = 2n * (num % den);
  if (twice > den || (twice === den && scaled % 2n === 1n)) scaled += 1n;
  const digits = scaled.toString().padStart(7, '0');
  return `${digits.slice(0, -6)}.${digits.slice(-6)}`;
}

/** limitRequestRatioConstraint: both must be set and non-zero, and limit ≤ request × ratio. */
export function ratioConstraint(limitType: string, resource: string, enforced: Quantity, requests: ResourceList, limits: ResourceList): string | undefined {
  const req = requests.get(resource);
  const lim = limits.get(resource);
  const ratio = formatQuantity(enforced);
  const head = `${resource} max limit to request ratio per ${limitType} is ${ratio}`;
  if (req === undefined || req.mantissa === 0n) return `${head}, but no request is specified or request is 0`;
  if (lim === undefined || lim.mantissa === 0n) return `${head}, but no limit is specified or limit is 0`;
  const r = magnitude(req);
  const allowed = quantityFromParts(r.mantissa * enforced.mantissa, r.exponent + enforced.exponent, 'DecimalSI');
  if (compareQuantities(magnitude(lim), allowed) > 0) return `${head}, but provided ratio is ${ratioString(lim, req)}`;
  return undefined;
}
