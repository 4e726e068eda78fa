// The node walk order, cases after upstream pkg/scheduler/backend/cache/node_tree_test.go (TestNodeTree_List,
// TestNodeTreeMultiOperations) and utilnode.GetZoneKey.
import { describe, expect, it } from 'vitest';
import { nodeTreeOrder, zoneKey } from '../../../src/simulate/scheduler/cluster/node-order.js';

const n = (name: string, zone?: string, region?: string): { name: string; labels: Record<string, string> } => ({
  name,
  labels: { ...(zone === undefined ? {} : { 'topology.kubernetes.io/zone': zone }), ...(region === undefined ? {} : { 'topology.kubernetes.io/region': region }) },
});

describe('nodeTreeOrder', () => {
  it.each([
    { name: 'nodes without zones keep their order', nodes: [n('a'), n('b'), n('c')], want: ['a', 'b', 'c'] },
    { name: 'zones are taken round-robin in order of first appearance', nodes: [n('a1', 'a'), n('a2', 'a'), n('b1', 'b'), n('c1', 'c'), n('b2', 'b')], want: ['a1', 'b1', 'c1', 'a2', 'b2'] },
    { name: 'an exhausted zone is skipped', nodes: [n('a1', 'a'), n('b1', 'b'), n('a2', 'a'), n('a3', 'a')], want: ['a1', 'b1', 'a2', 'a3'] },
    { name: 'the same zone name in two regions is two zones', nodes: [n('x1', 'z', 'r1'), n('x2', 'z', 'r1'), n('y1', 'z', 'r2')], want: ['x1', 'y1', 'x2'] },
  ])('$name', ({ nodes, want }) => {
    expect(nodeTreeOrder(nodes).map((x) => x.name)).toEqual(want);
  });
});

describe('zoneKey (GetZoneKey)', () => {
  it.each<{ name: string; labels: Record<string, string>; want: string }>([
    { name: 'no labels give the empty key', labels: {}, want: '' },
    { name: 'region and zone are joined with a NUL separator', labels: { 'topology.kubernetes.io/region': 'r', 'topology.kubernetes.io/zone': 'z' }, want: 'r:\u0000:z' },
    { name: 'the beta labels count when the GA ones are missing', labels: { 'failure-domain.beta.kubernetes.io/zone': 'z' }, want: ':\u0000:z' },
  ])('$name', ({ labels, want }) => {
    expect(zoneKey(labels)).toBe(want);
  });
});
