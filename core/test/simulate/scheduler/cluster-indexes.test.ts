// The incremental indexes behind PodTopologySpread and InterPodAffinity: counting groups and existing terms
// must give what upstream's per-cycle scans over every pod give (podtopologyspread/common.go
// countPodsMatchSelector, interpodaffinity/filtering.go getExistingAntiAffinityCounts), whatever the order of
// binds, unbinds and group creation.
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import { ClusterView } from '../../../src/simulate/scheduler/cluster/cluster-view.js';
import type { PodRecord } from '../../../src/simulate/scheduler/cluster/node-state.js';
import type { GroupClause } from '../../../src/simulate/scheduler/cluster/pod-groups.js';
import { podInfoOf } from '../../../src/simulate/scheduler/cluster/pod-info.js';
import { NO_LOOKUPS, node, pod } from './builders.js';

const zones = [node({ name: 'a1', zone: 'a' }), node({ name: 'a2', zone: 'a' }), node({ name: 'b1', zone: 'b' })];
const web = (name: string, nodeName: string, extra: Parameters<typeof pod>[0] = {}) => pod({ name, nodeName, labels: { app: 'web' }, ...extra });
const clause = (selector: GroupClause['selector'], namespaces = ['default']): GroupClause => ({ namespaces: new Set(namespaces), namespaceSelector: null, selector });
const appWeb = clause({ matchLabels: { app: 'web' }, matchExpressions: [] });

function bindAll(view: ClusterView, pods: Obj[]): PodRecord[] {
  return pods.map((p) => {
    const info = podInfoOf(p);
    return view.bind(info, view.node(info.nodeName as string) as NonNullable<ReturnType<ClusterView['node']>>);
  });
}
const zoneCounts = (view: ClusterView, c: GroupClause) => [...view.groups.get([c], true).domainCounts('topology.kubernetes.io/zone')];

describe('counting groups', () => {
  it.each([
    { name: 'a group made after the pods counts them', before: false, pods: [web('w1', 'a1'), web('w2', 'b1')], want: [1, 1] },
    { name: 'a group made before the pods counts them as they bind', before: true, pods: [web('w1', 'a1'), web('w2', 'a2')], want: [2, 0] },
    { name: 'pods in another namespace are not counted', before: true, pods: [web('w1', 'a1', { namespace: 'other' })], want: [0, 0] },
    { name: 'pods not matching the selector are not counted', before: false, pods: [pod({ name: 'x', nodeName: 'a1', labels: { app: 'db' } })], want: [0, 0] },
  ])('$name', ({ before, pods, want }) => {
    const view = new ClusterView(zones, NO_LOOKUPS);
    if (before) zoneCounts(view, appWeb);
    bindAll(view, pods);
    expect(zoneCounts(view, appWeb)).toEqual(want);
  });

  it('counts a selector without matchLabels (not indexable) as well', () => {
    const view = new ClusterView(zones, NO_LOOKUPS);
    const exists = clause({ matchLabels: {}, matchExpressions: [{ key: 'app', operator: 'Exists', values: [] }] });
    zoneCounts(view, exists);
    bindAll(view, [web('w1', 'a1'), pod({ name: 'x', nodeName: 'b1', labels: {} })]);
    expect(zoneCounts(view, exists)).toEqual([1, 0]);
  });

  it('undoes exactly what a pod added when it leaves, and again when it is put back', () => {
    const view = new ClusterView(zones, NO_LOOKUPS);
    const [w1] = bindAll(view, [web('w1', 'a1'), web('w2', 'b1')]);
    view.detach(w1 as PodRecord);
    expect(zoneCounts(view, appWeb)).toEqual([0, 1]);
    view.attach(w1 as PodRecord);
    expect(zoneCounts(view, appWeb)).toEqual([1, 1]);
    view.unbind(w1 as PodRecord);
    expect([...view.groups.get([appWeb], true).perNode]).toEqual(view.nodes.map((n) => (n.name === 'b1' ? 1 : 0)));
  });

  it('keeps sums restricted to the nodes a node affinity admits', () => {
    const view = new ClusterView(zones, NO_LOOKUPS);
    const onlyA2 = podInfoOf(pod({ nodeSelector: { 'kubernetes.io/hostname': 'a2' } }));
    const group = view.groups.get([appWeb], true);
    const masked = group.domainCounts('topology.kubernetes.io/zone', view.nodeAffinityMask(onlyA2));
    bindAll(view, [web('w1', 'a1'), web('w2', 'a2'), web('w3', 'b1')]);
    expect([...masked]).toEqual([1, 0]);
    expect([...group.domainCounts('topology.kubernetes.io/zone')]).toEqual([2, 1]);
  });
});

describe('existing terms', () => {
  const antiWeb = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'topology.kubernetes.io/zone' }] } };
  it.each([
    { name: 'a pod matching the term finds it with its count per zone', incoming: { app: 'web' }, want: [[1, 0]] },
    { name: 'a pod not matching the term does not find it', incoming: { app: 'db' }, want: [] },
  ])('$name', ({ incoming, want }) => {
    const view = new ClusterView(zones, NO_LOOKUPS);
    bindAll(view, [pod({ name: 'db', nodeName: 'a2', labels: { app: 'db' }, affinity: antiWeb })]);
    const found = view.terms.matching('anti', podInfoOf(pod({ labels: incoming })), view.nsLabels);
    expect(found.map((e) => [...e.perDomain])).toEqual(want);
  });

  it('identical terms of many pods share one entry, and leave it when the pods go', () => {
    const view = new ClusterView(zones, NO_LOOKUPS);
    const records = bindAll(view, [1, 2, 3].map((i) => pod({ name: `db${i}`, nodeName: i === 3 ? 'b1' : 'a1', labels: { app: 'db' }, affinity: antiWeb })));
    const incoming = podInfoOf(pod({ labels: { app: 'web' } }));
    expect(view.terms.matching('anti', incoming, view.nsLabels).map((e) => [...e.perDomain])).toEqual([[2, 1]]);
    for (const r of records) view.unbind(r);
    expect(view.terms.matching('anti', incoming, view.nsLabels)).toEqual([]);
  });
});
