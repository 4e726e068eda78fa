import { compareDiagnostics, type Diagnostic, type SourceRange } from '../diagnostic.js';

/**
 * How every renderer presents positions, paths and object references, so the formats agree with each other.
 */

/** A range as people and CI systems count: 1-based lines and columns, end never before start. */
export interface DisplayRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 0-based `SourceRange` → 1-based `DisplayRange`. A reversed range (a producer bug) collapses to its start. */
export function displayRange(range: SourceRange): DisplayRange {
  const line = range.start.line + 1;
  const column = range.start.col + 1;
  const endLine = range.end.line + 1;
  const endColumn = range.end.col + 1;
  const reversed = endLine < line || (endLine === line && endColumn < column);
  return reversed ? { line, column, endLine: line, endColumn: column } : { line, column, endLine, endColumn };
}

/** The report's diagnostics in the one stable order (file, position, rule, message); the input is not mutated. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/** `message (Kind/namespace/name)`, or the bare message for file-level problems. */
export function withObject(d: Pick<Diagnostic, 'message' | 'object'>): string {
  return d.object !== undefined ? `${d.message} (${d.object})` : d.message;
}

/**
 * A user-given path as a POSIX path relative to where kubeplan ran: `\` separators become `/` (Windows input)
 * and a leading `./` goes, so `./k8s\app.yaml` and `k8s/app.yaml` name the same file in SARIF and annotations.
 */
export function posixPath(file: string): string {
  let p = file.replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}
