import type { PlanSummary } from '../plan/plan-document.js';

/**
 * The plan's last line, terraform's words: `Plan: 14 to add, 0 to change, 0 to destroy. Pods: 9 scheduled,
 * 1 pending.` Rejected objects, when there are any, join the object counts (`..., 0 to destroy, 1 rejected.`).
 */
export function planHeadline(s: PlanSummary): string {
  const rejected = s.rejected > 0 ? `, ${s.rejected} rejected` : '';
  return `Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy${rejected}. Pods: ${s.podsScheduled} scheduled, ${s.podsPending} pending.`;
}
