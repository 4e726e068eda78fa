import type { Diagnostic } from '../diagnostic.js';
import type { LintSummary } from '../report/lint-report.js';

/** Per-object outcome, as the lint pipeline records it. */
export interface ObjectOutcome {
  hasError?: boolean;
}

/** Counts for the summary line from the findings and per-object outcomes. */
export function summarize(
  diagnostics: readonly Diagnostic[],
  objects: readonly ObjectOutcome[],
  files: number,
  skipped: number,
): LintSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  const invalid = objects.filter((o) => o.hasError === true).length;
  return { resources: objects.length, files, valid: objects.length - invalid, invalid, errors, warnings, infos, skipped };
}

/** Adds up partial summaries (one per worker). */
export function mergeSummaries(parts: readonly LintSummary[]): LintSummary {
  const total: LintSummary = { resources: 0, files: 0, valid: 0, invalid: 0, errors: 0, warnings: 0, infos: 0, skipped: 0 };
  for (const p of parts) {
    for (const key of Object.keys(total) as (keyof LintSummary)[]) total[key] += p[key];
  }
  return total;
}
