// PodTopologySpread, cases after upstream pkg/scheduler/framework/plugins/podtopologyspread/filtering_test.go
// (TestSingleConstraint, TestMultipleConstraints, minDomains and node inclusion policy cases) and scoring_test.go
// (TestPodTopologySpreadScore, system default constraints).
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import { PLUGIN } from '../../../src/simulate/scheduler/names.js';
import { node, pod, runFilter, runRawScore, runScore } from './builders.js';

const SKEW = "[U] node(s) didn't match pod topology spread constraints";
const MISSING = "[UAR] node(s) didn't match pod topology spread constraints (missing required label)";
const foo = { matchLabels: { foo: 'bar' } };
const zoneSpread = (extra: Obj = {}): Obj => ({ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: foo, ...extra });
/** a1, a2 in zone1; b1, b2 in zone2. */
const fourNodes = [node({ name: 'a1', zone: 'zone1' }), node({ name: 'a2', zone: 'zone1' }), node({ name: 'b1', zone: 'zone2' }), node({ name: 'b2', zone: 'zone2' })];
const on = (nodeName: string, i: number, extra: Parameters<typeof pod>[0] = {}) => pod({ name: `p${i}`, nodeName, labels: { foo: 'bar' }, ...extra });
/** Two matching pods in zone1, one in zone2. */
const twoOne = [on('a1', 1), on('a2', 2), on('b1', 3)];

describe('PodTopologySpread filter', () => {
  it.each([
    { name: 'a pod without hard constraints skips the filter', nodes: fourNodes, existing: twoOne, pod: pod({ labels: { foo: 'bar' } }), want: { a1: 'ok', a2: 'ok', b1: 'ok', b2: 'ok' } },
    {
      name: 'the fuller zone fails once the skew would exceed maxSkew',
      nodes: fourNodes,
      existing: twoOne,
      pod: pod({ labels: { foo: 'bar' }, spread: [zoneSpread()] }),
      want: { a1: SKEW, a2: SKEW, b1: 'ok', b2: 'ok' },
    },
    {
      name: 'a pod that does not match its own selector adds no skew',
      nodes: fourNodes,
      existing: twoOne,
      pod: pod({ labels: { other: 'x' }, spread: [zoneSpread()] }),
      want: { a1: 'ok', a2: 'ok', b1: 'ok', b2: 'ok' },
    },
    {
      name: 'a node without the topology key fails as unresolvable',
      nodes: [...fourNodes, node({ name: 'c1' })],
      existing: twoOne,
      pod: pod({ labels: { foo: 'bar' }, spread: [zoneSpread()] }),
      want: { a1: SKEW, a2: SKEW, b1: 'ok', b2: 'ok', c1: MISSING },
    },
    {
      name: 'fewer domains than minDomains make the global minimum 0',
      nodes: fourNodes,
      existing: [on('a1', 1), on('b1', 2)],
      pod: pod({ labels: { foo: 'bar' }, spread: [zoneSpread({ minDomains: 3 })] }),
      want: { a1: SKEW, a2: SKEW, b1: SKEW, b2: SKEW },
    },
    {
      name: 'pods in other namespaces and terminating pods do not count',
      nodes: fourNodes,
      existing: [on('a1', 1, { namespace: 'other' }), on('a2', 2, { namespace: 'other' }), pod({ name: 'gone', nodeName: 'a1', labels: { foo: 'bar' } }), on('b1', 3)],
      pod: pod({ labels: { foo: 'bar' }, spread: [zoneSpread()] }),
      want: { a1: 'ok', a2: 'ok', b1: SKEW, b2: SKEW },
    },
    {
      name: 'matchLabelKeys narrow the selector to the incoming pod value',
      nodes: fourNodes,
      existing: [on('a1', 1, { labels: { foo: 'bar', hash: 'old' } }), on('a2', 2, { labels: { foo: 'bar', hash: 'old' } })],
      pod: pod({ labels: { foo: 'bar', hash: 'new' }, spread: [zoneSpread({ matchLabelKeys: ['hash'] })] }),
      want: { a1: 'ok', a2: 'ok', b1: 'ok', b2: 'ok' },
    },
    {
      name: 'an empty selector counts no pod (upstream countPodsMatchSelector) though the pod matches it',
      nodes: fourNodes,
      existing: twoOne,
      pod: pod({ labels: { foo: 'bar' }, spread: [zoneSpread({ labelSelector: {} })] }),
      want: { a1: 'ok', a2: 'ok', b1: 'ok', b2: 'ok' },
    },
    {
      name: 'maxSkew 1 on hostname keeps one pod per node until every node has one',
      nodes: fourNodes,
      existing: [on('a1', 1), on('a2', 2), on('b1', 3)],
      pod: pod({ labels: { foo: 'bar' }, spread: [zoneSpread({ topologyKey: 'kubernetes.io/hostname' })] }),
      want: { a1: SKEW, a2: SKEW, b1: SKEW, b2: 'ok' },
    },
    {
      name: 'with two constraints every one must hold',
      nodes: fourNodes,
      existing: [on('a1', 1), on('b1', 2), on('b1', 3)],
      pod: pod({ labels: { foo: 'bar' }, spread: [zoneSpread(), zoneSpread({ topologyKey: 'kubernetes.io/hostname' })] }),
      want: { a1: SKEW, a2: 'ok', b1: SKEW, b2: SKEW },
    },
  ])('$name', ({ nodes, existing, pod: p, want }) => {
    // 'gone' is being deleted.
    const withTerminating = existing.map((e) => (e.metadata as Obj).name === 'gone' ? { ...e, metadata: { ...(e.metadata as Obj), deletionTimestamp: '2024-01-01T00:00:00Z' } } : e);
    expect(runFilter(PLUGIN.PodTopologySpread, { nodes, existing: withTerminating }, p)).toEqual(want);
  });
});

