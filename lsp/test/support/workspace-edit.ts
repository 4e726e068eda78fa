// Applying a WorkspaceEdit (from a code action, or a server's `workspace/applyEdit`) to the open documents as
// an editor does: one didChange per document, edits applied from the end so earlier ranges stay valid.
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { LspClient } from './lsp-client.js';

/** The text edits of a WorkspaceEdit by document, whichever of `changes` / `documentChanges` it uses. */
export function textEditsByUri(edit: WorkspaceEdit): Map<string, TextEdit[]> {
  const byUri = new Map<string, TextEdit[]>();
  const add = (uri: string, edits: readonly TextEdit[]): void => void byUri.set(uri, [...(byUri.get(uri) ?? []), ...edits]);
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) add(uri, edits);
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change)) throw new Error(`resource operation ${change.kind} is not expected from kubeplan`);
    add(change.textDocument.uri, change.edits.map((e) => ('newText' in e ? { range: e.range, newText: e.newText } : e)));
  }
  return byUri;
}

function compareStartsDescending(a: { edit: TextEdit; index: number }, b: { edit: TextEdit; index: number }): number {
  const s = a.edit.range.start;
  const t = b.edit.range.start;
  return t.line - s.line || t.character - s.character || b.index - a.index;
}

export async function applyWorkspaceEdit(client: LspClient, edit: WorkspaceEdit): Promise<void> {
  for (const [uri, edits] of textEditsByUri(edit)) {
    client.document(uri);
    const ordered = edits.map((e, index) => ({ edit: e, index })).sort(compareStartsDescending);
    await client.change(uri, ordered.map(({ edit: e }) => ({ range: e.range, text: e.newText })));
  }
}
