/**
 * What the API server's Service registry does on create, before the object is stored (not a controller):
 * defaults (SetDefaults_Service), IP families, a ClusterIP and node ports (pkg/registry/core/service/storage/
 * alloc.go allocateCreate). Refusals carry the registry's messages. Allocation is deterministic where upstream is
 * random: a hash of `namespace/name` picks the start in the dynamic band and the walk skips what other Services
 * hold (see service-band-probe.ts). The wording follows v1.33+, where the IPAddress-based allocator
 * (MultiCIDRServiceAllocator) is the default; the older bitmap allocator said
 * `provided IP is not in the valid range. The range of valid IPs is ...` for an address outside the range.
 */
import type { ClusterState, DerivedIndex, ObjectChange } from '../../cluster/cluster-state.js';
import { objectKey } from '../../cluster/cluster-state.js';
import { UsageError } from '../../errors.js';
import type { SimObject } from '../types.js';
import { asNumber, asObject, asString, getIn, type Obj } from '../../model/fields.js';
import { pickFree } from './service-band-probe.js';
import { defaultService } from './service-defaults.js';
import { internalError, invalidService, type FieldError } from './service-field-errors.js';
import { initIPFamilyFields, requestedClusterIPs } from './service-ip-families.js';
import { DEFAULT_SERVICE_CIDR, formatIPv4, inNetwork, parseIPv4, parseServiceCidr, type ServiceIpRange } from './service-ip-range.js';
import { allocateNodePorts, DEFAULT_NODE_PORT_RANGE, type Taken } from './service-node-ports.js';

export interface ServiceAllocationOptions {
  /** `--service-cluster-ip-range` (IPv4): default 10.96.0.0/12. */
  readonly serviceCIDR?: string;
  /** `--service-node-port-range`: default 30000-32767. */
  readonly nodePortRange?: readonly [number, number];
}

/** The Service as the registry stores it, or the API server's refusal. */
export type ServiceAllocation = { allowed: true; object: Obj } | { allowed: false; message: string };

type Step = { ok: true; spec: Obj } | { ok: false; message: string };

/** The ClusterIPs and node ports one Service holds. */
interface Held {
  readonly ips: ReadonlySet<number>;
  readonly nodePorts: ReadonlySet<number>;
}

const NOTHING_HELD: Held = { ips: new Set(), nodePorts: new Set() };

function heldBy(svc: SimObject | undefined): Held {
  if (svc === undefined) return NOTHING_HELD;
  const spec = asObject(svc.object.spec) ?? {};
  const ips = new Set<number>();
  const nodePorts = new Set<number>();
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
  return { ips, nodePorts };
}

/**
 * How many Services hold each value: a full map and the recent changes over it, folded in once they grow, so
 * that a snapshot per created Service (applying manifests one by one) does not copy the whole map each time.
 */
class HolderCounts {
  static readonly NONE = new HolderCounts(new Map(), new Map());

  private constructor(
    private readonly base: ReadonlyMap<number, number>,
    private readonly delta: ReadonlyMap<number, number>,
  ) {}

  get(value: number): number {
    return (this.base.get(value) ?? 0) + (this.delta.get(value) ?? 0);
  }

  /** The counts with `gone` held by one Service fewer and `held` by one more. */
  moved(gone: ReadonlySet<number>, held: ReadonlySet<number>): HolderCounts {
    if (gone.size === 0 && held.size === 0) return this;
    const delta = new Map(this.delta);
    for (const v of gone) delta.set(v, (delta.get(v) ?? 0) - 1);
    for (const v of held) delta.set(v, (delta.get(v) ?? 0) + 1);
    if (delta.size <= 64 + this.base.size / 8) return new HolderCounts(this.base, delta);
    const base = new Map(this.base);
    for (const [v, d] of delta) {
      const n = (base.get(v) ?? 0) + d;
      if (n === 0) base.delete(v);
      else base.set(v, n);
    }
    return new HolderCounts(base, new Map());
  }
}

/** How many Services hold each ClusterIP and each node port. */
interface Allocated {
  readonly ips: HolderCounts;
  readonly nodePorts: HolderCounts;
}

function withChanges(previous: Allocated, changes: readonly ObjectChange[]): Allocated {
  let { ips, nodePorts } = previous;
  for (const { before, after } of changes) {
    const gone = heldBy(before);
    const held = heldBy(after);
    ips = ips.moved(gone.ips, held.ips);
    nodePorts = nodePorts.moved(gone.nodePorts, held.nodePorts);
  }
  return { ips, nodePorts };
}

/** The cluster's allocated ClusterIPs and node ports, kept with each snapshot and updated as Services change. */
const ALLOCATED: DerivedIndex<Allocated> = {
  kinds: ['Service'],
  build: (state) => withChanges({ ips: HolderCounts.NONE, nodePorts: HolderCounts.NONE }, state.list('Service').map((after) => ({ before: undefined, after }))),
  update: withChanges,
};

/** The ClusterIPs and node ports the other Services of the cluster hold. */
function takenByOthers(state: ClusterState, self: string): { ips: Taken; nodePorts: Taken } {
  const allocated = state.derived(ALLOCATED);
  const own = heldBy(state.get(self));
  const byOthers = (counts: HolderCounts, mine: ReadonlySet<number>): Taken => ({ has: (n) => counts.get(n) > (mine.has(n) ? 1 : 0) });
  return { ips: byOthers(allocated.ips, own.ips), nodePorts: byOthers(allocated.nodePorts, own.nodePorts) };
}

/** allocIPs: a requested address is checked and reserved; none requested, one is picked from the dynamic band. */
function allocateClusterIP(spec: Obj, name: string, range: ServiceIpRange, taken: Taken, seed: string): Step {
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
