/**
 * initIPFamilyFields (pkg/registry/core/service/storage/alloc.go) on a single-stack IPv4 cluster, for a create:
 * defaults `ipFamilyPolicy` (SingleStack; RequireDualStack for a headless Service without a selector, which may
 * carry both families even on a single-stack cluster) and `ipFamilies` (inferred from requested clusterIPs, else
 * the cluster's family), and refuses what the cluster cannot serve, with the registry's own messages.
 */
import { asArray, asObject, asString, type Obj } from '../../model/fields.js';
import type { FieldError } from './service-field-errors.js';

const CLUSTER_FAMILY = 'IPv4';

function familyOf(ip: string): 'IPv4' | 'IPv6' {
  return ip.includes(':') ? 'IPv6' : 'IPv4';
}

function strings(v: unknown): string[] {
  return (asArray(v) ?? []).filter((x): x is string => typeof x === 'string');
}

/** `spec.clusterIPs` as the registry sees it: the list, or `[clusterIP]` when only the singular field is set. */
export function requestedClusterIPs(spec: Readonly<Obj>): string[] {
  const ips = strings(spec.clusterIPs);
  if (ips.length > 0) return ips;
  const ip = asString(spec.clusterIP);
  return ip === undefined || ip === '' ? [] : [ip];
}

function hasSelector(spec: Readonly<Obj>): boolean {
  return Object.keys(asObject(spec.selector) ?? {}).length > 0;
}

/** The spec with `ipFamilyPolicy` and `ipFamilies` set, or the field errors that refuse it. */
export function initIPFamilyFields(spec: Obj): { spec: Obj } | { errors: FieldError[] } {
  const clusterIPs = requestedClusterIPs(spec);
  const headlessSelectorless = clusterIPs[0] === 'None' && !hasSelector(spec);
  const policy = asString(spec.ipFamilyPolicy) ?? (headlessSelectorless ? 'RequireDualStack' : 'SingleStack');
  const families = strings(spec.ipFamilies);
  const errors: FieldError[] = [];
  if (policy === 'SingleStack') {
    const dual = (what: string): FieldError => ({ path: 'spec.ipFamilyPolicy', value: policy, detail: `must be 'RequireDualStack' or 'PreferDualStack' when multiple ${what} are specified` });
    if (clusterIPs.length === 2) errors.push(dual('cluster IPs'));
    if (families.length === 2) errors.push(dual('IP families'));
  }
  for (const [i, ip] of clusterIPs.entries()) {
    if (ip === 'None') break;
    if (i < families.length) continue;
    const family = familyOf(ip);
    if (family !== CLUSTER_FAMILY) errors.push({ path: `spec.clusterIPs[${i}]`, value: clusterIPs, detail: `${family} is not configured on this cluster` });
    else families.push(family);
  }
  if (errors.length > 0) return { errors };
  if (headlessSelectorless) {
    if (families.length === 0) families.push(CLUSTER_FAMILY);
    if (families.length < 2 && policy !== 'SingleStack') families.push(families[0] === 'IPv4' ? 'IPv6' : 'IPv4');
    return { spec: { ...spec, ipFamilyPolicy: policy, ipFamilies: families } };
  }
  if (policy === 'RequireDualStack') errors.push({ path: 'spec.ipFamilyPolicy', value: policy, detail: 'this cluster is not configured for dual-stack services' });
  families.forEach((f, i) => {
    if (f !== CLUSTER_FAMILY) errors.push({ path: `spec.ipFamilies[${i}]`, value: f, detail: 'not configured on this cluster' });
  });
  if (errors.length > 0) return { errors };
  if (families.length === 0) families.push(CLUSTER_FAMILY);
  return { spec: { ...spec, ipFamilyPolicy: policy, ipFamilies: families } };
}
