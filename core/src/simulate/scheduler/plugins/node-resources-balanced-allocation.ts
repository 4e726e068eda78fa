/**
 * NodeResourcesBalancedAllocation (pkg/scheduler/framework/plugins/noderesources/balanced_allocation.go):
 * prefers nodes whose cpu and memory would be requested in equal shares. With the pod's real requests (no
 * non-zero defaults) each share is (requested + pod) / allocatable capped at 1; the score is
 * (1 − standard deviation) × 100, truncated — with two resources the deviation is |f_cpu − f_memory| / 2.
 * Best-effort pods (no cpu or memory request) skip it (kubernetes#129138).
 */
import { MAX_NODE_SCORE } from '../framework/normalize-score.js';
import type { PreScorePlugin, ScorePlugin } from '../framework/plugin.js';
import { SKIP, SUCCESS } from '../framework/status.js';
import { PLUGIN } from '../names.js';

function share(requested: number, allocatable: number): number | undefined {
  if (!(allocatable > 0) || allocatable === Number.POSITIVE_INFINITY) return undefined;
  return Math.min(1, requested / allocatable);
}

/**
 * balancedResourceScorer for the default resources (cpu, memory): (1 − |f_cpu − f_memory| / 2) × 100. A node
 * stating only one of them (or neither) has deviation 0.
 */
export function balancedScore(cpuShare: number | undefined, memoryShare: number | undefined): number {
  if (cpuShare === undefined || memoryShare === undefined) return MAX_NODE_SCORE;
  return Math.trunc((1 - Math.abs((cpuShare - memoryShare) / 2)) * MAX_NODE_SCORE);
}

export function nodeResourcesBalancedAllocation(): PreScorePlugin & ScorePlugin {
  return {
    name: PLUGIN.NodeResourcesBalancedAllocation,
    preScore(_state, pod) {
      return pod.resources.cpu === 0 && pod.resources.memory === 0 ? SKIP : SUCCESS;
    },
    score(_state, pod, node) {
      return balancedScore(share(node.requestedCpu + pod.resources.cpu, node.allocCpu), share(node.requestedMemory + pod.resources.memory, node.allocMemory));
    },
  } satisfies PreScorePlugin & ScorePlugin;
}
