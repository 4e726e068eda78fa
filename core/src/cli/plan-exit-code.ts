import { SEVERITY_RANK } from '../diagnostic.js';
import type { PlanDocument } from '../plan/plan-document.js';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.js';
import type { PlanFailOn } from './plan-args.js';

/** terraform plan -detailed-exitcode: the plan succeeded and there are changes. */
export const EXIT_CHANGES = 2;

/**
 * Whether applying the manifests would change anything: an object changes (against a base), pods move, or —
 * without a base — there is anything to create. Rejected objects alone change nothing.
 */
export function planHasChanges(doc: PlanDocument): boolean {
  if (doc.changes.length > 0 || doc.placements.length > 0) return true;
  return doc.objects.some((o) => o.action !== 'unchanged' && o.action !== 'rejected');
}

/**
 * `kubeplan plan`'s exit code, as CI users of terraform and kubeconform expect: 1 when the manifests have
 * findings at or above `--fail-on` (default: errors) or the API server would reject an object, else 0. Pending
 * pods are a prediction about capacity, not a broken manifest: they fail only with `--fail-on pending`.
 * `--fail-on none` never fails. With `--detailed-exitcode` (terraform's convention), a plan that does not
 * fail exits 2 when it has changes (see `planHasChanges`) and 0 when it has none. (Usage and input errors,
 * 2 — 1 with `--detailed-exitcode` — are decided before a plan exists.)
 */
export function planExitCode(doc: PlanDocument, failOn: PlanFailOn, detailed = false): number {
  const ok = detailed && planHasChanges(doc) ? EXIT_CHANGES : EXIT_OK;
  if (failOn.severity === 'none') return ok;
  const threshold = SEVERITY_RANK[failOn.severity];
  if (doc.diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold)) return EXIT_FINDINGS;
  if (doc.summary.rejected > 0 || doc.objects.some((o) => o.action === 'rejected')) return EXIT_FINDINGS;
  if (failOn.pending && (doc.summary.podsPending > 0 || doc.pods.some((p) => p.phase === 'Pending'))) return EXIT_FINDINGS;
  return ok;
}
