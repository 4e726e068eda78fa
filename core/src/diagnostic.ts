/**
 * The one shape every finding takes, whatever produced it (loader, schema, rules, simulation).
 * Positions are 0-based lines and UTF-16 columns, as in LSP; text renderers add 1 at the edge.
 */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Higher is worse. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  col: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
}

/** A text edit in the file the diagnostic belongs to. */
export interface TextEdit {
  range: SourceRange;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  /** Stable kebab-case rule id, e.g. `yaml-syntax`, `schema-unknown-field`. */
  rule: string;
  severity: Severity;
  message: string;
  /** File path as given by the user (or `<stdin>`). */
  file: string;
  range: SourceRange;
  /** `Kind/namespace/name` or `Kind/name` for cluster-scoped objects. */
  object?: string;
  /** JSON path of the offending field, e.g. `spec.template.spec.containers[0].image`. */
  path?: string;
  fix?: Fix;
}

export const ZERO_RANGE: SourceRange = { start: { line: 0, col: 0 }, end: { line: 0, col: 0 } };

/** Stable ordering: file, then position, then rule, then message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.col - b.range.start.col ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