describe('PodTopologySpread node inclusion policies', () => {
  const existing = [on('a1', 1)];
  it.each([
    {
      name: 'nodeAffinityPolicy Honor counts only domains the pod may use',
      spread: zoneSpread(),
      nodeSelector: { 'topology.kubernetes.io/zone': 'zone1' },
      want: { a1: 'ok', a2: 'ok', b1: 'ok', b2: 'ok' },
    },
    {
      name: 'nodeAffinityPolicy Ignore counts every domain, so the empty zone holds the minimum',
      spread: zoneSpread({ nodeAffinityPolicy: 'Ignore' }),
      nodeSelector: { 'topology.kubernetes.io/zone': 'zone1' },
      want: { a1: SKEW, a2: SKEW, b1: 'ok', b2: 'ok' },
    },
  ])('$name', ({ spread, nodeSelector, want }) => {
    expect(runFilter(PLUGIN.PodTopologySpread, { nodes: fourNodes, existing }, pod({ labels: { foo: 'bar' }, spread: [spread], nodeSelector }))).toEqual(want);
  });

  it.each([
    { name: 'nodeTaintsPolicy Ignore: a tainted empty zone still holds the minimum', spread: zoneSpread(), want: SKEW },
    { name: 'nodeTaintsPolicy Honor: the tainted zone does not count', spread: zoneSpread({ nodeTaintsPolicy: 'Honor' }), want: 'ok' },
  ])('$name', ({ spread, want }) => {
    const tainted = fourNodes.map((n) => (n.name.startsWith('b') ? { ...n, taints: [{ key: 'k', effect: 'NoSchedule' as const }] } : n));
    expect(runFilter(PLUGIN.PodTopologySpread, { nodes: tainted, existing }, pod({ labels: { foo: 'bar' }, spread: [spread] })).a1).toBe(want);
  });
});

describe('PodTopologySpread score', () => {
  const selectedByFoo = { defaultSpreadSelectors: () => [{ matchLabels: { foo: 'bar' }, matchExpressions: [] }] };
  it('scores the reference worked example: the second replica avoids the node of the first (hostname default constraint)', () => {
    const three = [node({ name: 'n1' }), node({ name: 'n2' }), node({ name: 'n3' })];
    const setup = { nodes: three, existing: [on('n1', 1)], lookups: selectedByFoo };
    expect(runRawScore(PLUGIN.PodTopologySpread, setup, pod({ labels: { foo: 'bar' } }))).toEqual({ n1: 4, n2: 2, n3: 2 });
    expect(runScore(PLUGIN.PodTopologySpread, setup, pod({ labels: { foo: 'bar' } }))).toEqual({ n1: 50, n2: 100, n3: 100 });
  });

  it.each([
    { name: 'a pod no Service or controller selects gets no default constraint', lookups: {}, spread: undefined, want: 'skip' as const },
    { name: 'a pod with only DoNotSchedule constraints is not scored', lookups: selectedByFoo, spread: [zoneSpread()], want: 'skip' as const },
    {
      // raw: a1 round(2·ln6 + 2 + 3·ln4 + 4) = 14, a2 12, b1 9, b2 7; normalised 100·(14 + 7 − raw) / 14.
      name: 'system defaults count hostname and zone (both ScheduleAnyway): fewer matching pods score higher',
      lookups: selectedByFoo,
      spread: undefined,
      want: { a1: 50, a2: 64, b1: 85, b2: 100 },
    },
    {
      name: 'explicit ScheduleAnyway constraints ignore nodes missing a key (they score 0)',
      lookups: {},
      spread: [zoneSpread({ whenUnsatisfiable: 'ScheduleAnyway' })],
      extraNode: true,
      // raw: zone1 round(3·ln4) = 4, zone2 round(1·ln4) = 1 (c1 is not a domain); normalised 100·(4 + 1 − raw) / 4.
      want: { a1: 25, a2: 25, b1: 100, b2: 100, c1: 0 },
    },
  ])('$name', ({ lookups, spread, extraNode, want }) => {
    const nodes = extraNode === true ? [...fourNodes, node({ name: 'c1' })] : fourNodes;
    const existing = [on('a1', 1), on('a1', 2), on('a2', 3), on('b1', 4)];
    expect(runScore(PLUGIN.PodTopologySpread, { nodes, existing, lookups }, pod({ labels: { foo: 'bar' }, ...(spread === undefined ? {} : { spread }) }))).toEqual(want);
  });
});
