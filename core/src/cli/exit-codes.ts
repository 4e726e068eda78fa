import { SEVERITY_RANK } from '../diagnostic.js';
import type { LintReport } from '../report/lint-report.js';
import type { FailOn } from './args.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** 1 when any finding is at or above `failOn`, else 0. */
export function exitCodeFor(report: LintReport, failOn: FailOn): number {
  if (failOn === 'none') return EXIT_OK;
  const threshold = SEVERITY_RANK[failOn];
  return report.diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold) ? EXIT_FINDINGS : EXIT_OK;
}
