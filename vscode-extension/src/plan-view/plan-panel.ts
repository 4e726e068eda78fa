/** The Plan view's webview panel: one, reused; a click in the page opens the manifest at its line. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import * as vscode from 'vscode';
import type { JsonPlanDocument } from '@kubeplan/core';
import { renderPlanHtml } from './render-html.js';
import { planView } from './view-model.js';

interface OpenMessage {
  type: 'open';
  file: string;
  line: number;
}

function isOpen(m: unknown): m is OpenMessage {
  return m !== null && typeof m === 'object' && 'type' in m && m.type === 'open' && 'file' in m && typeof m.file === 'string';
}

export class PlanPanel {
  private panel: vscode.WebviewPanel | undefined;

  show(doc: JsonPlanDocument, focus?: string): void {
    if (this.panel === undefined) {
      this.panel = vscode.window.createWebviewPanel('kubeplan.plan', 'kubeplan: Plan', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: unknown) => void (isOpen(m) ? this.open(m) : undefined));
    } else this.panel.reveal(undefined, true);
    const nonce = randomBytes(16).toString('base64');
    this.panel.webview.html = renderPlanHtml(planView(doc, focus), { nonce, cspSource: this.panel.webview.cspSource });
  }

  private async open(m: OpenMessage): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
    const uri = vscode.Uri.file(path.resolve(folder, m.file));
    const line = Math.max(0, (Number.isFinite(m.line) ? m.line : 1) - 1);
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(line, 0, line, 0) });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
