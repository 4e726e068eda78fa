/** The EditorHost over the `vscode` API. */
import * as vscode from 'vscode';
import type { EditorHost, RuleLink } from './editor-host.js';

function links(diagnostics: readonly vscode.Diagnostic[]): RuleLink[] {
  return diagnostics.flatMap((d) => {
    if (d.source !== 'kubeplan' || typeof d.code !== 'object' || d.code === null) return [];
    return [{ rule: String(d.code.value), href: d.code.target.toString(true) }];
  });
}

export const vscodeHost: EditorHost = {
  async pick(items, placeholder) {
    const picked = await vscode.window.showQuickPick(
      items.map((i) => ({ label: i.label, description: i.description, value: i.value })),
      { placeHolder: placeholder },
    );
    return picked?.value;
  },
  async input(prompt, value) {
    return vscode.window.showInputBox({ prompt, value });
  },
  async pickFiles(title) {
    const uris = await vscode.window.showOpenDialog({ title, canSelectFiles: true, canSelectFolders: true, canSelectMany: true, defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri });
    return uris?.map((u) => u.fsPath);
  },
  info: (m) => void vscode.window.showInformationMessage(m),
  error: (m) => void vscode.window.showErrorMessage(m),
  async updateSetting(key, value) {
    await vscode.workspace.getConfiguration('kubeplan').update(key, value, vscode.ConfigurationTarget.Workspace);
  },
  workspaceFolder: () => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
  cursor() {
    const e = vscode.window.activeTextEditor;
    return e === undefined || e.document.uri.scheme !== 'file' ? undefined : { file: e.document.uri.fsPath, line: e.selection.active.line + 1 };
  },
  rulesAtCursor() {
    const e = vscode.window.activeTextEditor;
    if (e === undefined) return [];
    return links(vscode.languages.getDiagnostics(e.document.uri).filter((d) => d.range.contains(e.selection.active)));
  },
  rulesInWorkspace: () => vscode.languages.getDiagnostics().flatMap(([, ds]) => links(ds)),
  async openExternal(url) {
    await vscode.env.openExternal(vscode.Uri.parse(url));
  },
  async showMarkdown(markdown) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  },
};
