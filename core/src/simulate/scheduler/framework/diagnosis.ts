/**
 * Why a pod fits nowhere (framework.Diagnosis) and the message kube-scheduler writes for it (FitError.Error in
 * pkg/scheduler/framework/types.go):
 *
 *   0/<all nodes> nodes are available: <PreFilter message | reason histogram>. <PostFilter message>
 *
 * The histogram counts, for every reason string, the nodes whose status carries it (a node with two reasons
 * counts under both), nodes without a status of their own count under the absent-nodes status, and the
 * rendered `<count> <reason>` strings are sorted as strings (so the count is part of the sort key).
 */
import { statusMessage, type Status } from './status.js';

/** Why no node fits: per-node statuses and the PreFilter/PostFilter messages. */
export interface Diagnosis {
  /** Filter statuses of the nodes that failed, by node name, in evaluation order. */
  readonly nodeStatuses: ReadonlyMap<string, Status>;
  /** The status of every node without one of its own (PreFilter rejected the pod, or a PreFilterResult left it out). */
  readonly absentStatus?: Status;
  /** Set when a PreFilter plugin rejected the pod: the message replaces the histogram. */
  readonly preFilterMessage?: string;
  /** The PostFilter plugins' message (`preemption: ...`). */
  readonly postFilterMessage?: string;
}

/** NoNodeAvailableMsg's sibling for an empty cluster (schedule_one.go ErrNoNodesAvailable). */
export const NO_NODES_AVAILABLE = 'no nodes available to schedule pods';

/** Go's sort.Strings: byte order, which for these ASCII strings is code-unit order. */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function histogram(numAllNodes: number, d: Diagnosis): string[] {
  const counts = new Map<string, number>();
  for (const status of d.nodeStatuses.values()) for (const r of status.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const absent = numAllNodes - d.nodeStatuses.size;
  if (absent > 0 && d.absentStatus !== undefined) for (const r of d.absentStatus.reasons) counts.set(r, (counts.get(r) ?? 0) + absent);
  return [...counts].map(([reason, n]) => `${n} ${reason}`).sort(byteOrder);
}

/** FitError.Error. */
export function fitErrorMessage(numAllNodes: number, d: Diagnosis): string {
  let msg = `0/${numAllNodes} nodes are available:`;
  if (d.preFilterMessage !== undefined && d.preFilterMessage !== '') msg += ` ${d.preFilterMessage}.`;
  else {
    const reasons = histogram(numAllNodes, d);
    if (reasons.length > 0) msg += ` ${reasons.join(', ')}.`;
  }
  if (d.postFilterMessage !== undefined && d.postFilterMessage !== '') msg += ` ${d.postFilterMessage}`;
  return msg;
}

/** A diagnosis where PreFilter rejected the pod: every node shares that status. */
export function preFilterDiagnosis(status: Status): Diagnosis {
  return { nodeStatuses: new Map(), absentStatus: status, preFilterMessage: statusMessage(status) };
}
