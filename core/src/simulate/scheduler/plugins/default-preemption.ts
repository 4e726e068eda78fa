/**
 * DefaultPreemption (pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go and
 * pkg/scheduler/framework/preemption/preemption.go Evaluator.Preempt). When no node fits, a pod that may
 * preempt (preemptionPolicy is not Never) dry-runs preemption on the nodes whose filter status was
 * Unschedulable — never UnschedulableAndUnresolvable ones — until it has max(10% of them, 100) candidates,
 * picks one (pick-candidate.ts) and evicts its victims. Without a candidate it says why, node by node, as a
 * second FitError: `preemption: 0/N nodes are available: ...`.
 *
 * Upstream starts the dry run at a random offset; kubeplan starts at the first node of the walk order.
 */
import { fitErrorMessage } from '../framework/diagnosis.js';
import type { PluginHandle, PostFilterPlugin } from '../framework/plugin.js';
import { SUCCESS, unresolvable, unschedulable, type Status } from '../framework/status.js';
import { PLUGIN } from '../names.js';
import { pickCandidate, type Candidate } from '../preemption/pick-candidate.js';
import { selectVictimsOnNode } from '../preemption/select-victims.js';

export const ERR_REASON_NOT_HELPFUL = 'Preemption is not helpful for scheduling';
export const NOT_ELIGIBLE_NEVER = 'not eligible due to preemptionPolicy=Never.';

/** DefaultPreemptionArgs defaults. */
const MIN_CANDIDATE_NODES_PERCENTAGE = 10;
const MIN_CANDIDATE_NODES_ABSOLUTE = 100;

/** calculateNumCandidates. */
export function numCandidates(potentialNodes: number): number {
  const n = Math.max(Math.floor((potentialNodes * MIN_CANDIDATE_NODES_PERCENTAGE) / 100), MIN_CANDIDATE_NODES_ABSOLUTE);
  return Math.min(n, potentialNodes);
}

export function defaultPreemption(handle: PluginHandle): PostFilterPlugin {
  const view = handle.view;
  const notHelpful = unresolvable(PLUGIN.DefaultPreemption, ERR_REASON_NOT_HELPFUL);
  const fail = (statuses: ReadonlyMap<string, Status>) =>
    ({ status: unschedulable(PLUGIN.DefaultPreemption, `preemption: ${fitErrorMessage(view.nodes.length, { nodeStatuses: statuses, absentStatus: notHelpful })}`) }) as const;
  return {
    name: PLUGIN.DefaultPreemption,
    postFilter(_state, pod, diagnosis) {
      if (pod.preemptNever) return { status: unschedulable(PLUGIN.DefaultPreemption, `preemption: ${NOT_ELIGIBLE_NEVER}`) };
      const potential = view.nodes.filter((n) => (diagnosis.nodeStatuses.get(n.name) ?? diagnosis.absentStatus)?.code === 'Unschedulable');
      const wanted = numCandidates(potential.length);
      const statuses = new Map<string, Status>();
      const candidates: Candidate[] = [];
      for (const node of potential) {
        const r = selectVictimsOnNode(view, handle.framework(), pod, node);
        if (r.status === SUCCESS && r.victims.length > 0) {
          candidates.push({ node, victims: r.victims });
          if (candidates.length >= wanted) break;
        } else statuses.set(node.name, r.status === SUCCESS ? notHelpful : r.status);
      }
      const best = pickCandidate(candidates);
      if (best === undefined) return fail(statuses);
      return { status: SUCCESS, node: best.node, victims: best.victims };
    },
  } satisfies PostFilterPlugin;
}
