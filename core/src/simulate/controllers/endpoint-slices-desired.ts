/**
 * The EndpointSlices a Service should have, computed from scratch (staging/src/k8s.io/endpointslice reconciler.go
 * reconcileByAddressType, utils.go podToEndpoint; util/controller_utils.go ShouldPodBeInEndpoints): one group per
 * address type and resolved port list, at most 100 endpoints a slice (`--max-endpoints-per-slice`), and an empty
 * placeholder slice when a Service selects nothing. Endpoints are sorted by pod name, where upstream's order is
 * whatever its set yields.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asArray, asBoolean, asObject, asString, getIn, type Obj } from '../../model/fields.js';
import { serviceSelector } from '../../model/label-selector.js';
import type { SimObject } from '../types.js';
import { endpointPorts, portMapKey, type EndpointPort } from './endpoint-slices-ports.js';

/** kube-controller-manager `--max-endpoints-per-slice` default. */
const MAX_ENDPOINTS_PER_SLICE = 100;
export const ZONE_LABEL = 'topology.kubernetes.io/zone';

type AddressType = 'IPv4' | 'IPv6';

/** One EndpointSlice the Service should have. */
export interface DesiredSlice {
  readonly addressType: AddressType;
  readonly ports: readonly EndpointPort[];
  /** `portMapKey(ports)`. */
  readonly portKey: string;
  readonly endpoints: readonly Obj[];
}

/** getAddressTypesForService: from `ipFamilies`; without them, the ClusterIP's family, or both for headless. */
function addressTypes(spec: Readonly<Obj>): AddressType[] {
  const families = (asArray(spec.ipFamilies) ?? []).filter((f): f is AddressType => f === 'IPv4' || f === 'IPv6');
  if (families.length > 0) return [...new Set(families)];
  const ip = asString(spec.clusterIP) ?? '';
  if (ip !== '' && ip !== 'None') return [ip.includes(':') ? 'IPv6' : 'IPv4'];
  return ['IPv4', 'IPv6'];
}

function podIPs(pod: Readonly<Obj>): string[] {
  const listed = (asArray(getIn(pod, 'status', 'podIPs')) ?? []).map((x) => asString(asObject(x)?.ip)).filter((x): x is string => x !== undefined && x !== '');
  if (listed.length > 0) return listed;
  const ip = asString(getIn(pod, 'status', 'podIP'));
  return ip === undefined || ip === '' ? [] : [ip];
}

/** ShouldPodBeInEndpoints(pod, includeTerminating=true): not terminal and holding an address. */
function shouldBeEndpoint(pod: Readonly<Obj>): boolean {
  const phase = getIn(pod, 'status', 'phase');
  return phase !== 'Succeeded' && phase !== 'Failed' && podIPs(pod).length > 0;
}

function isPodReady(pod: Readonly<Obj>): boolean {
  return (asArray(getIn(pod, 'status', 'conditions')) ?? []).some((c) => asObject(c)?.type === 'Ready' && asObject(c)?.status === 'True');
}

/** podToEndpoint. */
function podToEndpoint(pod: SimObject, service: SimObject, nodeLabels: Readonly<Record<string, string>> | undefined, addressType: AddressType): Obj {
  const p = pod.object;
  const spec = asObject(service.object.spec) ?? {};
  const serving = isPodReady(p);
  const terminating = asString(getIn(p, 'metadata', 'deletionTimestamp')) !== undefined;
  const ready = asBoolean(spec.publishNotReadyAddresses) === true || (serving && !terminating);
  const endpoint: Obj = {
    addresses: podIPs(p).filter((ip) => ip.includes(':') === (addressType === 'IPv6')),
    conditions: { ready, serving, terminating },
  };
  const nodeName = asString(getIn(p, 'spec', 'nodeName'));
  if (nodeName !== undefined && nodeName !== '') endpoint.nodeName = nodeName;
  const zone = nodeLabels?.[ZONE_LABEL];
  if (zone !== undefined && zone !== '') endpoint.zone = zone;
  // ShouldSetHostname: the pod names this Service as its subdomain (StatefulSet pods and their governing Service).
  const hostname = asString(getIn(p, 'spec', 'hostname'));
  if (hostname !== undefined && hostname !== '' && getIn(p, 'spec', 'subdomain') === service.name && pod.namespace === service.namespace) endpoint.hostname = hostname;
  const uid = asString(getIn(p, 'metadata', 'uid'));
  endpoint.targetRef = { kind: 'Pod', namespace: pod.namespace, name: pod.name, ...(uid === undefined ? {} : { uid }) };
  return endpoint;
}

function podNameOf(endpoint: Readonly<Obj>): string {
  return asString(getIn(endpoint, 'targetRef', 'name')) ?? '';
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The slices the Service should have; empty for a Service the controller leaves alone (no selector, ExternalName). */
export function desiredSlices(state: ClusterState, service: SimObject): DesiredSlice[] {
  const selector = serviceSelector(service.object);
  if (selector === undefined || service.namespace === undefined) return [];
  const spec = asObject(service.object.spec) ?? {};
  const publishNotReady = asBoolean(spec.publishNotReadyAddresses) === true;
  const pods = state.podsMatching(service.namespace, selector).filter((p) => shouldBeEndpoint(p.object));
  const out: DesiredSlice[] = [];
  for (const addressType of addressTypes(spec)) {
    const groups = new Map<string, { ports: EndpointPort[]; endpoints: Obj[] }>();
    for (const pod of pods) {
      const nodeName = asString(getIn(pod.object, 'spec', 'nodeName')) ?? '';
      const node = nodeName === '' ? undefined : state.node(nodeName);
      // A pod on a Node that does not exist is skipped, unless the Service publishes not-ready addresses anyway.
      if (nodeName !== '' && node === undefined && !publishNotReady) continue;
      const endpoint = podToEndpoint(pod, service, node?.labels, addressType);
      if ((endpoint.addresses as string[]).length === 0) continue;
      const ports = endpointPorts(service.object, pod.object);
      const key = portMapKey(ports);
      const group = groups.get(key) ?? { ports, endpoints: [] };
      group.endpoints.push(endpoint);
      groups.set(key, group);
    }
    const keys = [...groups.keys()].sort();
    for (const portKey of keys) {
      const { ports, endpoints } = groups.get(portKey) as { ports: EndpointPort[]; endpoints: Obj[] };
      endpoints.sort((a, b) => (podNameOf(a) < podNameOf(b) ? -1 : podNameOf(a) > podNameOf(b) ? 1 : 0));
      for (const chunk of chunks(endpoints, MAX_ENDPOINTS_PER_SLICE)) out.push({ addressType, ports, portKey, endpoints: chunk });
    }
    if (keys.length === 0) out.push({ addressType, ports: [], portKey: portMapKey([]), endpoints: [] });
  }
  return out;
}
