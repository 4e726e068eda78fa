/**
 * Resource amounts in the scheduler's units (k8s.io/kubernetes pkg/scheduler/framework types.go Resource.Add):
 * cpu in millicores (Quantity.MilliValue), everything else in whole units (Quantity.Value: bytes, pods,
 * devices), both rounded up. Plain numbers, so that node and pod arithmetic stays cheap.
 */
import { isQualifiedName } from './names.js';
import { formatQuantity, quantityFromParts, quantityInteger, type Quantity } from './quantity.js';

/** The resources the scheduler keeps in named fields; every other one it checks is a scalar resource. */
export const NATIVE_RESOURCES = ['cpu', 'memory', 'pods', 'ephemeral-storage'] as const;
export type NativeResource = (typeof NATIVE_RESOURCES)[number];

const HUGEPAGES_PREFIX = 'hugepages-';
const ATTACHABLE_VOLUMES_PREFIX = 'attachable-volumes-';
const DEFAULT_NAMESPACE_PREFIX = 'kubernetes.io/';
const REQUESTS_PREFIX = 'requests.';

/**
 * schedutil.IsScalarResourceName: an extended resource (`vendor.com/device`), hugepages, a `kubernetes.io/`
 * prefixed native resource, or attachable volumes. Other names (`storage`, typos like `cpus`) the scheduler
 * ignores.
 */
export function isScalarResourceName(name: string): boolean {
  if (name.startsWith(HUGEPAGES_PREFIX) || name.startsWith(ATTACHABLE_VOLUMES_PREFIX) || name.includes(DEFAULT_NAMESPACE_PREFIX)) return true;
  // v1helper.IsExtendedResourceName: not native (has a `/`), not a quota name, and `requests.<name>` is qualified.
  return name.includes('/') && !name.startsWith(REQUESTS_PREFIX) && isQualifiedName(`${REQUESTS_PREFIX}${name}`).length === 0;
}

/** True for the resources the scheduler checks: cpu, memory, ephemeral-storage, pods and scalar resources. */
export function isSchedulableResource(name: string): boolean {
  return (NATIVE_RESOURCES as readonly string[]).includes(name) || isScalarResourceName(name);
}

/** The amount in scheduler units: millicores for cpu, whole units (rounded up) for the others. */
export function resourceAmount(name: string, q: Quantity): number {
  const scaled = name === 'cpu' ? quantityFromParts(q.mantissa, q.exponent + 3, q.format) : q;
  const n = quantityInteger(scaled);
  return n === undefined ? Number.POSITIVE_INFINITY : Number(n);
}

/** Byte-valued resources print in binary units (`15Gi`), as the API server prints a BinarySI quantity. */
function isBytes(name: string): boolean {
  return name === 'memory' || name === 'ephemeral-storage' || name.startsWith(HUGEPAGES_PREFIX);
}

/** An amount in scheduler units as a quantity string: `3920m` or `6` for cpu, `15Gi` for memory, `2` for a device. */
export function formatResourceAmount(name: string, amount: number): string {
  if (!Number.isFinite(amount)) return String(amount);
  const whole = BigInt(Math.round(amount));
  if (name === 'cpu') return formatQuantity(quantityFromParts(whole, -3, 'DecimalSI'));
  // A byte count that is no multiple of 1024 reads better in decimal units (`3G`, not `3000000000`).
  return formatQuantity(quantityFromParts(whole, 0, isBytes(name) && whole % 1024n === 0n ? 'BinarySI' : 'DecimalSI'));
}
