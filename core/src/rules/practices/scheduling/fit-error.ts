/**
 * kube-scheduler's FitError wording (pkg/scheduler/framework/types.go FitError.Error): `0/N nodes are available:`
 * then, per failure reason, how many nodes failed with it, the `"<count> <reason>"` strings sorted and joined.
 */

/** The NodeAffinity filter's reason (pkg/scheduler/framework/plugins/nodeaffinity ErrReasonPod). */
export const NODE_AFFINITY_REASON = "node(s) didn't match Pod's node affinity/selector";

/** The NodeResourcesFit filter's reasons (noderesources/fit.go). */
export const TOO_MANY_PODS_REASON = 'Too many pods';
export const insufficient = (resource: string): string => `Insufficient ${resource}`;

/** `0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 2 Insufficient cpu.` */
export function fitErrorMessage(nodeCount: number, reasons: ReadonlyMap<string, number>): string {
  const histogram = [...reasons].map(([reason, count]) => `${count} ${reason}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `0/${nodeCount} nodes are available: ${histogram.join(', ')}.`;
}
