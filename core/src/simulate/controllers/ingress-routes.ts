/**
 * The plan's Ingress routes (networking.k8s.io/v1; pkg/apis/networking types.go IngressBackend): every path of
 * every rule, and the default backend, resolved to its Service and port the way an ingress controller does it: a
 * port by number must be one of the Service's `port`s, a port by name one of its port names. What does not resolve
 * is reported as the route's problem, with 0 ready endpoints. Rules without a host are `*`; the default backend is
 * host `*`, path `*` (it takes whatever no rule matches). A resource backend (`backend.resource`) is listed as
 * `Kind.group/name` with no port: kubeplan does not follow it.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { objectKey } from '../../cluster/cluster-state.js';
import { asNumber, asObject, asString, getIn, objectItems, type Obj } from '../../model/fields.js';
import type { PlanIngressRoute } from '../../plan/plan-document.js';
import type { SimObject } from '../types.js';

type Route = Pick<PlanIngressRoute, 'service' | 'port' | 'readyEndpoints' | 'problem'>;

/** Why the Service port does not resolve, or undefined when it does. */
function portProblem(service: SimObject, name: string, port: number | string): string | undefined {
  const ports = objectItems(getIn(service.object, 'spec', 'ports')).map(({ item }) => item);
  // An ExternalName Service often declares no ports: the controller then uses the backend port as is.
  if (ports.length === 0) return undefined;
  if (typeof port === 'string') return ports.some((p) => p.name === port) ? undefined : `service ${JSON.stringify(name)} has no port named ${JSON.stringify(port)}`;
  return ports.some((p) => p.port === port) ? undefined : `service ${JSON.stringify(name)} has no port ${port}`;
}

function resolveBackend(state: ClusterState, namespace: string, backend: Readonly<Obj>, endpointsOf: (serviceKey: string) => number): Route {
  const resource = asObject(backend.resource);
  if (resource !== undefined) {
    const group = asString(resource.apiGroup);
    const kind = `${asString(resource.kind) ?? ''}${group === undefined || group === '' ? '' : `.${group}`}`;
    return { service: `${kind}/${asString(resource.name) ?? ''}`, port: null, readyEndpoints: 0 };
  }
  const name = asString(getIn(backend, 'service', 'name')) ?? '';
  const port = asNumber(getIn(backend, 'service', 'port', 'number')) ?? asString(getIn(backend, 'service', 'port', 'name')) ?? null;
  const key = objectKey('Service', namespace, name);
  const service = state.get(key);
  if (service === undefined) return { service: name, port, readyEndpoints: 0, problem: `service ${JSON.stringify(name)} not found` };
  const problem = port === null ? undefined : portProblem(service, name, port);
  return problem === undefined ? { service: name, port, readyEndpoints: endpointsOf(key) } : { service: name, port, readyEndpoints: 0, problem };
}

function routesOf(state: ClusterState, ingress: SimObject, endpointsOf: (serviceKey: string) => number): PlanIngressRoute[] {
  const namespace = ingress.namespace ?? '';
  const at = (host: string, path: string, backend: Readonly<Obj>): PlanIngressRoute => ({
    namespace,
    ingress: ingress.name,
    host,
    path,
    ...resolveBackend(state, namespace, backend, endpointsOf),
  });
  const out: PlanIngressRoute[] = [];
  const fallback = asObject(getIn(ingress.object, 'spec', 'defaultBackend'));
  if (fallback !== undefined) out.push(at('*', '*', fallback));
  for (const { item: rule } of objectItems(getIn(ingress.object, 'spec', 'rules'))) {
    const host = asString(rule.host) || '*';
    for (const { item: path } of objectItems(getIn(rule, 'http', 'paths'))) {
      const backend = asObject(path.backend);
      if (backend !== undefined) out.push(at(host, asString(path.path) || '/', backend));
    }
  }
  return out;
}

/**
 * Every route of every networking.k8s.io/v1 Ingress, Ingresses sorted by namespace and name, routes in the order
 * written (the default backend first). `endpointsOf` gives the ready endpoints of a Service by key.
 */
export function ingressRoutes(state: ClusterState, endpointsOf: (serviceKey: string) => number): PlanIngressRoute[] {
  return state
    .list('Ingress')
    .filter((i) => i.apiVersion === 'networking.k8s.io/v1')
    .sort((a, b) => ((a.namespace ?? '') === (b.namespace ?? '') ? (a.name < b.name ? -1 : 1) : (a.namespace ?? '') < (b.namespace ?? '') ? -1 : 1))
    .flatMap((i) => routesOf(state, i, endpointsOf));
}
