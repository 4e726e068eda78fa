// The scheduler end to end through its public API: one cycle per pod (pkg/scheduler/schedule_one_test.go
// TestSchedulerSchedulePod and the FitError messages it checks), assume-on-bind, the percentageOfNodesToScore
// sample with its rotating start, kubeplan's tie-break by node name, explanations.
import { describe, expect, it } from 'vitest';
import { createScheduler, type ScheduleResult } from '../../../src/simulate/scheduler/index.js';
import { NO_LOOKUPS, node, nodes, pod } from './builders.js';

const outcome = (r: ScheduleResult): string => (r.node === null ? r.message : r.node);
const controlPlane = node({ name: 'cp', taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] });

describe('schedule: Pending messages', () => {
  it.each([
    {
      name: 'full nodes and a tainted control plane give the FitError with the preemption suffix',
      nodes: [controlPlane, ...nodes(3, { cpu: 1000 })],
      existing: ['node-1', 'node-2', 'node-3'].map((n, i) => pod({ name: `e${i}`, nodeName: n, requests: { cpu: '800m' } })),
      pod: pod({ requests: { cpu: '500m' } }),
      want: '0/4 nodes are available: 1 node(s) had untolerated taint(s), 3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.',
    },
    {
      name: 'a missing claim rejects the pod at PreFilter, with no per-node counts',
      nodes: nodes(3),
      existing: [],
      pod: pod({ volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }] }),
      want: '0/3 nodes are available: persistentvolumeclaim "data" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    },
    {
      name: 'a pod pinned to a full node reports the others as left out by NodeAffinity',
      nodes: nodes(3, { cpu: 1000 }),
      existing: [pod({ name: 'e', nodeName: 'node-2', requests: { cpu: '800m' } })],
      pod: pod({
        requests: { cpu: '500m' },
        affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-2'] }] }] } } },
      }),
      want: "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't satisfy plugin(s) [NodeAffinity]. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
    },
    { name: 'a cluster without nodes has nothing to offer', nodes: [], existing: [], pod: pod(), want: 'no nodes available to schedule pods' },
  ])('$name', ({ nodes: ns, existing, pod: p, want }) => {
    const s = createScheduler(ns, NO_LOOKUPS);
    for (const e of existing) s.addPod(e);
    expect(outcome(s.schedule(p))).toBe(want);
  });
});

describe('schedule: placement', () => {
  it('breaks ties by node name, not by the walk order', () => {
    const s = createScheduler([node({ name: 'b' }), node({ name: 'a' }), node({ name: 'c' })], NO_LOOKUPS);
    const r = s.schedule(pod(), { explain: true });
    expect(r.node).toBe('a');
    expect(r.explanation?.tieBreak).toBe('3 nodes tied at 397 (a, b, c): kubeplan takes the first by name; kube-scheduler picks one of them at random');
  });

  it('assumes each pod on its node so the next one sees its requests', () => {
    const s = createScheduler(nodes(2, { cpu: 1000 }), NO_LOOKUPS);
    expect([1, 2, 3].map((i) => outcome(s.schedule(pod({ name: `p${i}`, requests: { cpu: '400m' } }))))).toEqual(['node-1', 'node-2', 'node-1']);
    expect(s.requested('node-1')).toEqual({ cpu: 800, memory: 0, pods: 2 });
  });

  it('searches only percentageOfNodesToScore of a large cluster, starting where the last search stopped', () => {
    const names = Array.from({ length: 200 }, (_, i) => node({ name: `n${String(i).padStart(3, '0')}` }));
    const s = createScheduler(names, NO_LOOKUPS, { percentageOfNodesToScore: 50 });
    expect([outcome(s.schedule(pod({ name: 'p1' }))), outcome(s.schedule(pod({ name: 'p2' })))]).toEqual(['n000', 'n100']);
  });

  it('spreads the replicas of a Service over nodes with the system default constraints', () => {
    const selected = { ...NO_LOOKUPS, defaultSpreadSelectors: () => [{ matchLabels: { app: 'web' }, matchExpressions: [] }] };
    const s = createScheduler(nodes(3, { zones: ['a', 'b', 'c'] }), selected);
    const placed = [1, 2, 3].map((i) => outcome(s.schedule(pod({ name: `web-${i}`, labels: { app: 'web' } }))));
    expect(new Set(placed).size).toBe(3);
  });

  it('re-schedules a pod it already assumed instead of counting it twice', () => {
    const s = createScheduler(nodes(1, { cpu: 1000 }), NO_LOOKUPS);
    s.schedule(pod({ requests: { cpu: '600m' } }));
    expect(outcome(s.schedule(pod({ requests: { cpu: '600m' } })))).toBe('node-1');
    expect(s.requested('node-1')).toMatchObject({ cpu: 600, pods: 1 });
  });
});

