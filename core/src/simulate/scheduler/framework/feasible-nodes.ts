/**
 * Finding feasible nodes (schedule_one.go findNodesThatPassFilters, numFeasibleNodesToFind). In clusters of
 * 100 nodes or more the scan stops once enough nodes pass — percentageOfNodesToScore of them, adaptive by
 * default (50% − 1% per 125 nodes, at least 5%, at least 100 nodes) — and the next pod's scan starts where
 * this one stopped, so every node gets its turn. Upstream filters in parallel and may overshoot by a few
 * nodes; kubeplan scans in order and stops exactly.
 */
import type { NodeState } from '../cluster/node-state.js';
import type { PodInfo } from '../cluster/pod-info.js';
import type { CycleState } from './cycle-state.js';
import type { FilterPlugin, FrameworkRunner } from './plugin.js';
import { SUCCESS, type Status } from './status.js';

/** minFeasibleNodesToFind: below this many nodes every node is searched. */
export const MIN_FEASIBLE_NODES_TO_FIND = 100;
/** minFeasibleNodesPercentageToFind: the adaptive percentage's floor. */
export const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

/** numFeasibleNodesToFind: how many feasible nodes end the scan. */
export function numFeasibleNodesToFind(percentageOfNodesToScore: number | undefined, numAllNodes: number): number {
  if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) return numAllNodes;
  let percentage = percentageOfNodesToScore ?? 0;
  if (percentage === 0) percentage = Math.max(50 - Math.trunc(numAllNodes / 125), MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND);
  const n = Math.trunc((numAllNodes * percentage) / 100);
  return Math.min(Math.max(n, MIN_FEASIBLE_NODES_TO_FIND), numAllNodes);
}

/** The outcome of one scan. */
export interface FilterPass {
  /** Feasible nodes, in scan order. */
  readonly feasible: NodeState[];
  /** Failed nodes and their status, in scan order. */
  readonly statuses: Map<string, Status>;
  /** How many nodes were scanned (feasible and failed). */
  scannedCount: number;
  /** The nodes scanned, in order — recorded only for explanations. */
  readonly scanned?: NodeState[];
}

/**
 * Filters `nodes` starting at `start` (wrapping) until `limit` nodes pass or every node was tried; `record`
 * keeps the scan order for explanations.
 */
export function findFeasibleNodes(
  runner: FrameworkRunner,
  state: CycleState,
  pod: PodInfo,
  filters: readonly FilterPlugin[],
  nodes: readonly NodeState[],
  start: number,
  limit: number,
  record = false,
): FilterPass {
  const pass: FilterPass = { feasible: [], statuses: new Map(), scannedCount: 0, ...(record ? { scanned: [] } : {}) };
  const n = nodes.length;
  for (let i = 0; i < n && pass.feasible.length < limit; i++) {
    const node = nodes[(start + i) % n] as NodeState;
    pass.scannedCount++;
    pass.scanned?.push(node);
    const status = runner.runFilters(state, pod, node, filters);
    if (status === SUCCESS) pass.feasible.push(node);
    else pass.statuses.set(node.name, status);
  }
  return pass;
}
