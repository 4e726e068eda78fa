import { describe, expect, it } from 'vitest';
import type { ClusterState } from '../../../src/cluster/cluster-state.js';
import { getIn, type Obj } from '../../../src/model/fields.js';
import { endpointSliceController } from '../../../src/simulate/controllers/endpoint-slices.js';
import { ctxOf, node, pod, service, settle, stateOf } from './fixtures.js';

const svc = (spec: Obj = {}, meta: Obj = {}): Obj =>
  service('web', { selector: { app: 'web' }, clusterIP: '10.96.10.10', ipFamilies: ['IPv4'], ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 8080 }], ...spec }, meta);

function slicesOf(...objects: Obj[]): Obj[] {
  return settle(stateOf(...objects), [endpointSliceController]).state.list('EndpointSlice').map((s) => s.object);
}

const endpointsOf = (slices: Obj[]): Obj[] => slices.flatMap((s) => s.endpoints as Obj[]);
const namesOf = (slices: Obj[]): string[] => endpointsOf(slices).map((e) => getIn(e, 'targetRef', 'name') as string);

// Upstream: staging/src/k8s.io/endpointslice/reconciler.go, utils.go podToEndpoint / getEndpointPorts / FindPort,
// util/controller_utils.go ShouldPodBeInEndpoints; reconciler_test.go TestReconcile1Pod, TestReconcileManyPods,
// TestReconcileEndpointSlicesSomePreexisting, utils_test.go TestPodToEndpoint.
describe('endpointSliceController', () => {
  it('makes one slice with the owner labels, the resolved port and a full endpoint per ready pod', () => {
    const [slice, ...rest] = slicesOf(node('node-a', { 'topology.kubernetes.io/zone': 'eu-1a' }), svc({}, { labels: { tier: 'front' } }), pod('web-1', { ip: '10.244.0.7' }));
    expect(rest).toEqual([]);
    expect(getIn(slice, 'metadata', 'name')).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(getIn(slice, 'metadata', 'labels')).toEqual({ tier: 'front', 'kubernetes.io/service-name': 'web', 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' });
    expect(getIn(slice, 'metadata', 'ownerReferences')).toEqual([{ apiVersion: 'v1', kind: 'Service', name: 'web', uid: 'uid-svc-web', controller: true, blockOwnerDeletion: true }]);
    expect(slice).toMatchObject({ addressType: 'IPv4', ports: [{ name: 'http', port: 8080, protocol: 'TCP' }] });
    expect(slice?.endpoints).toEqual([
      {
        addresses: ['10.244.0.7'],
        conditions: { ready: true, serving: true, terminating: false },
        nodeName: 'node-a',
        zone: 'eu-1a',
        targetRef: { kind: 'Pod', namespace: 'shop', name: 'web-1', uid: 'uid-pod-web-1' },
      },
    ]);
  });

  it.each([
    { name: 'a pending pod without an IP is no endpoint', pods: [pod('a', { node: '' })], want: [] },
    { name: 'a succeeded pod is no endpoint', pods: [pod('a', { phase: 'Succeeded' })], want: [] },
    { name: 'a pod of another app is no endpoint', pods: [pod('a', { labels: { app: 'db' } })], want: [] },
    { name: 'a pod on a node that does not exist is skipped', pods: [pod('a', { node: 'gone' })], want: [] },
    { name: 'a not-ready pod is neither ready nor serving', pods: [pod('a', { ready: false })], want: [{ ready: false, serving: false, terminating: false }] },
    { name: 'a terminating ready pod is serving but not ready', pods: [pod('a', { deleting: true })], want: [{ ready: false, serving: true, terminating: true }] },
  ])('$name', ({ pods, want }) => {
    expect(endpointsOf(slicesOf(node('node-a'), svc(), ...pods)).map((e) => e.conditions)).toEqual(want);
  });

  it('publishes not-ready pods as ready when the Service asks for it', () => {
    const slices = slicesOf(node('node-a'), svc({ publishNotReadyAddresses: true }), pod('a', { ready: false }));
    expect(endpointsOf(slices).map((e) => e.conditions)).toEqual([{ ready: true, serving: false, terminating: false }]);
  });

  it('keeps an empty placeholder slice when the Service selects no pod', () => {
    const slices = slicesOf(node('node-a'), svc());
    expect(slices).toHaveLength(1);
    expect(slices[0]).toMatchObject({ addressType: 'IPv4', ports: [], endpoints: [] });
  });

  it.each([
    { name: 'a Service without a selector gets no slices', spec: { selector: undefined } },
    { name: 'an ExternalName Service gets no slices', spec: { type: 'ExternalName', externalName: 'db.example.com', clusterIP: undefined } },
  ])('$name', ({ spec }) => {
    expect(slicesOf(node('node-a'), svc(spec), pod('a'))).toEqual([]);
  });

  it('groups pods by the port a named targetPort resolves to, and leaves out pods without it', () => {
    const named = svc({ ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'web' }] });
    const slices = slicesOf(
      node('node-a'),
      named,
      pod('a', { ip: '10.244.0.2', ports: [{ name: 'web', containerPort: 8080 }] }),
      pod('b', { ip: '10.244.0.3', ports: [{ name: 'web', containerPort: 9090 }] }),
      pod('c', { ip: '10.244.0.4', ports: [{ name: 'metrics', containerPort: 9100 }] }),
      pod('d', { ip: '10.244.0.5', ports: [{ name: 'web', containerPort: 8080, protocol: 'UDP' }] }),
    );
    const byPorts = Object.fromEntries(slices.map((s) => [JSON.stringify(s.ports), namesOf([s])]));
    expect(byPorts).toEqual({
      '[{"name":"http","port":8080,"protocol":"TCP"}]': ['a'],
      '[{"name":"http","port":9090,"protocol":"TCP"}]': ['b'],
      '[]': ['c', 'd'],
    });
  });

  it('puts at most 100 endpoints in a slice', () => {
    const pods = Array.from({ length: 250 }, (_, i) => pod(`web-${String(i).padStart(3, '0')}`, { ip: `10.244.${Math.floor(i / 200)}.${(i % 200) + 2}` }));
    const slices = slicesOf(node('node-a'), svc(), ...pods);
    expect(slices.map((s) => (s.endpoints as Obj[]).length).sort()).toEqual([100, 100, 50]);
    expect(new Set(namesOf(slices)).size).toBe(250);
  });

  it('marks a headless Service and names the endpoints of pods that use it as their subdomain', () => {
    const slices = slicesOf(node('node-a'), svc({ clusterIP: 'None' }), pod('db-0', { hostname: 'db-0', subdomain: 'web' }), pod('db-1', { ip: '10.244.0.9', hostname: 'db-1', subdomain: 'other' }));
    expect(getIn(slices[0], 'metadata', 'labels', 'service.kubernetes.io/headless')).toBe('');
    expect(endpointsOf(slices).map((e) => e.hostname)).toEqual(['db-0', undefined]);
  });
});

