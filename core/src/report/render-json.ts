import type { Diagnostic, Severity, TextEdit } from '../diagnostic.js';
import { displayRange, sortDiagnostics } from './display.js';
import type { LintReport, LintSummary } from './lint-report.js';

/** Version of the JSON document below; bump it on any incompatible change. */
export const LINT_JSON_SCHEMA_VERSION = 1;

/** One diagnostic in `--output json`: positions 1-based, like the text output. */
export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  object?: string;
  path?: string;
  fix?: { title: string; edits: JsonTextEdit[] };
}

export interface JsonTextEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  newText: string;
}

export interface JsonLintReport {
  schemaVersion: typeof LINT_JSON_SCHEMA_VERSION;
  kubeVersion: string;
  diagnostics: JsonDiagnostic[];
  summary: LintSummary;
}

/**
 * The stable, versioned machine-readable report. Keys are written in a fixed order (objects are built
 * field by field, never spread), so the same report always gives byte-identical output.
 */
export function renderJson(report: LintReport): string {
  const doc: JsonLintReport = {
    schemaVersion: LINT_JSON_SCHEMA_VERSION,
    kubeVersion: report.kubeVersion,
    diagnostics: sortDiagnostics(report.diagnostics).map(jsonDiagnostic),
    summary: jsonSummary(report.summary),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A diagnostic as `lint -o json` writes it (1-based lines and columns); `plan -o json` uses the same shape. */
export function jsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  const out: JsonDiagnostic = {
    file: d.file,
    ...displayRange(d.range),
    severity: d.severity,
    rule: d.rule,
    message: d.message,
  };
  if (d.object !== undefined) out.object = d.object;
  if (d.path !== undefined) out.path = d.path;
  if (d.fix !== undefined) out.fix = { title: d.fix.title, edits: d.fix.edits.map(jsonEdit) };
  return out;
}

function jsonEdit(e: TextEdit): JsonTextEdit {
  return { ...displayRange(e.range), newText: e.newText };
}

function jsonSummary(s: LintSummary): LintSummary {
  return {
    resources: s.resources,
    files: s.files,
    valid: s.valid,
    invalid: s.invalid,
    errors: s.errors,
    warnings: s.warnings,
    infos: s.infos,
    skipped: s.skipped,
  };
}
