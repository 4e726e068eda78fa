// ClusterState: snapshots, apply, and the indexes controllers and the scheduler ask for.
import { describe, expect, it } from 'vitest';
import { ClusterState, clusterObject, objectKey } from '../../src/cluster/index.js';
import { selectorFromMap } from '../../src/model/label-selector.js';
import type { Action, SimObject } from '../../src/simulate/types.js';

type Meta = { labels?: Record<string, string>; ownerReferences?: unknown[] };

const pod = (ns: string, name: string, o: { node?: string; labels?: Record<string, string>; owner?: string; controller?: string } = {}): SimObject => {
  const metadata: Meta & { name: string; namespace: string } = { name, namespace: ns, ...(o.labels === undefined ? {} : { labels: o.labels }) };
  if (o.controller !== undefined) metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: o.controller, controller: true }];
  const object = { apiVersion: 'v1', kind: 'Pod', metadata, spec: o.node === undefined ? {} : { nodeName: o.node } };
  return clusterObject(object, 0, o.owner);
};
const node = (name: string, labels: Record<string, string> = {}): SimObject =>
  clusterObject({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels }, status: { allocatable: { cpu: '2', memory: '4Gi', pods: '110' } } }, 0);
const ns = (name: string): SimObject => clusterObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }, 0);
const create = (object: SimObject): Action => ({ type: 'create', object });
const names = (objects: readonly SimObject[]): string[] => objects.map((o) => o.name);

/** A small cluster built through apply, so every object has a creation order. */
function cluster(): ClusterState {
  return ClusterState.empty().apply([
    create(node('n1', { zone: 'a' })),
    create(node('n2', { zone: 'b' })),
    create(ns('shop')),
    create(ns('default')),
    create(pod('shop', 'web-1', { node: 'n1', labels: { app: 'web', tier: 'front' }, owner: 'Deployment/shop/web', controller: 'web-abc' })),
    create(pod('shop', 'web-2', { node: 'n2', labels: { app: 'web', tier: 'front' }, owner: 'Deployment/shop/web', controller: 'web-abc' })),
    create(pod('shop', 'db-0', { node: 'n1', labels: { app: 'db' } })),
    create(pod('default', 'web-1', { labels: { app: 'web' } })),
  ]);
}

describe('ClusterState.apply', () => {
  it.each([
    { name: 'creates get increasing sequence numbers', actions: [create(ns('a')), create(ns('b'))], want: ['a:0', 'b:1'], next: 2 },
    {
      name: 'an update keeps the object\'s place',
      actions: [create(ns('a')), create(ns('b')), { type: 'update', object: { ...ns('a'), origin: 'generated' } } as Action],
      want: ['a:0', 'b:1'],
      next: 2,
    },
    { name: 'an update of a missing object creates it', actions: [{ type: 'update', object: ns('a') } as Action], want: ['a:0'], next: 1 },
    { name: 'a delete removes, and deleting a missing key is a no-op', actions: [create(ns('a')), { type: 'delete', key: 'Namespace/a' } as Action, { type: 'delete', key: 'Namespace/zz' } as Action], want: [], next: 1 },
  ])('$name', ({ actions, want, next }) => {
    const state = ClusterState.empty().apply(actions);
    expect(state.list('Namespace').map((o) => `${o.name}:${o.seq}`)).toEqual(want);
    expect(state.nextSeq).toBe(next);
  });

  it('leaves the previous snapshot as it was and appends events', () => {
    const before = cluster();
    const after = before.apply([{ type: 'delete', key: 'Pod/shop/db-0' }, { type: 'event', event: { type: 'Normal', reason: 'Killing', object: 'Pod/shop/db-0', message: 'Stopping container' } }]);
    expect(names(before.podsOnNode('n1'))).toEqual(['web-1', 'db-0']);
    expect(names(after.podsOnNode('n1'))).toEqual(['web-1']);
    expect(before.events).toEqual([]);
    expect(after.events.map((e) => e.reason)).toEqual(['Killing']);
    expect(before.apply([])).toBe(before);
  });
});

