/**
 * Resource names as pkg/apis/core/helper classifies them (helpers.go) and pkg/apis/core/validation checks them
 * (validateResourceName, validateContainerResourceName, ValidateResourceQuotaResourceName).
 */
import { isQualifiedName } from '../../model/names.js';

const COMPUTE = ['cpu', 'memory', 'ephemeral-storage'];
const OBJECT_COUNTS = ['pods', 'services', 'replicationcontrollers', 'resourcequotas', 'secrets', 'configmaps', 'persistentvolumeclaims', 'services.nodeports', 'services.loadbalancers'];
const REQUESTS_LIMITS = ['requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu', 'limits.memory', 'limits.ephemeral-storage'];

const STANDARD_QUOTA = new Set([...COMPUTE, ...REQUESTS_LIMITS, 'requests.storage', ...OBJECT_COUNTS]);
const STANDARD = new Set([...STANDARD_QUOTA, 'storage']);
const INTEGER = new Set(OBJECT_COUNTS);

const isQuotaHugePages = (name: string): boolean => name.startsWith('hugepages-') || name.startsWith('requests.hugepages-');
export const isHugePages = (name: string): boolean => name.startsWith('hugepages-');

/** IsNativeResource: unprefixed, or in the kubernetes.io namespace. */
export const isNative = (name: string): boolean => !name.includes('/') || name.includes('kubernetes.io/');

/** IsExtendedResourceName: `example.com/gpu` (not native, not `requests.`-prefixed). */
export function isExtended(name: string): boolean {
  return !isNative(name) && !name.startsWith('requests.') && isQualifiedName(`requests.${name}`).length === 0;
}

/** IsIntegerResourceName: object counts and extended resources. */
export const isIntegerResource = (name: string): boolean => INTEGER.has(name) || isExtended(name);

/** IsOvercommitAllowed: native and not hugepages (requests may then differ from limits). */
export const isOvercommitAllowed = (name: string): boolean => isNative(name) && !isHugePages(name);

/** validateResourceName: a qualified name; unprefixed ones must be standard. */
export function resourceNameErrors(name: string): string[] {
  const errs = isQualifiedName(name);
  if (errs.length > 0) return errs;
  return !name.includes('/') && !STANDARD.has(name) && !isQuotaHugePages(name) ? ['must be a standard resource type or fully qualified'] : [];
}

/** ValidateResourceQuotaResourceName. */
export function quotaResourceNameErrors(name: string): string[] {
  const errs = resourceNameErrors(name);
  if (!name.includes('/') && !STANDARD_QUOTA.has(name) && !isQuotaHugePages(name)) errs.push('must be a standard resource for quota');
  return errs;
}

/** True for names IsStandardQuotaResourceName accepts (scope checks only apply to those). */
export const isStandardQuota = (name: string): boolean => STANDARD_QUOTA.has(name) || isQuotaHugePages(name);

/** validateContainerResourceName (LimitRange items of type Pod and Container). */
export function containerResourceNameErrors(name: string): string[] {
  if (COMPUTE.includes(name)) return []; // cpu, memory, ephemeral-storage: every container asks
  const errs = resourceNameErrors(name);
  if (!name.includes('/')) {
    if (!COMPUTE.includes(name) && !isHugePages(name)) errs.push('must be a standard resource for containers');
  } else if (!isNative(name) && !isExtended(name)) {
    errs.push("doesn't follow extended resource name standard");
  }
  return errs;
}
