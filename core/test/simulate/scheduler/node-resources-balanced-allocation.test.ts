// NodeResourcesBalancedAllocation, cases after upstream
// pkg/scheduler/framework/plugins/noderesources/balanced_allocation_test.go (TestNodeResourcesBalancedAllocation).
import { describe, expect, it } from 'vitest';
import { PLUGIN } from '../../../src/simulate/scheduler/names.js';
import { node, pod, runScore } from './builders.js';

describe('NodeResourcesBalancedAllocation score ((1 − |cpu share − memory share| / 2) × 100)', () => {
  it.each([
    { name: 'a best-effort pod skips the plugin', nodes: [node({ name: 'a' })], existing: [], requests: undefined, want: 'skip' as const },
    {
      name: 'differently sized empty nodes: 3000m/5000 of 4000m/10000 scores 87, of 6000m/10000 scores 100',
      nodes: [node({ name: 'a', cpu: 4000, memory: 10_000 }), node({ name: 'b', cpu: 6000, memory: 10_000 })],
      existing: [],
      requests: { cpu: '3', memory: '5000' },
      want: { a: 87, b: 100 },
    },
    {
      name: 'pods already on the node count with their real requests',
      nodes: [node({ name: 'a', cpu: 10_000, memory: 20_000 })],
      existing: [pod({ name: 'e', nodeName: 'a', requests: { cpu: '3', memory: '5000' } })],
      requests: { cpu: '3', memory: '5000' },
      want: { a: 95 },
    },
    {
      name: 'a share over the node is capped at 1',
      nodes: [node({ name: 'a', cpu: 1000, memory: 10_000 })],
      existing: [],
      requests: { cpu: '2', memory: '0' },
      want: { a: 50 },
    },
  ])('$name', ({ nodes, existing, requests, want }) => {
    expect(runScore(PLUGIN.NodeResourcesBalancedAllocation, { nodes, existing }, pod(requests === undefined ? {} : { requests }))).toEqual(want);
  });
});
