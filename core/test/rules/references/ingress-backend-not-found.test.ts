import { describe, expect, it } from 'vitest';
import { ingressBackendNotFound } from '../../../src/rules/references/ingress-backend-not-found.js';
import { findingsOf, summary } from '../helpers.js';
import { findings, service } from './builders.js';

const svc = service('web', { selector: { app: 'web' }, ports: [{ name: 'http', port: 80 }] }, 'shop');
const ingress = (backend: Record<string, unknown>, namespace = 'shop') => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'web', namespace },
  spec: { rules: [{ host: 'shop.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend }] } }] },
});
const path0 = 'spec.rules[0].http.paths[0].backend';

describe('ingress-backend-not-found', () => {
  it.each([
    { name: 'a backend Service and port number that exist pass', objects: [svc, ingress({ service: { name: 'web', port: { number: 80 } } })], expected: [] },
    { name: 'a port name the Service has passes', objects: [svc, ingress({ service: { name: 'web', port: { name: 'http' } } })], expected: [] },
    {
      name: 'a missing Service warns when the namespace has Services',
      objects: [svc, ingress({ service: { name: 'api', port: { number: 80 } } })],
      expected: [`warning ${path0}.service.name backend Service "api" not found in namespace "shop"`],
    },
    {
      name: 'a port number the Service lacks warns',
      objects: [svc, ingress({ service: { name: 'web', port: { number: 8080 } } })],
      expected: [`warning ${path0}.service.port.number backend port 8080 is not a port of Service "web" (it has 80 (http))`],
    },
    {
      name: 'a port name the Service lacks warns',
      objects: [svc, ingress({ service: { name: 'web', port: { name: 'https' } } })],
      expected: [`warning ${path0}.service.port.name backend port "https" is not a port of Service "web" (it has 80 (http))`],
    },
    {
      name: 'v1beta1 serviceName and servicePort are read too',
      objects: [svc, ingress({ serviceName: 'web', servicePort: 81 })],
      expected: [`warning ${path0}.servicePort backend port 81 is not a port of Service "web" (it has 80 (http))`],
    },
    {
      name: 'the defaultBackend is checked',
      objects: [svc, { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'd', namespace: 'shop' }, spec: { defaultBackend: { service: { name: 'gone', port: { number: 80 } } } } }],
      expected: ['warning spec.defaultBackend.service.name backend Service "gone" not found in namespace "shop"'],
    },
    { name: 'a resource backend is not checked', objects: [svc, ingress({ resource: { apiGroup: 'k8s.example.com', kind: 'StorageBucket', name: 'assets' } })], expected: [] },
    {
      name: 'a namespace without any Service gives info (partial set)',
      objects: [svc, ingress({ service: { name: 'web', port: { number: 80 } } }, 'blog')],
      expected: [`info ${path0}.service.name backend Service "web" not found in namespace "blog"`],
    },
    { name: 'a Service in kube-system is never reported missing', objects: [ingress({ service: { name: 'dashboard', port: { number: 443 } } }, 'kube-system')], expected: [] },
  ])('$name', ({ objects, expected }) => {
    expect(findings(ingressBackendNotFound, objects)).toEqual(expected);
  });

  it('is an error with assume-complete', () => {
    expect(findings(ingressBackendNotFound, [ingress({ service: { name: 'web', port: { number: 80 } } })], true)).toEqual([
      `error ${path0}.service.name backend Service "web" not found in namespace "shop"`,
    ]);
  });

  it('is positioned on the Service name', () => {
    const text = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web}
spec:
  defaultBackend:
    service:
      name: missing
      port: {number: 80}
`;
    expect(summary(findingsOf(ingressBackendNotFound, text))).toEqual(['ingress-backend-not-found 7:13 backend Service "missing" not found in namespace "default"']);
  });
});
