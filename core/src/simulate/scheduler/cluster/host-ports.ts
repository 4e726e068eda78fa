/**
 * Host ports: what a pod asks for (schedutil.GetHostPorts) and what a node has handed out
 * (framework.HostPortInfo with its CheckConflict rule, pkg/scheduler/framework/types.go).
 */
import { asNumber, asString, objectItems, type Obj } from '../../../model/fields.js';

/** `0.0.0.0`: a port bound on every address of the node. */
export const BIND_ALL = '0.0.0.0';

/** A host port a pod binds: address, protocol, port. */
export interface HostPort {
  readonly ip: string;
  readonly protocol: string;
  readonly port: number;
}

function portsOf(container: Obj, hostNetwork: boolean): HostPort[] {
  return objectItems(container.ports).flatMap(({ item }) => {
    // API defaulting gives host-network pods hostPort = containerPort (pkg/apis/core/v1/defaults.go).
    const port = asNumber(item.hostPort) ?? (hostNetwork ? asNumber(item.containerPort) : undefined);
    if (port === undefined || port <= 0) return [];
    // sanitize(): an empty address binds all, an empty protocol is TCP.
    return [{ ip: asString(item.hostIP) || BIND_ALL, protocol: asString(item.protocol) || 'TCP', port }];
  });
}

/** GetHostPorts: the host ports of the containers and of the sidecars (init containers that keep running). */
export function hostPortsOf(spec: Obj): HostPort[] {
  const hostNetwork = spec.hostNetwork === true;
  const sidecars = objectItems(spec.initContainers).filter(({ item }) => item.restartPolicy === 'Always');
  return [...sidecars, ...objectItems(spec.containers)].flatMap(({ item }) => portsOf(item, hostNetwork));
}

/** The ports handed out on one node, counted so that removing one of two identical claims keeps the other. */
export class HostPortUsage {
  /** `protocol/port` → address → how many pods bind it. */
  private readonly used = new Map<string, Map<string, number>>();

  add(p: HostPort, delta: 1 | -1): void {
    const key = `${p.protocol}/${p.port}`;
    let byIp = this.used.get(key);
    if (byIp === undefined) this.used.set(key, (byIp = new Map()));
    const n = (byIp.get(p.ip) ?? 0) + delta;
    if (n > 0) byIp.set(p.ip, n);
    else byIp.delete(p.ip);
    if (byIp.size === 0) this.used.delete(key);
  }

  /**
   * CheckConflict: a wildcard request clashes with the port on any address; a specific address clashes with
   * the same address or with the wildcard.
   */
  conflicts(p: HostPort): boolean {
    const byIp = this.used.get(`${p.protocol}/${p.port}`);
    if (byIp === undefined) return false;
    return p.ip === BIND_ALL ? byIp.size > 0 : byIp.has(BIND_ALL) || byIp.has(p.ip);
  }
}
