import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import { endpointSliceController } from '../../../src/simulate/controllers/endpoint-slices.js';
import { planServices, planVolumeClaims } from '../../../src/simulate/controllers/service-output.js';
import { volumeBindingController } from '../../../src/simulate/controllers/volume-binding.js';
import { node, pod, pv, pvc, service, settle, storageClass, stateOf } from './fixtures.js';

const planOf = (...objects: Obj[]) => planServices(settle(stateOf(...objects), [endpointSliceController]).state);

// Output shapes: core/src/plan/plan-document.ts (PlanService, PlanEndpoint, PlanVolumeClaim); DNS names per
// kubernetes.io/docs/concepts/services-networking/dns-pod-service/.
describe('planServices', () => {
  it('shows a ClusterIP Service with its ports, endpoints per pod and port, and DNS name', () => {
    const svc = service('web', { type: 'ClusterIP', selector: { app: 'web' }, clusterIP: '10.96.10.10', ipFamilies: ['IPv4'], ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 8080 }, { name: 'metrics', port: 9100, protocol: 'TCP', targetPort: 9100 }] });
    const [web] = planOf(node('node-a'), svc, pod('web-b', { ip: '10.244.0.3', ready: false }), pod('web-a'));
    expect(web).toEqual({
      namespace: 'shop',
      name: 'web',
      type: 'ClusterIP',
      clusterIP: '10.96.10.10',
      ports: [
        { name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 },
        { name: 'metrics', protocol: 'TCP', port: 9100, targetPort: 9100 },
      ],
      endpoints: [
        { pod: 'shop/web-a', node: 'node-a', ready: true, port: 8080 },
        { pod: 'shop/web-a', node: 'node-a', ready: true, port: 9100 },
        { pod: 'shop/web-b', node: 'node-a', ready: false, port: 8080 },
        { pod: 'shop/web-b', node: 'node-a', ready: false, port: 9100 },
      ],
      dns: ['web.shop.svc.cluster.local'],
    });
  });

  it('names the ready pods of a headless Service that use it as their subdomain', () => {
    const svc = service('db', { selector: { app: 'db' }, clusterIP: 'None', ipFamilies: ['IPv4'], ports: [{ port: 5432, protocol: 'TCP', targetPort: 5432 }] });
    const pods = [pod('db-1', { labels: { app: 'db' }, ip: '10.244.0.3', hostname: 'db-1', subdomain: 'db' }), pod('db-0', { labels: { app: 'db' }, hostname: 'db-0', subdomain: 'db' }), pod('db-2', { labels: { app: 'db' }, ip: '10.244.0.4', hostname: 'db-2', subdomain: 'db', ready: false })];
    const [db] = planOf(node('node-a'), svc, ...pods);
    expect(db?.clusterIP).toBe('None');
    expect(db?.dns).toEqual(['db.shop.svc.cluster.local', 'db-0.db.shop.svc.cluster.local', 'db-1.db.shop.svc.cluster.local']);
  });

  it.each([
    { name: 'a LoadBalancer without cloud controller has a pending address and node ports', svc: service('lb', { type: 'LoadBalancer', clusterIP: '10.96.1.1', ports: [{ port: 443, protocol: 'TCP', targetPort: 8443, nodePort: 31443 }] }), want: { type: 'LoadBalancer', externalIP: '<pending>', ports: [{ protocol: 'TCP', port: 443, targetPort: 8443, nodePort: 31443 }] } },
    { name: 'a LoadBalancer shows its first ingress address', svc: { ...service('lb', { type: 'LoadBalancer', clusterIP: '10.96.1.1' }), status: { loadBalancer: { ingress: [{ ip: '203.0.113.7' }] } } }, want: { externalIP: '203.0.113.7' } },
    { name: 'an ExternalName Service has no cluster IP', svc: service('db', { type: 'ExternalName', externalName: 'db.example.com' }), want: { type: 'ExternalName', clusterIP: null, externalName: 'db.example.com', endpoints: [], dns: ['db.shop.svc.cluster.local'] } },
    {
      name: 'a selectorless Service reads its hand-written Endpoints',
      svc: service('ext', { clusterIP: '10.96.1.2', ports: [{ port: 5432, protocol: 'TCP' }] }),
      extra: [{ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'ext', namespace: 'shop' }, subsets: [{ addresses: [{ ip: '192.0.2.10' }], notReadyAddresses: [{ ip: '192.0.2.11' }], ports: [{ port: 5432 }] }] }],
      want: { endpoints: [{ pod: '192.0.2.10', node: null, ready: true, port: 5432 }, { pod: '192.0.2.11', node: null, ready: false, port: 5432 }] },
    },
  ])('$name', ({ svc, extra, want }) => {
    expect(planOf(svc, ...(extra ?? []))[0]).toMatchObject(want);
  });

  it('sorts Services by namespace and name', () => {
    const services = planOf(service('b', { type: 'ExternalName' }), service('a', { type: 'ExternalName' }, { namespace: 'zz' }), service('a', { type: 'ExternalName' }));
    expect(services.map((s) => `${s.namespace}/${s.name}`)).toEqual(['shop/a', 'shop/b', 'zz/a']);
  });
});

describe('planVolumeClaims', () => {
  it('shows bound claims with volume, class and capacity, and pending ones with their last event', () => {
    const state = settle(stateOf(storageClass('fast'), pv('pv-1', { capacity: { storage: '2Gi' } }), pvc('bound', { storageClassName: '' }), pvc('dynamic', { storageClassName: 'fast' }), pvc('waiting', { storageClassName: 'slow' })), [volumeBindingController]).state;
    expect(planVolumeClaims(state)).toEqual([
      { namespace: 'shop', name: 'bound', phase: 'Bound', volume: 'pv-1', storageClass: null, capacity: '2Gi' },
      { namespace: 'shop', name: 'dynamic', phase: 'Bound', volume: 'pvc-uid-dynamic', storageClass: 'fast', capacity: '1Gi' },
      { namespace: 'shop', name: 'waiting', phase: 'Pending', volume: null, storageClass: 'slow', capacity: null, message: 'storageclass.storage.k8s.io "slow" not found' },
    ]);
  });
});
