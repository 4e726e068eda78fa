import { describe, expect, it } from 'vitest';
import { deletionReason, podsToDelete } from '../../../src/simulate/controllers/pods-to-delete.js';
import type { SimObject } from '../../../src/simulate/types.js';
import { declared } from './run-to-fixed-point.js';

interface PodShape {
  node?: string;
  phase?: string;
  ready?: boolean;
  cost?: string;
  restarts?: number;
}

function pod(name: string, seq: number, shape: PodShape = {}): SimObject {
  const { node, phase = 'Running', ready = true, cost, restarts = 0 } = shape;
  return declared(
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, ...(cost === undefined ? {} : { annotations: { 'controller.kubernetes.io/pod-deletion-cost': cost } }) },
      spec: { ...(node === undefined ? {} : { nodeName: node }) },
      status: { phase, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }], containerStatuses: [{ name: 'app', restartCount: restarts }] },
    },
    seq,
  );
}

// Upstream: pkg/controller/controller_utils.go ActivePodsWithRanks.Less, controller_utils_test.go
// TestSortingActivePodsWithRanks; replicaset getPodsToDelete / getPodsRankedByRelatedPodsOnSameNode.
describe('podsToDelete (ActivePodsWithRanks)', () => {
  it.each([
    { name: 'an unassigned pod goes before an assigned one', pods: [pod('a', 0, { node: 'n1' }), pod('b', 1, { phase: 'Pending', ready: false })], first: 'b' },
    { name: 'a Pending pod goes before a Running one', pods: [pod('a', 0, { node: 'n1' }), pod('b', 1, { node: 'n1', phase: 'Pending', ready: false })], first: 'b' },
    { name: 'an Unknown pod goes before a Running one', pods: [pod('a', 0, { node: 'n1' }), pod('b', 1, { node: 'n1', phase: 'Unknown' })], first: 'b' },
    { name: 'a pod that is not ready goes before a ready one', pods: [pod('a', 1, { node: 'n1' }), pod('b', 0, { node: 'n1', ready: false })], first: 'b' },
    { name: 'a lower deletion cost goes first', pods: [pod('a', 1, { node: 'n1', cost: '10' }), pod('b', 0, { node: 'n2', cost: '-5' })], first: 'b' },
    { name: 'a malformed deletion cost counts as 0', pods: [pod('a', 1, { node: 'n1', cost: 'high' }), pod('b', 0, { node: 'n2', cost: '1' })], first: 'a' },
    { name: 'a pod on a node with more siblings goes first', pods: [pod('a', 2, { node: 'n1' }), pod('b', 0, { node: 'n2' }), pod('c', 1, { node: 'n2' })], first: 'c' },
    { name: 'more restarts go first', pods: [pod('a', 1, { node: 'n1' }), pod('b', 0, { node: 'n2', restarts: 4 })], first: 'b' },
    { name: 'otherwise the newer pod goes first', pods: [pod('a', 0, { node: 'n1' }), pod('b', 1, { node: 'n2' })], first: 'b' },
  ])('$name', ({ pods, first }) => {
    expect(podsToDelete(pods, 1).map((p) => p.name)).toEqual([first]);
  });

  it('counts the related pods of sibling ReplicaSets for the doubled-up rank', () => {
    const mine = [pod('a', 0, { node: 'n1' }), pod('b', 1, { node: 'n2' })];
    const sibling = pod('x', 2, { node: 'n1' });
    expect(podsToDelete(mine, 1, [...mine, sibling]).map((p) => p.name)).toEqual(['a']);
  });

  it('returns as many pods as asked, never more than there are', () => {
    const pods = [pod('a', 0, { node: 'n1' }), pod('b', 1, { node: 'n1' })];
    expect(podsToDelete(pods, 5)).toHaveLength(2);
    expect(podsToDelete(pods, 0)).toEqual([]);
  });
});

// The reason the plan gives for a scale-down victim: the first ActivePodsWithRanks rule that put it first.
describe('deletionReason', () => {
  it.each([
    { name: 'an unassigned pod', victim: pod('v', 0, { phase: 'Pending', ready: false }), kept: pod('k', 1, { node: 'n1' }), reason: 'not scheduled to a node' },
    { name: 'a Pending pod on a node', victim: pod('v', 0, { node: 'n1', phase: 'Pending', ready: false }), kept: pod('k', 1, { node: 'n1' }), reason: 'phase Pending' },
    { name: 'a pod that is not ready', victim: pod('v', 0, { node: 'n1', ready: false }), kept: pod('k', 1, { node: 'n1' }), reason: 'not ready' },
    { name: 'a lower deletion cost', victim: pod('v', 0, { node: 'n1', cost: '-5' }), kept: pod('k', 1, { node: 'n2' }), reason: 'lower pod-deletion-cost (-5 < 0)' },
    { name: 'more restarts', victim: pod('v', 0, { node: 'n1', restarts: 3 }), kept: pod('k', 1, { node: 'n2' }), reason: 'more container restarts' },
    { name: 'a newer pod', victim: pod('v', 1, { node: 'n1' }), kept: pod('k', 0, { node: 'n2' }), reason: 'newer' },
    { name: 'a pod the ranking puts after the kept one', victim: pod('v', 0, { node: 'n1' }), kept: pod('k', 1, { node: 'n2' }), reason: 'ranked first by the ReplicaSet controller' },
  ])('names $name', ({ victim, kept, reason }) => {
    expect(deletionReason(victim, kept, [victim, kept])).toBe(reason);
  });

  it('names a crowded node', () => {
    const victim = pod('v', 0, { node: 'n1' });
    const kept = pod('k', 1, { node: 'n2' });
    expect(deletionReason(victim, kept, [victim, kept, pod('x', 2, { node: 'n1' })])).toBe('more pods of the workload on its node (2 on n1, 1 on n2)');
  });
});
