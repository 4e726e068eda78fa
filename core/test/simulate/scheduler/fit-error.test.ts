// The FitError message, cases after upstream pkg/scheduler/framework/types_test.go (TestFitError_Error) and
// pkg/scheduler/schedule_one_test.go messages, in the wording of Kubernetes 1.35/1.36.
import { describe, expect, it } from 'vitest';
import { fitErrorMessage } from '../../../src/simulate/scheduler/framework/diagnosis.js';
import { unresolvable, unschedulable, type Status } from '../../../src/simulate/scheduler/framework/status.js';

const taint = unresolvable('TaintToleration', 'node(s) had untolerated taint(s)');
const cpu = unschedulable('NodeResourcesFit', 'Insufficient cpu');
const cpuMem = unschedulable('NodeResourcesFit', 'Insufficient cpu', 'Insufficient memory');
const statuses = (...list: Status[]) => new Map(list.map((s, i) => [`node-${i}`, s]));

describe('fitErrorMessage (FitError.Error)', () => {
  it.each([
    {
      name: 'reasons are counted per node and the rendered entries sorted as strings',
      nodes: 4,
      diagnosis: { nodeStatuses: statuses(taint, cpu, cpu, cpu) },
      want: '0/4 nodes are available: 1 node(s) had untolerated taint(s), 3 Insufficient cpu.',
    },
    {
      name: 'a node with two reasons counts under both',
      nodes: 3,
      diagnosis: { nodeStatuses: statuses(taint, cpuMem, cpuMem) },
      want: '0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu, 2 Insufficient memory.',
    },
    {
      name: 'the count is part of the sort key (10 sorts before 2)',
      nodes: 12,
      diagnosis: { nodeStatuses: statuses(...Array<Status>(10).fill(cpu), taint, taint) },
      want: '0/12 nodes are available: 10 Insufficient cpu, 2 node(s) had untolerated taint(s).',
    },
    {
      name: 'nodes without a status of their own count under the absent-nodes status',
      nodes: 4,
      diagnosis: { nodeStatuses: statuses(cpu), absentStatus: unresolvable('', "node(s) didn't satisfy plugin(s) [NodeAffinity]") },
      want: "0/4 nodes are available: 1 Insufficient cpu, 3 node(s) didn't satisfy plugin(s) [NodeAffinity].",
    },
    {
      name: 'a PreFilter message replaces the histogram',
      nodes: 3,
      diagnosis: { nodeStatuses: new Map(), absentStatus: unresolvable('VolumeBinding', 'x'), preFilterMessage: 'pod has unbound immediate PersistentVolumeClaims' },
      want: '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.',
    },
    {
      name: 'the PostFilter message follows after a space',
      nodes: 4,
      diagnosis: {
        nodeStatuses: statuses(taint, cpu, cpu, cpu),
        postFilterMessage: 'preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.',
      },
      want: '0/4 nodes are available: 1 node(s) had untolerated taint(s), 3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.',
    },
    { name: 'no reason at all leaves the bare prefix', nodes: 0, diagnosis: { nodeStatuses: new Map() }, want: '0/0 nodes are available:' },
  ])('$name', ({ nodes, diagnosis, want }) => {
    expect(fitErrorMessage(nodes, diagnosis)).toBe(want);
  });
});
