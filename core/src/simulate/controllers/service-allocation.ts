/**
 * What the API server's Service registry does on create, before the object is stored (not a controller):
 * defaults (SetDefaults_Service), IP families, a ClusterIP and node ports (pkg/registry/core/service/storage/
 * alloc.go allocateCreate). Refusals carry the registry's messages. Allocation is deterministic where upstream is
 * random: a hash of `namespace/name` picks the start in the dynamic band and the walk skips what other Services
 * hold (see service-band-probe.ts). The wording follows v1.33+, where the IPAddress-based allocator
 * (MultiCIDRServiceAllocator) is the default; the older bitmap allocator said
 * `provided IP is not in the valid range. The range of valid IPs is ...` for an address outside the range.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { objectKey } from '../../cluster/cluster-state.js';
import { UsageError } from '../../errors.js';
import { asNumber, asObject, asString, getIn, type Obj } from '../../model/fields.js';
import { pickFree } from './service-band-probe.js';
import { defaultService } from './service-defaults.js';
import { internalError, invalidService, type FieldError } from './service-field-errors.js';
import { initIPFamilyFields, requestedClusterIPs } from './service-ip-families.js';
import { DEFAULT_SERVICE_CIDR, formatIPv4, inNetwork, parseIPv4, parseServiceCidr, type ServiceIpRange } from './service-ip-range.js';
import { allocateNodePorts, DEFAULT_NODE_PORT_RANGE } from './service-node-ports.js';

export interface ServiceAllocationOptions {
  /** `--service-cluster-ip-range` (IPv4): default 10.96.0.0/12. */
  readonly serviceCIDR?: string;
  /** `--service-node-port-range`: default 30000-32767. */
  readonly nodePortRange?: readonly [number, number];
}

/** The Service as the registry stores it, or the API server's refusal. */
export type ServiceAllocation = { allowed: true; object: Obj } | { allowed: false; message: string };

type Step = { ok: true; spec: Obj } | { ok: false; message: string };

/** The ClusterIPs and node ports the other Services of the cluster hold. */
function takenByOthers(state: ClusterState, self: string): { ips: Set<number>; nodePorts: Set<number> } {
  const ips = new Set<number>();
  const nodePorts = new Set<number>();
  for (const svc of state.list('Service')) {
    if (svc.key === self) continue;
    const spec = asObject(svc.object.spec) ?? {};
    for (const ip of requestedClusterIPs(spec)) {
      const n = parseIPv4(ip);
      if (n !== undefined) ips.add(n);
    }
    for (const port of Array.isArray(spec.ports) ? spec.ports : []) {
      const n = asNumber(asObject(port)?.nodePort);
      if (n !== undefined && n !== 0) nodePorts.add(n);
    }
    const health = asNumber(spec.healthCheckNodePort);
    if (health !== undefined && health !== 0) nodePorts.add(health);
  }
  return { ips, nodePorts };
}

/** allocIPs: a requested address is checked and reserved; none requested, one is picked from the dynamic band. */
function allocateClusterIP(spec: Obj, name: string, range: ServiceIpRange, taken: ReadonlySet<number>, seed: string): Step {
  const requested = requestedClusterIPs(spec);
  if (requested[0] === 'None') return { ok: true, spec: { ...spec, clusterIP: 'None', clusterIPs: ['None'] } };
  const wanted = requested[0];
  if (wanted === undefined) {
    // The `kubernetes` Service always holds the range's first address.
    const ip = pickFree(range.bands, seed, (n) => n === range.first || taken.has(n));
    if (ip === undefined) return { ok: false, message: internalError('failed to allocate a serviceIP: range is full') };
    return { ok: true, spec: { ...spec, clusterIP: formatIPv4(ip), clusterIPs: [formatIPv4(ip)] } };
  }
  const ip = parseIPv4(wanted);
  const fail = (path: string, value: FieldError['value'], detail: string): Step => ({ ok: false, message: invalidService(name, [{ path, value, detail }]) });
  if (ip === undefined) return fail('spec.clusterIPs[0]', wanted, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)');
  const problem = !inNetwork(range, ip)
    ? 'the provided network does not match the current range'
    : ip < range.first || ip > range.last
      ? `the provided IP (${wanted}) is not in the valid range. The range of valid IPs is ${range.cidr}`
      : ip === range.first || taken.has(ip)
        ? 'provided IP is already allocated'
        : undefined;
  if (problem !== undefined) return fail('spec.clusterIPs', requested, `failed to allocate IP ${wanted}: ${problem}`);
  return { ok: true, spec: { ...spec, clusterIP: wanted, clusterIPs: requested } };
}

/**
 * Defaults and allocates a Service being created in `state`: the object to store, or the API server's refusal.
 * ExternalName Services get neither IP families nor a ClusterIP.
 */
export function allocateService(state: ClusterState, service: Obj, options: ServiceAllocationOptions = {}): ServiceAllocation {
  const range = parseServiceCidr(options.serviceCIDR ?? DEFAULT_SERVICE_CIDR);
  if (range === undefined) throw new UsageError(`invalid service CIDR ${JSON.stringify(options.serviceCIDR)}: expected an IPv4 CIDR with room for addresses`);
  const name = asString(getIn(service, 'metadata', 'name')) ?? '';
  const namespace = asString(getIn(service, 'metadata', 'namespace')) ?? 'default';
  const seed = `${namespace}/${name}`;
  const taken = takenByOthers(state, objectKey('Service', namespace, name));
  const defaulted = defaultService(service);
  let spec = asObject(defaulted.spec) ?? {};
  if (spec.type !== 'ExternalName') {
    const families = initIPFamilyFields(spec);
    if ('errors' in families) return { allowed: false, message: invalidService(name, families.errors) };
    const ip = allocateClusterIP(families.spec, name, range, taken.ips, seed);
    if (!ip.ok) return { allowed: false, message: ip.message };
    spec = ip.spec;
  }
  const ports = allocateNodePorts(spec, taken.nodePorts, options.nodePortRange ?? DEFAULT_NODE_PORT_RANGE, seed);
  if (!ports.ok) return { allowed: false, message: 'invalid' in ports ? invalidService(name, ports.invalid) : internalError(ports.internal) };
  return { allowed: true, object: { ...defaulted, spec: ports.spec } };
}