describe('ClusterState lookups', () => {
  const state = cluster();

  it.each([
    { name: 'get by key', got: () => state.get('Pod/shop/db-0')?.name, want: 'db-0' },
    { name: 'get of a cluster-scoped kind', got: () => state.get('Node/n2')?.name, want: 'n2' },
    { name: 'getObject', got: () => state.getObject('Pod', 'default', 'web-1')?.key, want: 'Pod/default/web-1' },
    { name: 'a missing object', got: () => state.getObject('Pod', 'default', 'nope'), want: undefined },
    { name: 'list in creation order', got: () => names(state.list('Pod')), want: ['web-1', 'web-2', 'db-0', 'web-1'] },
    { name: 'list in one namespace', got: () => names(state.list('Pod', 'default')), want: ['web-1'] },
    { name: 'kinds, sorted', got: () => state.kinds(), want: ['Namespace', 'Node', 'Pod'] },
    { name: 'all, in creation order', got: () => state.all().map((o) => o.seq), want: [0, 1, 2, 3, 4, 5, 6, 7] },
    { name: 'pods on a node', got: () => names(state.podsOnNode('n2')), want: ['web-2'] },
    { name: 'pods on a node without pods', got: () => names(state.podsOnNode('n9')), want: [] },
    { name: 'pods in a namespace', got: () => names(state.podsInNamespace('shop')), want: ['web-1', 'web-2', 'db-0'] },
    { name: 'children by controller reference', got: () => names(state.childrenOf('ReplicaSet/shop/web-abc')), want: ['web-1', 'web-2'] },
    { name: 'objects of a top-level owner', got: () => names(state.ownedBy('Deployment/shop/web')), want: ['web-1', 'web-2'] },
    { name: 'namespaces in creation order', got: () => state.namespaces(), want: ['shop', 'default'] },
    { name: 'node names', got: () => state.nodes().map((n) => n.name), want: ['n1', 'n2'] },
    { name: 'a node\'s NodeInfo', got: () => state.node('n2')?.labels.zone, want: 'b' },
    { name: 'a node\'s allocatable in scheduler units', got: () => state.node('n1')?.allocatable?.cpu, want: 2000 },
  ])('$name', ({ got, want }) => {
    expect(got()).toEqual(want);
  });

  it('returns copies from list and all, so callers cannot change the snapshot', () => {
    state.list('Pod').pop();
    state.all().pop();
    expect(state.list('Pod')).toHaveLength(4);
    expect(state.all()).toHaveLength(8);
  });
});

describe('ClusterState.podsMatching', () => {
  const state = cluster();
  const sel = (m: Record<string, string>) => selectorFromMap(m)!;

  it.each([
    { name: 'matchLabels within the namespace only', ns: 'shop', selector: sel({ app: 'web' }), want: ['web-1', 'web-2'] },
    { name: 'every pair must match', ns: 'shop', selector: sel({ app: 'web', tier: 'back' }), want: [] },
    { name: 'the other namespace', ns: 'default', selector: sel({ app: 'web' }), want: ['web-1'] },
    { name: 'an empty selector matches every pod of the namespace', ns: 'shop', selector: sel({}), want: ['web-1', 'web-2', 'db-0'] },
    { name: 'matchExpressions are honoured', ns: 'shop', selector: { matchLabels: {}, matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' as const, values: [] }] }, want: ['db-0'] },
    { name: 'a namespace without pods', ns: 'nope', selector: sel({ app: 'web' }), want: [] },
  ])('$name', ({ ns: namespace, selector, want }) => {
    expect(names(state.podsMatching(namespace, selector))).toEqual(want);
  });
});

describe('ClusterState.nodes across snapshots', () => {
  it('keeps the NodeInfo list while no Node changes, and rebuilds it when one does', () => {
    const state = cluster();
    const nodes = state.nodes();
    const podsChanged = state.apply([{ type: 'delete', key: 'Pod/shop/db-0' }]);
    expect(podsChanged.nodes()).toBe(nodes);
    expect([podsChanged.namespaces(), podsChanged.list('Pod').length]).toEqual([['shop', 'default'], 3]);
    const cordoned = podsChanged.apply([{ type: 'update', object: { ...node('n1'), object: { ...node('n1').object, spec: { unschedulable: true } } } }]);
    expect(cordoned.nodes()).not.toBe(nodes);
    expect(cordoned.nodes().map((n) => [n.name, n.unschedulable])).toEqual([['n1', true], ['n2', false]]);
  });

  it('gives hand-written nodes the kubelet labels', () => {
    const state = ClusterState.of([node('bare')]);
    expect(state.node('bare')?.labels['kubernetes.io/hostname']).toBe('bare');
  });
});

describe('objectKey', () => {
  it.each([
    { kind: 'Pod', ns: 'shop', name: 'a', want: 'Pod/shop/a' },
    { kind: 'Node', ns: undefined, name: 'n1', want: 'Node/n1' },
  ])('$want', ({ kind, ns: namespace, name, want }) => {
    expect(objectKey(kind, namespace, name)).toBe(want);
  });
});