describe('addPod, removePod, requested', () => {
  it.each([
    { name: 'a bound pod counts on its node', ops: (s: ReturnType<typeof createScheduler>) => s.addPod(pod({ nodeName: 'node-1', requests: { cpu: '250m', memory: '1Gi' } })), want: { cpu: 250, memory: 2 ** 30, pods: 1 } },
    {
      name: 'adding the same pod again replaces it',
      ops: (s: ReturnType<typeof createScheduler>) => {
        s.addPod(pod({ nodeName: 'node-1', requests: { cpu: '250m' } }));
        s.addPod(pod({ nodeName: 'node-1', requests: { cpu: '100m' } }));
      },
      want: { cpu: 100, memory: 0, pods: 1 },
    },
    {
      name: 'a removed pod gives its resources back',
      ops: (s: ReturnType<typeof createScheduler>) => {
        s.addPod(pod({ nodeName: 'node-1', requests: { cpu: '250m' } }));
        s.removePod('default', 'pod');
      },
      want: { cpu: 0, memory: 0, pods: 0 },
    },
    { name: 'a pod on an unknown node is ignored', ops: (s: ReturnType<typeof createScheduler>) => s.addPod(pod({ nodeName: 'gone', requests: { cpu: '1' } })), want: { cpu: 0, memory: 0, pods: 0 } },
    {
      name: 'extended resources and ephemeral storage are reported when requested',
      ops: (s: ReturnType<typeof createScheduler>) => s.addPod(pod({ nodeName: 'node-1', requests: { 'example.com/gpu': '1', 'ephemeral-storage': '1Gi' } })),
      want: { cpu: 0, memory: 0, pods: 1, 'ephemeral-storage': 2 ** 30, 'example.com/gpu': 1 },
    },
  ])('$name', ({ ops, want }) => {
    const s = createScheduler([node({ scalar: { 'example.com/gpu': 4 } })], NO_LOOKUPS);
    ops(s);
    expect(s.requested('node-1')).toEqual(want);
  });
});

describe('explain', () => {
  it('records every node: filters up to the first failure, scores of feasible nodes, the chosen node', () => {
    const s = createScheduler([controlPlane, node({ name: 'small', cpu: 200 }), node({ name: 'big', cpu: 4000 })], NO_LOOKUPS);
    const e = s.schedule(pod({ requests: { cpu: '500m' } }), { explain: true }).explanation;
    expect(e?.chosen).toBe('big');
    const byNode = Object.fromEntries((e?.nodes ?? []).map((n) => [n.node, n]));
    expect(byNode.cp?.filters.map((f) => `${f.plugin}:${f.passed ? 'ok' : f.reasons.join()}`)).toEqual(['NodeUnschedulable:ok', 'TaintToleration:node(s) had untolerated taint(s)']);
    expect(byNode.small?.filters.at(-1)).toEqual({ plugin: 'NodeResourcesFit', passed: false, reasons: ['Insufficient cpu'], code: 'UnschedulableAndUnresolvable' });
    expect(byNode.big?.feasible).toBe(true);
    expect(e?.notes).toEqual(['only big is feasible: chosen without scoring, as kube-scheduler does']);
  });

  it('gives each score plugin raw, normalised and weighted scores that add up to the total', () => {
    const s = createScheduler(nodes(2), NO_LOOKUPS);
    s.addPod(pod({ name: 'e', nodeName: 'node-1', requests: { cpu: '2' } }));
    const e = s.schedule(pod({ requests: { cpu: '1', memory: '1Gi' } }), { explain: true }).explanation;
    const n1 = e?.nodes.find((n) => n.node === 'node-1');
    expect(n1?.scores.map((x) => x.plugin)).toEqual(['TaintToleration', 'NodeResourcesFit', 'NodeResourcesBalancedAllocation']);
    expect(n1?.scores.find((x) => x.plugin === 'TaintToleration')).toEqual({ plugin: 'TaintToleration', raw: 0, normalized: 100, weight: 3, weighted: 300 });
    expect(n1?.total).toBe(n1?.scores.reduce((sum, x) => sum + x.weighted, 0));
    expect(e?.chosen).toBe('node-2');
  });

  it('records the Pending message and the PreFilter rejection', () => {
    const e = createScheduler(nodes(2), NO_LOOKUPS).schedule(pod({ volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'd' } }] }), { explain: true }).explanation;
    expect(e?.preFilter).toEqual([{ plugin: 'VolumeBinding', passed: false, reasons: ['persistentvolumeclaim "d" not found'], code: 'UnschedulableAndUnresolvable' }]);
    expect(e?.message).toMatch(/^0\/2 nodes are available: persistentvolumeclaim "d" not found\./);
    expect(e?.chosen).toBeNull();
  });

  it('records preemption victims', () => {
    const s = createScheduler(nodes(1, { cpu: 1000 }), NO_LOOKUPS);
    s.addPod(pod({ name: 'low', nodeName: 'node-1', priority: 0, requests: { cpu: '800m' } }));
    const e = s.schedule(pod({ name: 'high', priority: 100, requests: { cpu: '500m' } }), { explain: true }).explanation;
    expect({ chosen: e?.chosen, victims: e?.victims }).toEqual({ chosen: 'node-1', victims: ['default/low'] });
  });
});
