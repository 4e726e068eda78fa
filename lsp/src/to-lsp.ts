/**
 * The one place where core's results become LSP types. Core positions are already 0-based lines and UTF-16
 * columns, as LSP counts them; only the names differ.
 */
import { ruleDocsUrl, type Diagnostic, type Fix, type Severity, type SourceRange, type TextEdit } from '@kubeplan/core';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';

/** `source` of every diagnostic: users run kubeplan beside yaml-language-server, so findings say whose they are. */
export const DIAGNOSTIC_SOURCE = 'kubeplan';

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries back to the server in a code action request (`Diagnostic.data`). */
export interface DiagnosticData {
  rule: string;
  fix?: Fix;
  path?: string;
  object?: string;
}

export function toRange(r: SourceRange): Range {
  return { start: { line: r.start.line, character: r.start.col }, end: { line: r.end.line, character: r.end.col } };
}

export function fromRange(r: Range): SourceRange {
  return { start: { line: r.start.line, col: r.start.character }, end: { line: r.end.line, col: r.end.character } };
}

export function toTextEdit(e: TextEdit): LspTextEdit {
  return { range: toRange(e.range), newText: e.newText };
}

export function toDiagnostic(d: Diagnostic): LspDiagnostic {
  const data: DiagnosticData = { rule: d.rule };
  if (d.fix !== undefined) data.fix = d.fix;
  if (d.path !== undefined) data.path = d.path;
  if (d.object !== undefined) data.object = d.object;
  return {
    range: toRange(d.range),
    severity: SEVERITIES[d.severity],
    code: d.rule,
    codeDescription: { href: ruleDocsUrl(d.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    data,
  };
}

/** The data a client sent back with a diagnostic, if it is ours and well formed. */
export function diagnosticData(d: LspDiagnostic): DiagnosticData | undefined {
  const data: unknown = d.data;
  if (d.source !== DIAGNOSTIC_SOURCE || data === null || typeof data !== 'object') return undefined;
  const rule = (data as { rule?: unknown }).rule;
  return typeof rule === 'string' ? (data as DiagnosticData) : undefined;
}
