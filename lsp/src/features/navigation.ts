import { formatPath, referenceKindAt, selectorAt, type Manifest } from '@kubeplan/core';
import type { Location, Position } from 'vscode-languageserver';
import { toRange } from '../to-lsp.js';
import type { IndexedFile } from '../workspace/workspace-index.js';
import type { Workspace } from '../workspace/workspace.js';
import { cursorTarget } from './cursor-target.js';
import { referencesTo, referenceTargets, selectedBy, selectedWorkloads } from './links.js';
import { objectLocation } from './object-places.js';

function locationOf(ws: Workspace, m: Manifest, path: readonly (string | number)[]): Location {
  const range = m.source.positions.get(path)?.value ?? m.source.positions.documentRange;
  return { uri: ws.uris.toUri(m.source.file), range: toRange(range) };
}

/**
 * Go to definition: from a name that refers to an object to that object (ConfigMap, Secret, PVC,
 * ServiceAccount, Service, HPA target, Ingress backend...), and from a label selector to the workloads whose
 * pods it selects.
 */
export function definition(ws: Workspace, f: IndexedFile, position: Position): Location[] {
  const t = cursorTarget(f, position);
  if (t?.manifest === undefined) return [];
  const m = t.manifest;
  const kind = t.node.on === 'value' ? referenceKindAt(m.object, t.path) : undefined;
  if (kind !== undefined) return referenceTargets(ws, m, kind, t.node.text).map((o) => objectLocation(ws, o));
  const selector = selectorAt(m.object, t.path);
  if (selector !== undefined) return selectedWorkloads(ws, m, selector.path).map((o) => objectLocation(ws, o));
  return [];
}

/**
 * Find references: on an object's name or kind, every place that refers to it (and, for a workload, the
 * selectors that select its pods); on a reference, the other references to the same object; on a selector,
 * the workloads it selects.
 */
export function references(ws: Workspace, f: IndexedFile, position: Position, includeDeclaration: boolean): Location[] {
  const t = cursorTarget(f, position);
  if (t?.manifest === undefined) return [];
  const m = t.manifest;
  let target: Manifest | undefined;
  const at = formatPath(t.path);
  if (at === 'metadata.name' || at === 'kind') target = m;
  else {
    const kind = t.node.on === 'value' ? referenceKindAt(m.object, t.path) : undefined;
    if (kind !== undefined) target = referenceTargets(ws, m, kind, t.node.text)[0];
    else {
      const selector = selectorAt(m.object, t.path);
      if (selector !== undefined) return selectedWorkloads(ws, m, selector.path).map((o) => objectLocation(ws, o));
    }
  }
  if (target === undefined) return [];
  const out = referencesTo(ws, target).map((s) => locationOf(ws, s.from, s.ref.path));
  for (const s of selectedBy(ws, target)) out.push(objectLocation(ws, s));
  if (includeDeclaration) out.unshift(objectLocation(ws, target));
  return out;
}
