// NodeResourcesFit, cases after upstream pkg/scheduler/framework/plugins/noderesources/fit_test.go
// (TestEnoughRequests, TestNotEnoughRequests, TestStorageRequests) and least_allocated_test.go (TestLeastAllocatedScoringStrategy).
import { describe, expect, it } from 'vitest';
import type { NodeInfo } from '../../../src/cluster/node-info.js';
import { PLUGIN } from '../../../src/simulate/scheduler/names.js';
import { GI, MI, node, pod, runFilter, runScore } from './builders.js';

/** A 10-cpu, 20 GiB node with 4 cpu and 8 GiB already requested by one pod. */
const busy = { nodes: [node({ cpu: 10_000, memory: 20 * GI, pods: 32, ephemeralStorage: 20 * GI, scalar: { 'example.com/gpu': 2 } })], existing: [pod({ name: 'e', nodeName: 'node-1', requests: { cpu: '4', memory: '8Gi' } })] };

describe('NodeResourcesFit filter', () => {
  it.each<{ name: string; requests: Record<string, string> | undefined; want: string }>([
    { name: 'a pod requesting nothing fits', requests: undefined, want: 'ok' },
    { name: 'a pod within what is left fits', requests: { cpu: '6', memory: '12Gi' }, want: 'ok' },
    { name: 'more cpu than is left is Insufficient cpu', requests: { cpu: '6500m' }, want: '[U] Insufficient cpu' },
    { name: 'cpu and memory shortfalls are reported together', requests: { cpu: '7', memory: '13Gi' }, want: '[U] Insufficient cpu; Insufficient memory' },
    { name: 'a request larger than the whole node cannot be helped by preemption', requests: { cpu: '11' }, want: '[UAR] Insufficient cpu' },
    { name: 'ephemeral-storage is checked', requests: { 'ephemeral-storage': '21Gi' }, want: '[UAR] Insufficient ephemeral-storage' },
    { name: 'an extended resource within allocatable fits', requests: { 'example.com/gpu': '2' }, want: 'ok' },
    { name: 'an extended resource beyond allocatable is insufficient', requests: { 'example.com/gpu': '3' }, want: '[UAR] Insufficient example.com/gpu' },
    { name: 'an extended resource the node lacks is insufficient', requests: { 'example.com/fpga': '1' }, want: '[UAR] Insufficient example.com/fpga' },
    { name: 'resources the scheduler does not know are ignored', requests: { storage: '100Gi' }, want: 'ok' },
  ])('$name', ({ requests, want }) => {
    expect(runFilter(PLUGIN.NodeResourcesFit, busy, pod(requests === undefined ? {} : { requests }))['node-1']).toBe(want);
  });

  it.each<{ name: string; pods: number | undefined; requests: Record<string, string> | undefined; want: string }>([
    { name: 'one pod too many is Too many pods, even for a pod requesting nothing', pods: 1, requests: undefined, want: '[U] Too many pods' },
    { name: 'Too many pods comes with the resource shortfalls', pods: 1, requests: { cpu: '7' }, want: '[U] Too many pods; Insufficient cpu' },
    { name: 'a node that states no resources checks nothing', pods: undefined, requests: { cpu: '100' }, want: 'ok' },
  ])('$name', ({ pods, requests, want }) => {
    const n = pods === undefined ? node({ unknownResources: true }) : node({ cpu: 10_000, pods });
    const setup = { nodes: [n], existing: [pod({ name: 'e', nodeName: 'node-1', requests: { cpu: '4' } })] };
    expect(runFilter(PLUGIN.NodeResourcesFit, setup, pod(requests === undefined ? {} : { requests }))['node-1']).toBe(want);
  });

  it('counts sidecars and the init peak like PodRequests (sidecar 500m, init 800m, app 700m → 1300m)', () => {
    const spec = {
      initContainers: [
        { name: 'sidecar', restartPolicy: 'Always', resources: { requests: { cpu: '500m' } } },
        { name: 'init', resources: { requests: { cpu: '800m' } } },
      ],
      containers: [{ name: 'app', resources: { requests: { cpu: '700m' } } }],
    };
    const setup = (cpu: number) => ({ nodes: [node({ cpu })] });
    expect(runFilter(PLUGIN.NodeResourcesFit, setup(1300), pod({ spec }))['node-1']).toBe('ok');
    expect(runFilter(PLUGIN.NodeResourcesFit, setup(1299), pod({ spec }))['node-1']).toBe('[UAR] Insufficient cpu');
  });
});

describe('NodeResourcesFit score (LeastAllocated, cpu and memory weight 1)', () => {
  it.each<{ name: string; nodes: NodeInfo[]; requests: Record<string, string> | undefined; want: Record<string, number> }>([
    {
      // least_allocated_test.go "nothing scheduled, resources requested, differently sized nodes"
      name: 'differently sized empty nodes score by the share left after the pod',
      nodes: [node({ name: 'a', cpu: 4000, memory: 10_000 }), node({ name: 'b', cpu: 6000, memory: 10_000 })],
      requests: { cpu: '3', memory: '5000' },
      want: { a: 37, b: 50 },
    },
    {
      name: 'a pod without requests counts as 100m and 200Mi (the non-zero defaults)',
      nodes: [node({ name: 'a', cpu: 1000, memory: 1000 * MI })],
      requests: undefined,
      want: { a: 85 },
    },
    {
      name: 'a requested share beyond the node scores 0 for that resource',
      nodes: [node({ name: 'a', cpu: 1000, memory: 10 * GI })],
      requests: { cpu: '2', memory: '0' },
      want: { a: 50 },
    },
  ])('$name', ({ nodes, requests, want }) => {
    expect(runScore(PLUGIN.NodeResourcesFit, { nodes }, pod(requests === undefined ? {} : { requests }))).toEqual(want);
  });
});
