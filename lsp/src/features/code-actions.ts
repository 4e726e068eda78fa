import {
  ignoreAnnotationEdits,
  ignoreCommentEdit,
  formatTaint,
  isSafeFix,
  ruleFixes,
  type Diagnostic,
  type EditTarget,
  type Fix,
  type Manifest,
  type TextEdit,
} from '@kubeplan/core';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE, diagnosticData, fromRange, toTextEdit, type DiagnosticData } from '../to-lsp.js';
import type { IndexedFile } from '../workspace/workspace-index.js';
import type { Workspace } from '../workspace/workspace.js';
import { fileDiagnostics } from './diagnostics.js';

/** The object written at a line of the file (the last one starting at or above it). */
function manifestAtLine(f: IndexedFile, line: number): Manifest | undefined {
  let found: Manifest | undefined;
  for (const m of f.loaded.manifests) {
    const r = m.source.positions.documentRange;
    if (r.start.line <= line && line <= r.end.line) found = m;
  }
  return found;
}

function target(f: IndexedFile, m: Manifest): EditTarget {
  return { text: f.text, object: m.object, positions: m.source.positions };
}

function action(ws: Workspace, f: IndexedFile, title: string, edits: readonly TextEdit[], kind: string, diagnostic?: LspDiagnostic, preferred = false): CodeAction {
  const a: CodeAction = { title, kind, edit: { changes: { [ws.uris.toUri(f.file)]: edits.map(toTextEdit) } } };
  if (diagnostic !== undefined) a.diagnostics = [diagnostic];
  if (preferred) a.isPreferred = true;
  return a;
}

/**
 * What a diagnostic of ours carries, from its `data`, or — for clients that do not send `data` back — from the
 * server's own findings at the same place.
 */
function dataOf(ws: Workspace, f: IndexedFile, lsp: LspDiagnostic): DiagnosticData | undefined {
  const data = diagnosticData(lsp);
  if (data !== undefined || lsp.source !== DIAGNOSTIC_SOURCE) return data;
  const same = fileDiagnostics(ws, f).find(
    (d) => d.rule === lsp.code && d.message === lsp.message && d.range.start.line === lsp.range.start.line && d.range.start.col === lsp.range.start.character,
  );
  return same === undefined ? undefined : { rule: same.rule, ...(same.fix ? { fix: same.fix } : {}), ...(same.path ? { path: same.path } : {}) };
}

/** The quick fixes of one of our diagnostics: its own fix, the server's fixes for its rule, then "ignore" actions. */
function actionsFor(ws: Workspace, f: IndexedFile, lsp: LspDiagnostic): CodeAction[] {
  const data = dataOf(ws, f, lsp);
  if (data === undefined) return [];
  const d: Diagnostic = { rule: data.rule, severity: 'error', message: lsp.message, file: f.file, range: fromRange(lsp.range) };
  if (data.path !== undefined) d.path = data.path;
  if (data.fix !== undefined) d.fix = data.fix;
  const m = manifestAtLine(f, lsp.range.start.line);
  const clusterTaints = (ws.project.cluster?.nodes ?? []).flatMap((n) => n.taints.map(formatTaint));
  const fixes: Fix[] = [...(data.fix === undefined ? [] : [data.fix]), ...(m === undefined ? [] : ruleFixes(d, target(f, m), { clusterTaints }))];
  const out = fixes.map((fx, i) => action(ws, f, fx.title, fx.edits, CodeActionKind.QuickFix, lsp, i === 0 && isSafeFix(d)));
  out.push(action(ws, f, `Ignore ${data.rule} here (comment)`, [ignoreCommentEdit(f.text, lsp.range.start.line, data.rule)], CodeActionKind.QuickFix, lsp));
  const annotation = m === undefined ? undefined : ignoreAnnotationEdits(target(f, m), data.rule);
  if (annotation !== undefined && annotation.length > 0) {
    out.push(action(ws, f, `Ignore ${data.rule} for this object (kubeplan.io/ignore annotation)`, annotation, CodeActionKind.QuickFix, lsp));
  }
  return out;
}

/**
 * Code actions for a range: the quick fixes of the diagnostics there (rules' own fixes, core's editor fixes for
 * rules without one: selector labels, a resources block, a toleration for the cluster's taint) and "ignore this
 * rule here" as a comment or an annotation.
 */
export function codeActions(ws: Workspace, f: IndexedFile, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  if (only !== undefined && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  return params.context.diagnostics.flatMap((d) => actionsFor(ws, f, d));
}
