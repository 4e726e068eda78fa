import type { Diagnostic } from '@kubeplan/core';
import { DocumentDiagnosticReportKind, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { toDiagnostic } from '../to-lsp.js';
import type { PlanSnapshot, Workspace } from '../workspace/workspace.js';

/** The result id of every file's report in a plan's workspace report. */
export function planResultId(plan: PlanSnapshot): string {
  return `plan-${plan.generation}`;
}

/**
 * Diagnostics of every Kubernetes file of the workspace that is not open, from the background plan (which
 * lints the whole set in its worker thread, off the server's thread). Open documents are left out: their
 * reports come from `textDocument/diagnostic`, fresh at every edit.
 */
export function workspaceReports(ws: Workspace, plan: PlanSnapshot): WorkspaceDocumentDiagnosticReport[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of plan.document.diagnostics) {
    if (d.rule === 'skipped' || d.rule === 'io-error') continue;
    const list = byFile.get(d.file);
    if (list === undefined) byFile.set(d.file, [d]);
    else list.push(d);
  }
  const resultId = planResultId(plan);
  return ws.index
    .all()
    .filter((f) => f.version === undefined && f.kubernetes && !ws.isExcluded(f.file))
    .map((f) => ({
      uri: ws.uris.toUri(f.file),
      version: null,
      kind: DocumentDiagnosticReportKind.Full,
      resultId,
      items: (byFile.get(f.file) ?? []).map(toDiagnostic),
    }));
}
