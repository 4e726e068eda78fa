import type { PathSegment } from '../../load/json-path.js';
import { asNumber, asObject, asString, getIn, objectItems, type Obj } from '../../model/fields.js';
import type { Rule, RuleContext } from '../rule.js';
import { referenceSeverity, SYSTEM_NAMESPACES } from './missing.js';

interface Backend {
  name: string;
  namePath: PathSegment[];
  port: string | number | undefined;
  portPath: PathSegment[];
}

/**
 * A backend's Service and port, read by shape: `service: {name, port: {number | name}}` (networking.k8s.io/v1)
 * or `serviceName` / `servicePort` (v1beta1). Resource backends have neither and are skipped.
 */
function backendOf(raw: unknown, path: PathSegment[]): Backend | undefined {
  const b = asObject(raw);
  if (b === undefined) return undefined;
  const service = asObject(b.service);
  if (service !== undefined) {
    const name = asString(service.name);
    const port = asObject(service.port);
    if (name === undefined) return undefined;
    const number = asNumber(port?.number);
    const portName = asString(port?.name);
    return { name, namePath: [...path, 'service', 'name'], port: number ?? portName, portPath: [...path, 'service', 'port', number !== undefined ? 'number' : 'name'] };
  }
  const name = asString(b.serviceName);
  if (name === undefined) return undefined;
  const port = b.servicePort;
  return { name, namePath: [...path, 'serviceName'], port: typeof port === 'number' || typeof port === 'string' ? port : undefined, portPath: [...path, 'servicePort'] };
}

function backendsOf(spec: Obj): Backend[] {
  const out: (Backend | undefined)[] = [backendOf(spec.defaultBackend, ['spec', 'defaultBackend']), backendOf(spec.backend, ['spec', 'backend'])];
  for (const { item: rule, index: r } of objectItems(spec.rules)) {
    for (const { item: p, index: i } of objectItems(getIn(rule, 'http', 'paths'))) out.push(backendOf(p.backend, ['spec', 'rules', r, 'http', 'paths', i, 'backend']));
  }
  return out.filter((b): b is Backend => b !== undefined);
}

function checkBackend(ctx: RuleContext, b: Backend, namespace: string): void {
  const service = ctx.index.find('Service', namespace, b.name);
  if (service === undefined) {
    if (SYSTEM_NAMESPACES.has(namespace)) return;
    ctx.report({ path: b.namePath, message: `backend Service "${b.name}" not found in namespace "${namespace}"`, severity: referenceSeverity(ctx, ctx.index.inNamespace('Service', namespace).length === 0) });
    return;
  }
  const ports = objectItems(getIn(service.object, 'spec', 'ports')).map(({ item }) => item);
  // ExternalName Services often declare no ports; the controller then uses the backend port as is.
  if (b.port === undefined || ports.length === 0) return;
  const found = typeof b.port === 'number' ? ports.some((p) => p.port === b.port) : ports.some((p) => p.name === b.port);
  if (found) return;
  const have = ports.map((p) => (asString(p.name) !== undefined ? `${String(p.port)} (${String(p.name)})` : String(p.port))).join(', ');
  const port = typeof b.port === 'number' ? String(b.port) : `"${b.port}"`;
  ctx.report({ path: b.portPath, message: `backend port ${port} is not a port of Service "${b.name}" (it has ${have})`, severity: referenceSeverity(ctx) });
}

/** An Ingress backend that names a Service missing from the set, or a port that Service does not have. */
export const ingressBackendNotFound: Rule = {
  meta: {
    id: 'ingress-backend-not-found',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'An Ingress backend names a Service that is not in the set, or a port (number or name) that Service does not expose.',
    rationale:
      'Ingress controllers resolve a backend to the Service of that name in the Ingress\'s namespace and to one of its ports (by port number or port name); ' +
      'when either is missing the path answers 503 or 404. Resource backends (spec...backend.resource) are not checked. ' +
      'When the namespace holds no Service at all in the set, the Service is likely defined elsewhere and a missing one is info; with assume-complete every finding is an error. ' +
      'Services in kube-system, kube-public and kube-node-lease are never reported missing.',
    howToFix: 'Point backend.service.name at a Service of the Ingress\'s namespace, and backend.service.port at one of its ports (spec.ports[].port or spec.ports[].name).',
    examples: {
      invalid: 'kind: Ingress\nspec:\n  defaultBackend:\n    service: {name: web, port: {number: 8080}}\n---\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: [{port: 80}]',
      valid: 'kind: Ingress\nspec:\n  defaultBackend:\n    service: {name: web, port: {number: 80}}\n---\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: [{port: 80}]',
    },
    peers: ['kube-linter:dangling-ingress', 'kube-score:ingress-targets-service'],
  },
  kinds: ['Ingress'],
  check(ctx) {
    const spec = asObject(ctx.object.spec);
    if (spec === undefined) return;
    const namespace = ctx.index.namespaceOf(ctx.manifest);
    for (const b of backendsOf(spec)) checkBackend(ctx, b, namespace);
  },
};
