// DefaultPreemption, cases after upstream pkg/scheduler/framework/plugins/defaultpreemption/default_preemption_test.go
// (TestPostFilter, TestDryRunPreemption, TestSelectBestCandidate, TestPodEligibleToPreemptOthers) and
// pkg/scheduler/framework/preemption/preemption_test.go (pickOneNodeForPreemption).
import { describe, expect, it } from 'vitest';
import type { NodeState, PodRecord } from '../../../src/simulate/scheduler/cluster/node-state.js';
import { numCandidates } from '../../../src/simulate/scheduler/plugins/default-preemption.js';
import { pickCandidate, type Candidate } from '../../../src/simulate/scheduler/preemption/pick-candidate.js';
import { createScheduler } from '../../../src/simulate/scheduler/index.js';
import { NO_LOOKUPS, node, pod } from './builders.js';

/** Nodes with 1 cpu each; `existing` as [node, name, priority, cpu]. */
function cluster(nodeNames: string[], existing: [string, string, number, string][]) {
  const s = createScheduler(nodeNames.map((name) => node({ name, cpu: 1000 })), NO_LOOKUPS);
  for (const [nodeName, name, priority, cpu] of existing) s.addPod(pod({ name, nodeName, priority, requests: { cpu } }));
  return s;
}
const incoming = (priority: number, cpu: string, extra: Parameters<typeof pod>[0] = {}) => pod({ name: 'incoming', priority, requests: { cpu }, ...extra });

describe('DefaultPreemption', () => {
  it.each([
    {
      name: 'the node whose most important victim has the lowest priority is chosen',
      nodes: ['n1', 'n2'],
      existing: [['n1', 'mid', 5, '800m'], ['n2', 'low', 1, '800m']] as [string, string, number, string][],
      pod: incoming(10, '500m'),
      want: { node: 'n2', victims: ['low'] },
    },
    {
      name: 'victims are reprieved most important first, so only what must go goes',
      nodes: ['n1'],
      existing: [['n1', 'keep', 2, '400m'], ['n1', 'evict', 1, '400m']] as [string, string, number, string][],
      pod: incoming(10, '500m'),
      want: { node: 'n1', victims: ['evict'] },
    },
    {
      name: 'among equal priorities the pod started last is evicted',
      nodes: ['n1'],
      existing: [['n1', 'older', 1, '400m'], ['n1', 'younger', 1, '400m']] as [string, string, number, string][],
      pod: incoming(10, '500m'),
      want: { node: 'n1', victims: ['younger'] },
    },
    {
      name: 'fewer victims win when priorities tie',
      nodes: ['n1', 'n2'],
      existing: [['n1', 'a', 1, '500m'], ['n1', 'b', 1, '500m'], ['n2', 'c', 1, '1000m']] as [string, string, number, string][],
      pod: incoming(10, '1000m'),
      want: { node: 'n2', victims: ['c'] },
    },
  ])('$name', ({ nodes, existing, pod: p, want }) => {
    const r = cluster(nodes, existing).schedule(p);
    expect({ node: r.node, victims: r.node === null ? [] : r.victims.map((v) => v.name) }).toEqual(want);
  });

  it.each([
    {
      name: 'pods of equal priority are never preempted',
      existing: [['n1', 'same', 10, '800m']] as [string, string, number, string][],
      pod: incoming(10, '500m'),
      want: '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    },
    {
      name: 'a node where evicting every lower-priority pod is not enough reports its filter reasons',
      existing: [['n1', 'vip', 20, '600m'], ['n1', 'low', 1, '200m']] as [string, string, number, string][],
      pod: incoming(10, '500m'),
      want: '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Insufficient cpu.',
    },
    {
      name: 'preemptionPolicy Never keeps the pod from preempting',
      existing: [['n1', 'low', 1, '800m']] as [string, string, number, string][],
      pod: incoming(10, '500m', { preemptionPolicy: 'Never' }),
      want: '0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.',
    },
    {
      name: 'a request larger than the node is unresolvable: preemption is not helpful',
      existing: [['n1', 'low', 1, '800m']] as [string, string, number, string][],
      pod: incoming(10, '2'),
      want: '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
    },
  ])('$name', ({ existing, pod: p, want }) => {
    const r = cluster(['n1'], existing).schedule(p);
    expect(r.node === null ? r.message : r.node).toBe(want);
  });

  it('takes the victims out of the scheduler and assumes the preemptor on the node', () => {
    const s = cluster(['n1'], [['n1', 'low', 1, '800m']]);
    expect(s.schedule(incoming(10, '500m'))).toMatchObject({ node: 'n1', victims: [{ namespace: 'default', name: 'low', node: 'n1' }] });
    expect(s.requested('n1')).toMatchObject({ cpu: 500, pods: 1 });
  });

  it('does not preempt on nodes a taint rules out', () => {
    const s = createScheduler([node({ name: 'n1', cpu: 1000, taints: [{ key: 'k', effect: 'NoSchedule' }] })], NO_LOOKUPS);
    s.addPod(pod({ name: 'low', nodeName: 'n1', priority: 1, requests: { cpu: '800m' } }));
    const r = s.schedule(incoming(10, '500m'));
    expect(r.node === null ? r.message : r.node).toBe('0/1 nodes are available: 1 node(s) had untolerated taint(s). preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.');
  });
});

describe('numCandidates (calculateNumCandidates)', () => {
  it.each([
    { name: 'small clusters dry-run every potential node', nodes: 30, want: 30 },
    { name: 'at least 100 nodes are dry-run', nodes: 500, want: 100 },
    { name: '10% of a large cluster is dry-run', nodes: 5000, want: 500 },
  ])('$name', ({ nodes, want }) => {
    expect(numCandidates(nodes)).toBe(want);
  });
});

describe('pickCandidate (pickOneNodeForPreemption)', () => {
  const cand = (name: string, ...victims: [number, number][]): Candidate => ({
    node: { name } as NodeState,
    victims: victims.map(([priority, seq]) => ({ info: { priority }, seq }) as unknown as PodRecord),
  });
  it.each([
    { name: 'the lowest highest-priority victim wins', candidates: [cand('a', [5, 1]), cand('b', [3, 2], [3, 3])], want: 'b' },
    { name: 'then the smallest sum of priorities', candidates: [cand('a', [3, 1], [3, 2]), cand('b', [3, 3], [1, 4])], want: 'b' },
    { name: 'then the fewest victims', candidates: [cand('a', [3, 1], [3, 2]), cand('b', [3, 3], [3, 4], [3, 5])], want: 'a' },
    { name: 'then the latest start among the highest-priority victims', candidates: [cand('a', [3, 1]), cand('b', [3, 9])], want: 'b' },
    { name: 'negative priorities still prefer fewer victims', candidates: [cand('a', [-5, 1], [-5, 2]), cand('b', [-5, 3])], want: 'b' },
    { name: 'a full tie goes to the first node by name', candidates: [cand('b', [3, 1]), cand('a', [3, 1])], want: 'a' },
  ])('$name', ({ candidates, want }) => {
    expect(pickCandidate(candidates)?.node.name).toBe(want);
  });
});
