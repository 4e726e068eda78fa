import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import { ingressRoutes } from '../../../src/simulate/controllers/ingress-routes.js';
import { service, stateOf } from './fixtures.js';

const ingress = (name: string, spec: Obj, apiVersion = 'networking.k8s.io/v1'): Obj => ({ apiVersion, kind: 'Ingress', metadata: { name, namespace: 'shop' }, spec });
const backend = (name: string, port: { number?: number; name?: string }): Obj => ({ service: { name, port } });
const rule = (host: string | undefined, ...paths: [string, Obj][]): Obj => ({
  ...(host === undefined ? {} : { host }),
  http: { paths: paths.map(([path, b]) => ({ path, pathType: 'Prefix', backend: b })) },
});

const web = service('web', { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] });
const ready = (key: string): number => (key === 'Service/shop/web' ? 3 : 0);

// Upstream: pkg/apis/networking/types.go (IngressSpec, IngressRule, HTTPIngressPath, IngressBackend,
// IngressServiceBackend, ServiceBackendPort); kubectl describe ingress prints `*` for a rule without host.
describe('ingressRoutes', () => {
  it.each([
    { name: 'a port by number resolves to the Service', b: backend('web', { number: 80 }), want: { service: 'web', port: 80, readyEndpoints: 3 } },
    { name: 'a port by name resolves to the Service', b: backend('web', { name: 'http' }), want: { service: 'web', port: 'http', readyEndpoints: 3 } },
    { name: 'a missing Service is a problem', b: backend('api', { number: 80 }), want: { service: 'api', port: 80, readyEndpoints: 0, problem: 'service "api" not found' } },
    { name: 'an unknown port name is a problem', b: backend('web', { name: 'https' }), want: { service: 'web', port: 'https', readyEndpoints: 0, problem: 'service "web" has no port named "https"' } },
    { name: 'an unknown port number is a problem', b: backend('web', { number: 8080 }), want: { service: 'web', port: 8080, readyEndpoints: 0, problem: 'service "web" has no port 8080' } },
    { name: 'a resource backend is listed by kind, group and name', b: { resource: { apiGroup: 'k8s.example.com', kind: 'StorageBucket', name: 'assets' } }, want: { service: 'StorageBucket.k8s.example.com/assets', port: null, readyEndpoints: 0 } },
  ])('$name', ({ b, want }) => {
    const [route] = ingressRoutes(stateOf(web, ingress('front', { rules: [rule('shop.example.com', ['/', b])] })), ready);
    expect(route).toEqual({ namespace: 'shop', ingress: 'front', host: 'shop.example.com', path: '/', ...want });
  });

  it('takes any port of a Service that declares none, as for ExternalName', () => {
    const ext = service('ext', { type: 'ExternalName', externalName: 'api.example.com' });
    const [route] = ingressRoutes(stateOf(ext, ingress('front', { defaultBackend: backend('ext', { number: 443 }) })), ready);
    expect(route).toMatchObject({ service: 'ext', port: 443, readyEndpoints: 0 });
    expect(route?.problem).toBeUndefined();
  });

  it('lists the default backend first, then every path of every rule in order', () => {
    const spec = { defaultBackend: backend('web', { number: 80 }), rules: [rule('a.example.com', ['/api', backend('api', { number: 80 })], ['/', backend('web', { name: 'http' })]), rule(undefined, ['/static', backend('web', { number: 80 })])] };
    const routes = ingressRoutes(stateOf(web, ingress('front', spec)), ready);
    expect(routes.map((r) => `${r.host} ${r.path} → ${r.service}:${r.port}`)).toEqual(['* * → web:80', 'a.example.com /api → api:80', 'a.example.com / → web:http', '* /static → web:80']);
  });

  it('sorts Ingresses by name and skips old API versions', () => {
    const routes = ingressRoutes(stateOf(web, ingress('b', { defaultBackend: backend('web', { number: 80 }) }), ingress('a', { defaultBackend: backend('web', { number: 80 }) }), ingress('old', {}, 'extensions/v1beta1')), ready);
    expect(routes.map((r) => r.ingress)).toEqual(['a', 'b']);
  });
});
