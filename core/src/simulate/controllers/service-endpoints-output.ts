/**
 * The endpoints of one Service as the plan shows them, read from its EndpointSlices (the ones labelled
 * `kubernetes.io/service-name`, whoever manages them) or, for a selectorless Service whose user wrote a legacy
 * Endpoints object and no slice, from that object. One entry per endpoint and port; an endpoint of a slice without
 * ports (a headless Service may have none) has port 0. A `ready` condition left unset means ready (discovery/v1).
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asNumber, asString, getIn, objectItems, type Obj } from '../../model/fields.js';
import type { PlanEndpoint } from '../../plan/plan-document.js';
import type { SimObject } from '../types.js';
import { SERVICE_NAME_LABEL } from './endpoint-slices.js';

/** `namespace/name` of the endpoint's pod, or its first address when it points at no pod. */
function endpointTarget(endpoint: Readonly<Obj>, namespace: string): string {
  const ref = getIn(endpoint, 'targetRef');
  if (getIn(ref, 'kind') === 'Pod') return `${asString(getIn(ref, 'namespace')) ?? namespace}/${asString(getIn(ref, 'name')) ?? ''}`;
  return asString(getIn(endpoint, 'addresses', 0)) ?? asString(getIn(endpoint, 'ip')) ?? '';
}

function portsOf(holder: unknown): number[] {
  const ports = objectItems(getIn(holder, 'ports')).map(({ item }) => asNumber(item.port) ?? 0);
  return ports.length === 0 ? [0] : ports;
}

/** The slices of a Service. */
export function slicesOf(state: ClusterState, service: SimObject): SimObject[] {
  return state.list('EndpointSlice', service.namespace).filter((s) => getIn(s.object, 'metadata', 'labels', SERVICE_NAME_LABEL) === service.name);
}

/**
 * Endpoints from slices. When the Service has ports, a slice without any holds the pods that resolve none of
 * them (a named targetPort their containers do not declare): kube-proxy sends them nothing, so they are no
 * endpoints of the Service.
 */
function fromSlices(slices: readonly SimObject[], namespace: string, servicePorts: boolean): PlanEndpoint[] {
  const serving = servicePorts ? slices.filter((slice) => objectItems(slice.object.ports).length > 0) : slices;
  return serving.flatMap((slice) =>
    objectItems(slice.object.endpoints).flatMap(({ item }) =>
      portsOf(slice.object).map((port) => ({
        pod: endpointTarget(item, namespace),
        node: asString(item.nodeName) ?? null,
        ready: getIn(item, 'conditions', 'ready') !== false,
        port,
      })),
    ),
  );
}

/** A legacy Endpoints object: `subsets[].addresses` are ready, `notReadyAddresses` are not. */
function fromEndpoints(endpoints: Readonly<Obj>, namespace: string): PlanEndpoint[] {
  return objectItems(endpoints.subsets).flatMap(({ item: subset }) =>
    (['addresses', 'notReadyAddresses'] as const).flatMap((field) =>
      objectItems(subset[field]).flatMap(({ item: address }) =>
        portsOf(subset).map((port) => ({ pod: endpointTarget(address, namespace), node: asString(address.nodeName) ?? null, ready: field === 'addresses', port })),
      ),
    ),
  );
}

/** The Service's endpoints, sorted by pod, then port. */
export function serviceEndpoints(state: ClusterState, service: SimObject): PlanEndpoint[] {
  const namespace = service.namespace ?? '';
  const slices = slicesOf(state, service);
  const legacy = slices.length === 0 ? state.getObject('Endpoints', namespace, service.name) : undefined;
  const servicePorts = objectItems(getIn(service.object, 'spec', 'ports')).length > 0;
  const endpoints = legacy === undefined ? fromSlices(slices, namespace, servicePorts) : fromEndpoints(legacy.object, namespace);
  return endpoints.sort((a, b) => (a.pod < b.pod ? -1 : a.pod > b.pod ? 1 : a.port - b.port));
}
