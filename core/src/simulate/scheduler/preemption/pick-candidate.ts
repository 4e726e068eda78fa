/**
 * pickOneNodeForPreemption (pkg/scheduler/framework/preemption/preemption.go): among the nodes where
 * preemption works, prefer, in order: the fewest PodDisruptionBudget violations (none are modelled); the
 * lowest priority among the most important victims; the smallest sum of victim priorities; the fewest
 * victims; the latest start among the highest-priority victims. Upstream then takes the first remaining node
 * of an unordered map; kubeplan takes the first by name.
 */
import type { NodeState, PodRecord } from '../cluster/node-state.js';

/** A node where preemption works, with the pods it would evict. */
export interface Candidate {
  readonly node: NodeState;
  /** Most important first. */
  readonly victims: readonly PodRecord[];
}

/** 2^31: added to every priority so that sums of negative priorities still order by count. */
const PRIORITY_OFFSET = 2147483648;

/** GetEarliestPodStartTime: the earliest start among the victims of the highest priority (bind order here). */
function earliestStartOfTop(victims: readonly PodRecord[]): number {
  let top = Number.NEGATIVE_INFINITY;
  let earliest = Number.POSITIVE_INFINITY;
  for (const v of victims) {
    if (v.info.priority > top) {
      top = v.info.priority;
      earliest = v.seq;
    } else if (v.info.priority === top) earliest = Math.min(earliest, v.seq);
  }
  return earliest;
}

/** Higher is better, applied in order until one node remains. */
const SCORES: readonly ((c: Candidate) => number)[] = [
  (c) => -(c.victims[0]?.info.priority ?? 0),
  (c) => -c.victims.reduce((sum, v) => sum + v.info.priority + PRIORITY_OFFSET, 0),
  (c) => -c.victims.length,
  (c) => earliestStartOfTop(c.victims),
];

/** The candidate preemption goes with; undefined for none. */
export function pickCandidate(candidates: readonly Candidate[]): Candidate | undefined {
  let remaining = [...candidates];
  for (const score of SCORES) {
    if (remaining.length <= 1) break;
    const best = Math.max(...remaining.map(score));
    remaining = remaining.filter((c) => score(c) === best);
  }
  return remaining.sort((a, b) => (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : 0))[0];
}
