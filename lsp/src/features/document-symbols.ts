import { objectName, type Manifest } from '@kubeplan/core';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { toRange } from '../to-lsp.js';
import type { IndexedFile } from '../workspace/workspace-index.js';
import type { Workspace } from '../workspace/workspace.js';
import { objectLocation } from './object-places.js';

/** `Deployment/web` — what an outline shows for an object. */
export function symbolName(m: Manifest): string {
  return `${typeof m.object.kind === 'string' ? m.object.kind : '?'}/${objectName(m.object)}`;
}

function symbolDetail(m: Manifest): string {
  const meta = m.object.metadata as { namespace?: unknown } | undefined;
  const ns = typeof meta?.namespace === 'string' ? ` · ${meta.namespace}` : '';
  return `${typeof m.object.apiVersion === 'string' ? m.object.apiVersion : ''}${ns}`;
}

/** The outline of a file: one symbol per object (each YAML document, each item of a List), named `Kind/name`. */
export function documentSymbols(f: IndexedFile): DocumentSymbol[] {
  if (!f.kubernetes) return [];
  return f.loaded.manifests.map((m) => {
    const range = toRange(m.source.positions.documentRange);
    const name = m.source.positions.get('metadata.name')?.value ?? m.source.positions.get('kind')?.value;
    const selection = name === undefined ? { start: range.start, end: range.start } : toRange(name);
    return { name: symbolName(m), detail: symbolDetail(m), kind: SymbolKind.Class, range, selectionRange: selection };
  });
}

/** The same outline for clients without hierarchical symbols. */
export function flatDocumentSymbols(ws: Workspace, f: IndexedFile): SymbolInformation[] {
  if (!f.kubernetes) return [];
  return f.loaded.manifests.map((m) => ({ name: symbolName(m), kind: SymbolKind.Class, location: objectLocation(ws, m), containerName: symbolDetail(m) }));
}

const MAX_WORKSPACE_SYMBOLS = 1000;

/** Objects of the whole workspace whose `Kind/name` contains the query's characters in order (case-insensitive). */
export function workspaceSymbols(ws: Workspace, query: string): SymbolInformation[] {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const matches = (name: string): boolean => {
    let i = 0;
    for (const c of name.toLowerCase()) if (c === q[i]) i++;
    return i === q.length;
  };
  const out: SymbolInformation[] = [];
  for (const m of ws.index.manifests()) {
    if (ws.isExcluded(m.source.file)) continue;
    const name = symbolName(m);
    if (!matches(name)) continue;
    out.push({ name, kind: SymbolKind.Class, location: objectLocation(ws, m), containerName: symbolDetail(m) });
    if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
  }
  return out;
}
