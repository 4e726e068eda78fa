// numFeasibleNodesToFind, cases after upstream pkg/scheduler/schedule_one_test.go (TestNumFeasibleNodesToFind).
import { describe, expect, it } from 'vitest';
import { numFeasibleNodesToFind } from '../../../src/simulate/scheduler/framework/feasible-nodes.js';

describe('numFeasibleNodesToFind', () => {
  it.each([
    { name: 'fewer than 100 nodes are all searched', percentage: undefined, nodes: 10, want: 10 },
    { name: 'a percentage does not shrink a cluster under 100 nodes', percentage: 40, nodes: 10, want: 10 },
    { name: 'the adaptive default for 1000 nodes is 42%', percentage: undefined, nodes: 1000, want: 420 },
    { name: 'a set percentage applies from 100 nodes on', percentage: 40, nodes: 1000, want: 400 },
    { name: 'the adaptive default for 5000 nodes is 10%', percentage: undefined, nodes: 5000, want: 500 },
    { name: 'the adaptive default never goes under 5%', percentage: undefined, nodes: 6000, want: 300 },
    { name: 'a set percentage applies to large clusters', percentage: 40, nodes: 6000, want: 2400 },
    { name: 'at least 100 nodes are searched', percentage: 1, nodes: 1000, want: 100 },
    { name: '100% searches every node', percentage: 100, nodes: 1000, want: 1000 },
  ])('$name', ({ percentage, nodes, want }) => {
    expect(numFeasibleNodesToFind(percentage, nodes)).toBe(want);
  });
});
