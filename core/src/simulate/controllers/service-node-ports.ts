/**
 * Node port allocation at create time (alloc.go initNodePorts and allocHealthCheckNodePort over
 * portallocator/allocator.go): requested ports are reserved or refused, the others picked from the dynamic band of
 * `--service-node-port-range` (KEP-3668: the first min(max(16, size/32), 128) ports are kept for requests). Ports
 * with the same `port` number (TCP and UDP 53) share one node port, as upstream does.
 */
import { asBoolean, asNumber, asObject, type Obj } from '../../model/fields.js';
import type { FieldError } from './service-field-errors.js';
import { pickFree, staticBandSize, type Band } from './service-band-probe.js';

export const DEFAULT_NODE_PORT_RANGE: readonly [number, number] = [30000, 32767];

/** Values already allocated (node ports here, ClusterIPs too): all an allocator asks of them. */
export type Taken = Pick<ReadonlySet<number>, 'has'>;

type NodePortResult = { ok: true; spec: Obj } | { ok: false; invalid: FieldError[] } | { ok: false; internal: string };

/** portallocator ErrNotInRange / ErrAllocated wording. */
function reserveError(port: number, range: readonly [number, number], taken: Taken): string | undefined {
  if (port < range[0] || port > range[1]) return `provided port is not in the valid range. The range of valid ports is ${range[0]}-${range[1]}`;
  return taken.has(port) ? 'provided port is already allocated' : undefined;
}

function bandsOf(range: readonly [number, number]): Band[] {
  const size = range[1] - range[0] + 1;
  const offset = staticBandSize(size, { min: 16, max: 128, step: 32 });
  return offset === 0 ? [{ first: range[0], last: range[1] }] : [{ first: range[0] + offset, last: range[1] }, { first: range[0], last: range[0] + offset - 1 }];
}

/** The first node port requested by a port with this port number (0: none). */
function firstRequested(ports: readonly Obj[], servicePort: number): number {
  return ports.map((p) => (asNumber(p.port) === servicePort ? (asNumber(p.nodePort) ?? 0) : 0)).find((n) => n !== 0) ?? 0;
}

/** apiservice.NeedsHealthCheck: a LoadBalancer that keeps client IPs (`externalTrafficPolicy: Local`). */
function needsHealthCheck(spec: Readonly<Obj>): boolean {
  return spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local';
}

/** Node ports handed out during one Service's allocation, on top of those other Services hold. */
class NodePortOperation {
  /** Taken by other Services, or handed out by this operation. */
  private readonly used: Taken;
  private readonly added = new Set<number>();
  private readonly bands: Band[];

  constructor(
    taken: Taken,
    private readonly range: readonly [number, number],
    private readonly seed: string,
  ) {
    this.used = { has: (p) => taken.has(p) || this.added.has(p) };
    this.bands = bandsOf(range);
  }

  /** Reserves a requested port: undefined, or why it cannot be had. */
  reserve(port: number): string | undefined {
    const problem = reserveError(port, this.range, this.used);
    if (problem === undefined) this.added.add(port);
    return problem;
  }

  /** AllocateNext, stable per `tag`. */
  next(tag: string): number | undefined {
    const port = pickFree(this.bands, `${this.seed}/${tag}`, (p) => this.used.has(p));
    if (port !== undefined) this.added.add(port);
    return port;
  }
}

/** initNodePorts: every port gets (or keeps) a node port; ports with the same number share one. */
function portNodePorts(spec: Readonly<Obj>, op: NodePortOperation): { ok: true; ports: Obj[] } | Exclude<NodePortResult, { ok: true }> {
  const allocateNew = spec.type === 'NodePort' || (asBoolean(spec.allocateLoadBalancerNodePorts) ?? true);
  const byServicePort = new Map<number, number>();
  const ports = Array.isArray(spec.ports) ? spec.ports.map((p) => asObject(p) ?? {}) : [];
  const filled: Obj[] = [];
  for (const [i, port] of ports.entries()) {
    const requested = asNumber(port.nodePort) ?? 0;
    if (requested === 0 && !allocateNew) {
      filled.push(port);
      continue;
    }
    const servicePort = asNumber(port.port) ?? 0;
    const shared = byServicePort.get(servicePort);
    // findRequestedNodePort: a later port with the same number may carry the request for both.
    const wanted = shared === undefined ? requested || firstRequested(ports, servicePort) : requested !== shared ? requested : 0;
    if (wanted !== 0) {
      const problem = op.reserve(wanted);
      if (problem !== undefined) return { ok: false, invalid: [{ path: `spec.ports[${i}].nodePort`, value: wanted, detail: problem }] };
      if (shared === undefined) byServicePort.set(servicePort, wanted);
    }
    const nodePort = requested || (byServicePort.get(servicePort) ?? op.next(`port/${i}`));
    if (nodePort === undefined) return { ok: false, internal: 'failed to allocate a nodePort: range is full' };
    byServicePort.set(servicePort, byServicePort.get(servicePort) ?? nodePort);
    filled.push({ ...port, nodePort });
  }
  return { ok: true, ports: filled };
}

/**
 * Fills `nodePort` of each port (NodePort and LoadBalancer Services; a LoadBalancer with
 * `allocateLoadBalancerNodePorts: false` only keeps the ones requested) and `healthCheckNodePort`. `taken` holds the
 * node ports of every other Service; `seed` makes the dynamic pick stable.
 */
export function allocateNodePorts(spec: Obj, taken: Taken, range: readonly [number, number], seed: string): NodePortResult {
  const op = new NodePortOperation(taken, range, seed);
  const out: Obj = { ...spec };
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
    const ports = portNodePorts(spec, op);
    if (!ports.ok) return ports;
    out.ports = ports.ports;
  }
  if (!needsHealthCheck(out)) return { ok: true, spec: out };
  const requested = asNumber(out.healthCheckNodePort) ?? 0;
  if (requested !== 0) {
    const problem = op.reserve(requested);
    return problem === undefined ? { ok: true, spec: out } : { ok: false, internal: `failed to allocate requested HealthCheck NodePort ${requested}: ${problem}` };
  }
  const port = op.next('health-check');
  if (port === undefined) return { ok: false, internal: 'failed to allocate a HealthCheck NodePort 0: range is full' };
  return { ok: true, spec: { ...out, healthCheckNodePort: port } };
}
