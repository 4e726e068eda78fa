import { SEVERITY_RANK } from '../diagnostic.js';
import type { PlanDocument } from '../plan/plan-document.js';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.js';
import type { PlanFailOn } from './plan-args.js';

/**
 * `kubeplan plan`'s exit code, as CI users of terraform and kubeconform expect: 1 when the manifests have
 * findings at or above `--fail-on` (default: errors) or the API server would reject an object, else 0. Pending
 * pods are a prediction about capacity, not a broken manifest: they fail only with `--fail-on pending`.
 * `--fail-on none` always gives 0. (2, usage and input errors, is decided before a plan exists.)
 */
export function planExitCode(doc: PlanDocument, failOn: PlanFailOn): number {
  if (failOn.severity === 'none') return EXIT_OK;
  const threshold = SEVERITY_RANK[failOn.severity];
  if (doc.diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold)) return EXIT_FINDINGS;
  if (doc.summary.rejected > 0 || doc.objects.some((o) => o.action === 'rejected')) return EXIT_FINDINGS;
  if (failOn.pending && (doc.summary.podsPending > 0 || doc.pods.some((p) => p.phase === 'Pending'))) return EXIT_FINDINGS;
  return EXIT_OK;
}
