import type { Diagnostic, Severity } from '../diagnostic.js';
import { displayRange, posixPath, sortDiagnostics, withObject } from './display.js';
import type { LintReport } from './lint-report.js';

type AnnotationCommand = 'error' | 'warning' | 'notice';
const COMMAND: Readonly<Record<Severity, AnnotationCommand>> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation per diagnostic:
 * `::error file=k8s/app.yaml,line=12,col=5,endLine=12,endColumn=12,title=kubeplan rule-id::message (Kind/ns/name)`.
 *
 * Columns are sent only for single-line ranges: the runner ignores (and the toolkit forbids) `col`/`endColumn`
 * when `line` and `endLine` differ. `file` is the repo-relative POSIX path the runner expects.
 * GitHub shows at most 10 annotations of each level per step; the rest stay visible in the log only.
 */
export function renderGithub(report: LintReport): string {
  return sortDiagnostics(report.diagnostics)
    .map((d) => `${annotation(d)}\n`)
    .join('');
}

function annotation(d: Diagnostic): string {
  const r = displayRange(d.range);
  const props: [string, string | number][] = [['file', posixPath(d.file)], ['line', r.line]];
  if (r.line === r.endLine) props.push(['col', r.column], ['endLine', r.endLine], ['endColumn', r.endColumn]);
  else props.push(['endLine', r.endLine]);
  props.push(['title', `kubeplan ${d.rule}`]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[d.severity]} ${list}::${escapeData(withObject(d))}`;
}

/** Escaping of a command's message, as in actions/toolkit `command.ts` (`escapeData`). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property value, as in actions/toolkit `command.ts` (`escapeProperty`). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
