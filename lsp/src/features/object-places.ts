import { objectName, type Manifest } from '@kubeplan/core';
import type { Location } from 'vscode-languageserver';
import { toRange } from '../to-lsp.js';
import type { Workspace } from '../workspace/workspace.js';

/**
 * Where objects are written and how they are named, for hovers, navigation and symbols: one helper so that
 * every feature points at the same place (an object's `metadata.name`, else its document's first line).
 */
export function objectLocation(ws: Workspace, m: Manifest): Location {
  const positions = m.source.positions;
  const range = positions.get('metadata.name')?.value ?? positions.documentRange;
  return { uri: ws.uris.toUri(m.source.file), range: toRange(range) };
}

/** `Deployment web` (with `shop/` before the name when the namespace is not the default one). */
export function objectLabel(ws: Workspace, m: Manifest): string {
  const kind = typeof m.object.kind === 'string' ? m.object.kind : '?';
  const ns = ws.objects().namespaceOf(m);
  const shown = ns === '' || ns === ws.project.namespace ? '' : `${ns}/`;
  return `${kind} ${shown}${objectName(m.object)}`;
}

/** The plan's key of an object: `Kind/namespace/name`, or `Kind/name` when cluster-scoped. */
export function planKey(ws: Workspace, m: Manifest): string {
  const ns = ws.objects().namespaceOf(m);
  const kind = typeof m.object.kind === 'string' ? m.object.kind : '?';
  return ns === '' ? `${kind}/${objectName(m.object)}` : `${kind}/${ns}/${objectName(m.object)}`;
}

/** A markdown link to where an object is written: `[Deployment web](file:///…#L12)`. */
export function objectLink(ws: Workspace, m: Manifest): string {
  const loc = objectLocation(ws, m);
  return `[${objectLabel(ws, m)}](${loc.uri}#L${loc.range.start.line + 1})`;
}
