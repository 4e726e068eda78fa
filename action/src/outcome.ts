/** The step's outputs and its verdict under `fail-on`. Pure. */
import type { PlanDocument } from '@kubeplan/core';
import type { FailOn } from './inputs.js';

export interface Counts {
  errors: number;
  warnings: number;
  changes: number;
  pendingPods: number;
  stuckRollouts: number;
  rejected: number;
}

export function countsOf(doc: PlanDocument): Counts {
  return {
    errors: doc.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: doc.diagnostics.filter((d) => d.severity === 'warning').length,
    changes: doc.changes.length,
    pendingPods: doc.summary.podsPending,
    stuckRollouts: doc.summary.stuckRollouts,
    rejected: doc.summary.rejected,
  };
}

/**
 * Why the step fails, or undefined when it passes. `error` (default): error findings or rejected objects;
 * `warning`: also warnings; `pending`: errors or Pending pods; `stuck`: errors or stuck rollouts; `never`.
 */
export function failureReason(c: Counts, failOn: FailOn): string | undefined {
  if (failOn === 'never') return undefined;
  const reasons: string[] = [];
  if (c.errors > 0) reasons.push(`${c.errors} error${c.errors === 1 ? '' : 's'}`);
  if (c.rejected > 0) reasons.push(`${c.rejected} object${c.rejected === 1 ? '' : 's'} rejected`);
  if (failOn === 'warning' && c.warnings > 0) reasons.push(`${c.warnings} warning${c.warnings === 1 ? '' : 's'}`);
  if (failOn === 'pending' && c.pendingPods > 0) reasons.push(`${c.pendingPods} pod${c.pendingPods === 1 ? '' : 's'} pending`);
  if (failOn === 'stuck' && c.stuckRollouts > 0) reasons.push(`${c.stuckRollouts} rollout${c.stuckRollouts === 1 ? '' : 's'} stuck`);
  return reasons.length === 0 ? undefined : `kubeplan: ${reasons.join(', ')} (fail-on: ${failOn})`;
}

/** The `$GITHUB_OUTPUT` values. */
export function outputsOf(c: Counts, planJson: string, summaryMarkdown: string): Record<string, string> {
  return {
    errors: String(c.errors),
    warnings: String(c.warnings),
    changes: String(c.changes),
    'pending-pods': String(c.pendingPods),
    'stuck-rollouts': String(c.stuckRollouts),
    'plan-json': planJson,
    'summary-markdown': summaryMarkdown,
  };
}