describe('endpointSliceController on a settled cluster', () => {
  const settled = (): ClusterState => settle(stateOf(node('node-a'), svc(), pod('a'), pod('b', { ip: '10.244.0.3' })), [endpointSliceController]).state;
  const reconcile = (state: ClusterState) => endpointSliceController.reconcile(ctxOf(state), state.getObject('Service', 'shop', 'web')!);

  it('returns no actions', () => {
    expect(reconcile(settled())).toEqual([]);
  });

  it('updates the same slice when a pod goes away', () => {
    const state = settled();
    const name = state.list('EndpointSlice')[0]?.name;
    const actions = reconcile(state.apply([{ type: 'delete', key: 'Pod/shop/b' }]));
    expect(actions.map((a) => [a.type, a.type === 'update' ? a.object.name : ''])).toEqual([['update', name]]);
  });

  it('reuses the slice in place when the Service targets another port', () => {
    const state = settled();
    const [slice] = state.list('EndpointSlice');
    const svcObj = state.getObject('Service', 'shop', 'web')!;
    const retargeted = { ...svcObj, object: svc({ ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 9090 }] }) };
    const actions = reconcile(state.apply([{ type: 'update', object: retargeted }]));
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ type: 'update', object: { name: slice?.name, object: { ports: [{ port: 9090 }] } } });
  });
});
