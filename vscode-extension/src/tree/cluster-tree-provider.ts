/** The "Cluster" view's TreeDataProvider over clusterTree(). */
import path from 'node:path';
import * as vscode from 'vscode';
import type { JsonPlanDocument } from '@kubeplan/core';
import { clusterTree, type ClusterTreeItem } from './cluster-tree.js';

const ICONS: Record<ClusterTreeItem['kind'], string> = { node: 'server', pod: 'package', 'pending-group': 'warning', 'pending-pod': 'clock' };

export class ClusterTreeProvider implements vscode.TreeDataProvider<ClusterTreeItem> {
  private roots: ClusterTreeItem[] = [];
  private readonly changed = new vscode.EventEmitter<ClusterTreeItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  update(doc: JsonPlanDocument): void {
    this.roots = clusterTree(doc);
    this.changed.fire(undefined);
  }

  getChildren(item?: ClusterTreeItem): ClusterTreeItem[] {
    return item === undefined ? this.roots : item.children;
  }

  getTreeItem(item: ClusterTreeItem): vscode.TreeItem {
    const state = item.children.length === 0 ? vscode.TreeItemCollapsibleState.None : item.kind === 'pending-group' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const t = new vscode.TreeItem(item.label, state);
    t.id = item.id;
    t.description = item.description;
    t.tooltip = item.tooltip;
    t.iconPath = new vscode.ThemeIcon(ICONS[item.kind]);
    if (item.location !== undefined) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
      const line = Math.max(0, item.location.line - 1);
      t.command = { title: 'Open manifest', command: 'vscode.open', arguments: [vscode.Uri.file(path.resolve(folder, item.location.file)), { selection: new vscode.Range(line, 0, line, 0) }] };
    }
    return t;
  }
}
