/**
 * A Service's ports resolved on one pod, as the EndpointSlice controller does it (staging/src/k8s.io/endpointslice
 * utils.go getEndpointPorts and FindPort): a numeric targetPort is used as is; a named one is looked up among the
 * pod's container ports (and restartable init containers, i.e. sidecars) with the same protocol, and a Service port
 * the pod cannot resolve is left out for that pod. Pods are then grouped by their resolved port list: different
 * lists end up in different EndpointSlices.
 */
import { asArray, asNumber, asObject, asString, getIn, objectItems, type Obj } from '../../model/fields.js';
import { protocolOf } from '../../model/defaults.js';

/** discovery/v1 EndpointPort. */
export interface EndpointPort {
  readonly name: string;
  readonly port: number;
  readonly protocol: string;
  readonly appProtocol?: string;
}

/** The containers whose ports a named targetPort may name: regular ones, then sidecars. */
function portContainers(podSpec: Readonly<Obj>): Obj[] {
  const sidecars = objectItems(podSpec.initContainers).filter(({ item }) => item.restartPolicy === 'Always');
  return [...objectItems(podSpec.containers), ...sidecars].map(({ item }) => item);
}

/** FindPort: the container port a Service port targets on this pod, or undefined when the pod has none. */
export function findPort(pod: Readonly<Obj>, servicePort: Readonly<Obj>): number | undefined {
  const target = servicePort.targetPort ?? servicePort.port;
  if (typeof target === 'number') return target;
  const name = asString(target);
  if (name === undefined) return undefined;
  const protocol = protocolOf(servicePort as Obj);
  for (const container of portContainers(asObject(pod.spec) ?? {})) {
    for (const { item } of objectItems(container.ports)) {
      if (item.name === name && protocolOf(item) === protocol) return asNumber(item.containerPort);
    }
  }
  return undefined;
}

/** getEndpointPorts: the Service's ports this pod resolves, sorted (upstream sorts them by hash: order carries no meaning). */
export function endpointPorts(service: Readonly<Obj>, pod: Readonly<Obj>): EndpointPort[] {
  const out: EndpointPort[] = [];
  for (const { item } of objectItems(getIn(service, 'spec', 'ports'))) {
    const port = findPort(pod, item);
    if (port === undefined) continue;
    const appProtocol = asString(item.appProtocol);
    out.push({ name: asString(item.name) ?? '', port, protocol: protocolOf(item), ...(appProtocol === undefined ? {} : { appProtocol }) });
  }
  return out.sort((a, b) => compare(a.name, b.name) || a.port - b.port || compare(a.protocol, b.protocol));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** NewPortMapKey: equal for equal port lists, whatever their order. */
export function portMapKey(ports: unknown): string {
  return JSON.stringify(
    (asArray(ports) ?? [])
      .map((p) => asObject(p) ?? {})
      .map((p) => [asString(p.name) ?? '', asNumber(p.port) ?? 0, asString(p.protocol) ?? 'TCP', asString(p.appProtocol) ?? ''])
      .map((p) => JSON.stringify(p))
      .sort(),
  );
}
