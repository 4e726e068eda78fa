import { describe, expect, it } from 'vitest';
import { serviceTargetPortNotFound } from '../../../src/rules/references/service-target-port-not-found.js';
import { findingsOf, summary } from '../helpers.js';
import { deployment, findings, service } from './builders.js';

const ports = (...p: Record<string, unknown>[]) => ({ containers: [{ name: 'app', image: 'web:1', ports: p }] });
const web = deployment('web', { app: 'web' }, ports({ name: 'http', containerPort: 8080 }, { name: 'dns', containerPort: 53, protocol: 'UDP' }));
const svc = (...p: Record<string, unknown>[]) => service('web', { selector: { app: 'web' }, ports: p });

describe('service-target-port-not-found', () => {
  it.each([
    { name: 'a named targetPort a selected container names passes', objects: [web, svc({ port: 80, targetPort: 'http' })], expected: [] },
    { name: 'a numbered targetPort a container declares passes', objects: [web, svc({ port: 80, targetPort: 8080 })], expected: [] },
    {
      name: 'a named targetPort no selected container names warns',
      objects: [web, svc({ port: 80, targetPort: 'web' })],
      expected: ['warning spec.ports[0].targetPort Service "web" targetPort "web": no container of Deployment "web" has a TCP port named "web"'],
    },
    {
      name: 'a named targetPort of another protocol warns and says so',
      objects: [web, svc({ port: 53, targetPort: 'dns' })],
      expected: ['warning spec.ports[0].targetPort Service "web" targetPort "dns": no container of Deployment "web" has a TCP port named "dns" (it is a UDP port there)'],
    },
    {
      name: 'an undeclared numbered targetPort is only info (declaring ports is optional)',
      objects: [web, svc({ port: 80, targetPort: 9000 })],
      expected: ['info spec.ports[0].targetPort Service "web" targetPort 9000: no container of Deployment "web" declares containerPort 9000 (declaring container ports is optional, so this may still work)'],
    },
    { name: 'a numbered targetPort is not checked when no container declares ports', objects: [deployment('web', { app: 'web' }), svc({ port: 80, targetPort: 9000 })], expected: [] },
    {
      name: 'a missing targetPort defaults to port',
      objects: [web, svc({ port: 80 })],
      expected: ['info spec.ports[0].targetPort Service "web" targetPort 80: no container of Deployment "web" declares containerPort 80 (declaring container ports is optional, so this may still work)'],
    },
    {
      name: 'a name on one of two selected workloads is enough',
      objects: [web, deployment('web-canary', { app: 'web', track: 'canary' }, ports({ name: 'metrics', containerPort: 9090 })), svc({ port: 9090, targetPort: 'metrics' })],
      expected: [],
    },
    {
      name: 'a sidecar init container (restartPolicy Always) serves ports',
      objects: [deployment('web', { app: 'web' }, { initContainers: [{ name: 'proxy', image: 'envoy:1', restartPolicy: 'Always', ports: [{ name: 'proxy', containerPort: 15001 }] }] }), svc({ port: 80, targetPort: 'proxy' })],
      expected: [],
    },
    { name: 'a Service that selects nothing is left to service-selects-no-pods', objects: [web, service('api', { selector: { app: 'api' }, ports: [{ port: 80, targetPort: 'x' }] })], expected: [] },
  ])('$name', ({ objects, expected }) => {
    expect(findings(serviceTargetPortNotFound, objects)).toEqual(expected);
  });

  it('makes a missing name an error with assume-complete, but an undeclared number stays info', () => {
    expect(findings(serviceTargetPortNotFound, [web, svc({ port: 80, targetPort: 'web' }, { port: 81, targetPort: 9000 })], true).map((f) => f.split(' ')[0])).toEqual(['error', 'info']);
  });

  it('is positioned on the targetPort value', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec:
  containers: [{name: web, image: web:1, ports: [{name: http, containerPort: 80}]}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports:
    - port: 80
      targetPort: htp
`;
    expect(summary(findingsOf(serviceTargetPortNotFound, text))).toEqual([
      'service-target-port-not-found 14:19 Service "web" targetPort "htp": no container of Pod "web" has a TCP port named "htp"',
    ]);
  });
});
