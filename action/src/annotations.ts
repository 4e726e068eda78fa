/**
 * Which findings become annotations. GitHub shows 10 errors, 10 warnings and 10 notices per step and drops the
 * rest silently, so each level keeps its 10 best: findings in files the pull request changes only, those on a
 * changed line first, then in report order. The rest are counted for the summary. Pure.
 */
import { compareDiagnostics, type Diagnostic, type Severity } from '@kubeplan/core';
import type { ChangedLines } from './changed-lines.js';

export const ANNOTATIONS_PER_LEVEL = 10;
const LEVELS: readonly Severity[] = ['error', 'warning', 'info'];

export interface AnnotationChoice {
  /** Most severe first; file names relative to the repository root. */
  shown: Diagnostic[];
  /** Findings left out per level (over the limit, or outside the changed files). */
  hidden: Record<Severity, number>;
}

function onChangedLine(d: Diagnostic, lines: ReadonlySet<number> | undefined): boolean {
  if (lines === undefined) return false;
  for (let n = d.range.start.line + 1; n <= d.range.end.line + 1; n++) if (lines.has(n)) return true;
  return false;
}

/**
 * `diagnostics` with repository-relative file names; `changed` undefined when there is no base to compare with
 * (push, manual runs): every file counts as changed and no line is preferred.
 */
export function chooseAnnotations(diagnostics: readonly Diagnostic[], changed: ChangedLines | undefined, limit = ANNOTATIONS_PER_LEVEL): AnnotationChoice {
  const shown: Diagnostic[] = [];
  const hidden: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const level of LEVELS) {
    const all = diagnostics.filter((d) => d.severity === level);
    const inChanged = changed === undefined ? all : all.filter((d) => changed.has(d.file));
    const rank = (d: Diagnostic): number => (onChangedLine(d, changed?.get(d.file)) ? 0 : 1);
    const sorted = [...inChanged].sort((a, b) => rank(a) - rank(b) || compareDiagnostics(a, b));
    shown.push(...sorted.slice(0, limit));
    hidden[level] = all.length - Math.min(limit, sorted.length);
  }
  return { shown, hidden };
}

/** `3 more errors and 12 more warnings are not annotated`; empty when nothing was left out. */
export function hiddenNote(hidden: Record<Severity, number>): string {
  const parts = LEVELS.filter((l) => hidden[l] > 0).map((l) => `${hidden[l]} more ${l === 'info' ? 'notice' : l}${hidden[l] === 1 ? '' : 's'}`);
  if (parts.length === 0) return '';
  return `${parts.join(', ')} not annotated (GitHub shows 10 per level and step); all findings are in the plan below and the SARIF file.`;
}
