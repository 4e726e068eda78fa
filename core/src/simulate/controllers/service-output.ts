/**
 * The plan's services section: each Service with its type, addresses, ports, endpoints and cluster DNS names
 * (kubernetes.io/docs/concepts/services-networking/dns-pod-service: `<svc>.<ns>.svc.cluster.local` for every
 * Service; for a headless one also `<hostname>.<svc>.<ns>.svc.cluster.local` for each ready endpoint with a
 * hostname, which the EndpointSlice controller sets for pods whose subdomain is the Service: StatefulSet pods).
 * A LoadBalancer's external address is its status' first ingress, `<pending>` without a cloud controller.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asNumber, asString, getIn, objectItems, type Obj } from '../../model/fields.js';
import type { PlanService, PlanServicePort } from '../../plan/plan-document.js';
import type { SimObject } from '../types.js';
import { serviceTypeOf } from './service-defaults.js';
import { serviceEndpoints, slicesOf } from './service-endpoints-output.js';

export { planVolumeClaims } from './volume-binding-output.js';

/** kubelet `--cluster-domain`, `cluster.local` everywhere but in a few managed offerings. */
const CLUSTER_DOMAIN = 'cluster.local';

function portsOf(spec: Readonly<Obj>): PlanServicePort[] {
  return objectItems(spec.ports).map(({ item }) => {
    const name = asString(item.name);
    const nodePort = asNumber(item.nodePort);
    const port = asNumber(item.port) ?? 0;
    const targetPort = asNumber(item.targetPort) ?? asString(item.targetPort) ?? port;
    return { ...(name === undefined || name === '' ? {} : { name }), protocol: asString(item.protocol) ?? 'TCP', port, targetPort, ...(nodePort === undefined ? {} : { nodePort }) };
  });
}

function externalIPOf(service: Readonly<Obj>): string {
  const ingress = getIn(service, 'status', 'loadBalancer', 'ingress', 0);
  return asString(getIn(ingress, 'ip')) ?? asString(getIn(ingress, 'hostname')) ?? '<pending>';
}

/** The Service's DNS name, then its pods' names when it is headless, sorted. */
function dnsNames(state: ClusterState, service: SimObject, headless: boolean): string[] {
  const base = `${service.name}.${service.namespace ?? ''}.svc.${CLUSTER_DOMAIN}`;
  if (!headless) return [base];
  const pods = new Set<string>();
  for (const slice of slicesOf(state, service)) {
    for (const { item } of objectItems(slice.object.endpoints)) {
      const hostname = asString(item.hostname);
      if (hostname !== undefined && getIn(item, 'conditions', 'ready') !== false) pods.add(`${hostname}.${base}`);
    }
  }
  return [base, ...[...pods].sort()];
}

function planService(state: ClusterState, service: SimObject): PlanService {
  const spec = (getIn(service.object, 'spec') ?? {}) as Obj;
  const type = serviceTypeOf(spec);
  const clusterIP = type === 'ExternalName' ? null : asString(spec.clusterIP) || null;
  const externalName = asString(spec.externalName);
  return {
    namespace: service.namespace ?? '',
    name: service.name,
    type,
    clusterIP,
    ...(type === 'ExternalName' && externalName !== undefined ? { externalName } : {}),
    ...(type === 'LoadBalancer' ? { externalIP: externalIPOf(service.object) } : {}),
    ports: portsOf(spec),
    endpoints: serviceEndpoints(state, service),
    dns: dnsNames(state, service, clusterIP === 'None'),
  };
}

/** Every Service of the model cluster, sorted by namespace and name. */
export function planServices(state: ClusterState): PlanService[] {
  return state
    .list('Service')
    .map((s) => planService(state, s))
    .sort((a, b) => (a.namespace === b.namespace ? (a.name < b.name ? -1 : 1) : a.namespace < b.namespace ? -1 : 1));
}
