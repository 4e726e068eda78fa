/**
 * NodeResourcesFit (pkg/scheduler/framework/plugins/noderesources/fit.go, least_allocated.go). Filter
 * (fitsRequest): one more pod within `pods`, then each requested resource within allocatable − requested;
 * every shortfall is reported together, and a request larger than the whole node is UnschedulableAndUnresolvable
 * (preemption cannot help). Score (LeastAllocated, cpu and memory weight 1): for each resource
 * (allocatable − requested) × 100 / allocatable with the non-zero defaults (100m, 200Mi) for pods that state
 * none, averaged by weight. The pod's requests are digested once in PodInfo (upstream: PreFilter/PreScore).
 */
import type { NodeState } from '../cluster/node-state.js';
import type { PodInfo } from '../cluster/pod-info.js';
import { MAX_NODE_SCORE } from '../framework/normalize-score.js';
import type { FilterPlugin, ScorePlugin } from '../framework/plugin.js';
import { SUCCESS, unresolvable, unschedulable, type Status } from '../framework/status.js';
import { PLUGIN } from '../names.js';

export const ERR_REASON_TOO_MANY_PODS = 'Too many pods';

/** Bit per native shortfall, so the common statuses are built once and shared. */
const PODS = 1;
const CPU = 2;
const MEMORY = 4;
const EPHEMERAL = 8;
const UNRESOLVABLE = 16;

function statusOf(bits: number, scalar: readonly string[]): Status {
  const reasons: string[] = [];
  if (bits & PODS) reasons.push(ERR_REASON_TOO_MANY_PODS);
  if (bits & CPU) reasons.push('Insufficient cpu');
  if (bits & MEMORY) reasons.push('Insufficient memory');
  if (bits & EPHEMERAL) reasons.push('Insufficient ephemeral-storage');
  for (const name of scalar) reasons.push(`Insufficient ${name}`);
  return bits & UNRESOLVABLE ? unresolvable(PLUGIN.NodeResourcesFit, ...reasons) : unschedulable(PLUGIN.NodeResourcesFit, ...reasons);
}

/** Extended resources the node lacks room for, and whether the request exceeds the whole node. */
function insufficientScalar(requests: readonly (readonly [string, number])[], node: NodeState): [string, boolean][] {
  const out: [string, boolean][] = [];
  for (const [name, amount] of requests) {
    const alloc = node.allocScalar.get(name) ?? 0;
    if (amount > alloc - (node.requestedScalar.get(name) ?? 0)) out.push([name, amount > alloc]);
  }
  return out;
}

/** leastRequestedScore: the free share in 0–100, 0 when over-requested. */
function leastRequested(requested: number, capacity: number): number {
  if (requested > capacity) return 0;
  return Math.floor(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

/** LeastAllocated over cpu and memory (weight 1 each); a resource the node does not state is left out. */
export function leastAllocatedScore(pod: PodInfo, node: NodeState): number {
  let sum = 0;
  let weights = 0;
  if (node.allocCpu > 0 && node.allocCpu !== Number.POSITIVE_INFINITY) {
    sum += leastRequested(node.nonZeroCpu + pod.resources.nonZeroCpu, node.allocCpu);
    weights++;
  }
  if (node.allocMemory > 0 && node.allocMemory !== Number.POSITIVE_INFINITY) {
    sum += leastRequested(node.nonZeroMemory + pod.resources.nonZeroMemory, node.allocMemory);
    weights++;
  }
  return weights === 0 ? 0 : Math.floor(sum / weights);
}

export function nodeResourcesFit(): FilterPlugin & ScorePlugin {
  const shared = new Map<number, Status>();
  return {
    name: PLUGIN.NodeResourcesFit,
    filter(_state, pod, node) {
      const r = pod.resources;
      let bits = 0;
      if (node.podCount + 1 > node.allocPods) bits |= PODS;
      if (r.cpu > 0 && r.cpu > node.allocCpu - node.requestedCpu) bits |= CPU | (r.cpu > node.allocCpu ? UNRESOLVABLE : 0);
      if (r.memory > 0 && r.memory > node.allocMemory - node.requestedMemory) bits |= MEMORY | (r.memory > node.allocMemory ? UNRESOLVABLE : 0);
      if (r.ephemeralStorage > 0 && r.ephemeralStorage > node.allocEphemeral - node.requestedEphemeral) {
        bits |= EPHEMERAL | (r.ephemeralStorage > node.allocEphemeral ? UNRESOLVABLE : 0);
      }
      if (r.scalar.length > 0) {
        const scalar = insufficientScalar(r.scalar, node);
        if (scalar.length > 0) return statusOf(bits | (scalar.some(([, unresolvableScalar]) => unresolvableScalar) ? UNRESOLVABLE : 0), scalar.map(([name]) => name));
      }
      if (bits === 0) return SUCCESS;
      let status = shared.get(bits);
      if (status === undefined) shared.set(bits, (status = statusOf(bits, [])));
      return status;
    },
    score(_state, pod, node) {
      return leastAllocatedScore(pod, node);
    },
  } satisfies FilterPlugin & ScorePlugin;
}
