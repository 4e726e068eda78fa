import { ZERO_RANGE, type Diagnostic, type SourceRange } from '../diagnostic.js';
import type { LoadRuleId } from './load-rules.js';
import type { LoadResult, SkipReason } from './types.js';

/** A loader diagnostic: errors, except the info-level `skipped`. File-level problems sit at 0:0. */
export function loadDiagnostic(rule: LoadRuleId, message: string, file: string, range: SourceRange = ZERO_RANGE): Diagnostic {
  return { rule, severity: rule === 'skipped' ? 'info' : 'error', message, file, range };
}

/** Records a skipped input and its info diagnostic. */
export function addSkip(out: LoadResult, file: string, reason: SkipReason, message: string, docIndex?: number, range?: SourceRange): void {
  out.skipped.push(docIndex === undefined ? { file, reason } : { file, docIndex, reason });
  out.diagnostics.push(loadDiagnostic('skipped', message, file, range));
}
