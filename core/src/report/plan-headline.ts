import type { PlanSummary } from '../plan/plan-document.js';

/**
 * The plan's last line, terraform's words: `Plan: 2 to add, 3 to change, 1 to destroy. Rollouts: 2 (1 stuck).
 * Pods: 9 scheduled, 1 pending.` Rejected objects, when there are any, join the object counts (`..., 0 to
 * destroy, 1 rejected.`); the rollouts part is there only when the plan rolls something out.
 */
export function planHeadline(s: PlanSummary): string {
  const rejected = s.rejected > 0 ? `, ${s.rejected} rejected` : '';
  const rollouts = s.rollouts > 0 ? ` Rollouts: ${s.rollouts}${s.stuckRollouts > 0 ? ` (${s.stuckRollouts} stuck)` : ''}.` : '';
  return `Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy${rejected}.${rollouts} Pods: ${s.podsScheduled} scheduled, ${s.podsPending} pending.`;
}
