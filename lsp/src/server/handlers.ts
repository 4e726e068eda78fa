import {
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type Connection,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Location,
  type SymbolInformation,
  type DocumentDiagnosticReport,
  type TextDocumentIdentifier,
  type WorkspaceDiagnosticReport,
} from 'vscode-languageserver/node.js';
import { codeActions } from '../features/code-actions.js';
import { codeLenses, PLAN_COMMAND } from '../features/code-lens.js';
import { completion } from '../features/completion.js';
import { documentDiagnostics } from '../features/diagnostics.js';
import { documentSymbols, flatDocumentSymbols, workspaceSymbols } from '../features/document-symbols.js';
import { foldingRanges } from '../features/folding-ranges.js';
import { hover } from '../features/hover.js';
import { definition, references } from '../features/navigation.js';
import { planCommandResult } from '../features/plan-command.js';
import { planResultId, workspaceReports } from '../features/workspace-diagnostics.js';
import { planJob } from '../plan/plan-job.js';
import type { IndexedFile } from '../workspace/workspace-index.js';
import type { Workspace } from '../workspace/workspace.js';
import { guard, yieldToMessages } from './guard.js';
import type { Session } from './session.js';

function cancelled(): ResponseError<{ retriggerRequest: boolean }> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, 'a newer edit superseded this request', { retriggerRequest: true });
}

/** Registers every request handler: each waits for the workspace, finds the document, and is guarded. */
export function registerHandlers(connection: Connection, session: Session): void {
  const log = session.log;
  /** The workspace and the indexed file of a document; undefined for documents the server does not know. */
  const at = async (doc: TextDocumentIdentifier): Promise<{ ws: Workspace; f: IndexedFile } | undefined> => {
    const ws = await session.current();
    const f = ws.file(doc.uri);
    return f === undefined ? undefined : { ws, f };
  };

  /** A guarded handler of a request about one document: the fallback when the server does not know the document. */
  const forDocument =
    <P extends { textDocument: TextDocumentIdentifier }, R>(name: string, fallback: R, run: (ws: Workspace, f: IndexedFile, p: P) => R) =>
    (p: P): Promise<R> =>
      guard(log, name, fallback, async () => {
        const c = await at(p.textDocument);
        return c === undefined ? fallback : run(c.ws, c.f, p);
      })();

  connection.onHover(forDocument('hover', null as Hover | null, (ws, f, p) => hover(ws, f, p.position)));
  connection.onCompletion(forDocument('completion', [] as CompletionItem[], (ws, f, p) => completion(ws, f, p.position)));
  connection.onDefinition(forDocument('definition', [] as Location[], (ws, f, p) => definition(ws, f, p.position)));
  connection.onReferences(forDocument('references', [] as Location[], (ws, f, p) => references(ws, f, p.position, p.context.includeDeclaration)));
  connection.onDocumentSymbol(
    forDocument('documentSymbol', [] as DocumentSymbol[] | SymbolInformation[], (ws, f) => (session.support.hierarchicalSymbols ? documentSymbols(f) : flatDocumentSymbols(ws, f))),
  );
  connection.onWorkspaceSymbol(guard(log, 'workspaceSymbol', [], async (p) => workspaceSymbols(await session.current(), p.query)));
  connection.onFoldingRanges(forDocument('foldingRange', [] as FoldingRange[], (_ws, f) => foldingRanges(f)));
  connection.onCodeAction(forDocument('codeAction', [] as CodeAction[], (ws, f, p) => codeActions(ws, f, p)));
  connection.onCodeLens(forDocument('codeLens', [] as CodeLens[], (ws, f) => codeLenses(ws, f)));
  connection.onExecuteCommand(guard(log, 'executeCommand', null, async (p) => {
    if (p.command !== PLAN_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${p.command}`);
    const ws = await session.current();
    const latest = ws.plan;
    if (latest !== undefined && latest.generation === ws.index.generation) return planCommandResult(latest);
    const done = await session.planner.planNow(() => planJob(ws));
    if (done === undefined) throw new ResponseError(ErrorCodes.InternalError, 'the plan failed; see the server log');
    return planCommandResult({ generation: done.generation, document: done.document, ms: done.ms });
  }));

  connection.languages.diagnostics.on(guard(log, 'textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] } as DocumentDiagnosticReport, async (p, token: CancellationToken): Promise<DocumentDiagnosticReport> => {
    await yieldToMessages();
    if (token.isCancellationRequested) throw cancelled();
    // Read after the yield: an edit received meanwhile is in the index, so the report is of the latest text.
    const c = await at(p.textDocument);
    if (c === undefined) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = `${c.f.stamp}:${c.ws.index.generation}`;
    if (p.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: documentDiagnostics(c.ws, c.f) };
  }));

  connection.languages.diagnostics.onWorkspace(guard(log, 'workspace/diagnostic', { items: [] } as WorkspaceDiagnosticReport, async (p, token: CancellationToken): Promise<WorkspaceDiagnosticReport> => {
    const ws = await session.current();
    let plan = ws.plan;
    const known = new Set(p.previousResultIds.map((r) => r.value));
    // Long poll: nothing new since the client's last report, so answer when the next plan is in.
    if (plan === undefined || (known.size === 1 && known.has(planResultId(plan)))) {
      const next = await Promise.race([session.nextPlan(), new Promise<undefined>((resolve) => token.onCancellationRequested(() => resolve(undefined)))]);
      if (next === undefined) return { items: [] };
      plan = next;
    }
    return { items: workspaceReports(await session.current(), plan) };
  }));
}
