// Asking for code actions on a diagnostic and carrying one out as an editor does: resolve it if the server
// defers the edit, apply its WorkspaceEdit, then run its command (which may come back as workspace/applyEdit).
import type { CodeAction, Command, Diagnostic, ExecuteCommandParams } from 'vscode-languageserver-protocol';
import type { LspClient } from './lsp-client.js';
import { isCodeAction } from './results.js';
import { applyWorkspaceEdit, textEditsByUri } from './workspace-edit.js';

export async function codeActionsFor(client: LspClient, uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  const result = await client.request<(Command | CodeAction)[] | null>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], triggerKind: 1, ...(only === undefined ? {} : { only }) },
  });
  return (result ?? []).map((a) => (isCodeAction(a) ? a : { title: a.title, command: a }));
}

export async function resolveCodeAction(client: LspClient, action: CodeAction): Promise<CodeAction> {
  const canResolve = typeof client.capabilities.codeActionProvider === 'object' && client.capabilities.codeActionProvider.resolveProvider === true;
  return action.edit === undefined && action.command === undefined && canResolve ? client.request<CodeAction>('codeAction/resolve', action) : action;
}

/** The texts a code action inserts (after resolving it), to tell actions apart by what they do. */
export async function insertedTexts(client: LspClient, action: CodeAction): Promise<string[]> {
  const { edit } = await resolveCodeAction(client, action);
  return edit === undefined ? [] : [...textEditsByUri(edit).values()].flat().map((e) => e.newText);
}

export async function applyCodeAction(client: LspClient, action: CodeAction): Promise<void> {
  const full = await resolveCodeAction(client, action);
  if (full.edit === undefined && full.command === undefined) throw new Error(`code action "${action.title}" has neither an edit nor a command`);
  if (full.edit !== undefined) await applyWorkspaceEdit(client, full.edit);
  if (full.command !== undefined) {
    const params: ExecuteCommandParams = { command: full.command.command, arguments: full.command.arguments ?? [] };
    await client.request('workspace/executeCommand', params);
  }
}
