import { formatPath, formatSelector, referenceKindAt, selectorAt, WORKLOAD_KINDS, type Manifest } from '@kubeplan/core';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { placementTitle, workloadPlacement } from '../plan/placement.js';
import { toRange } from '../to-lsp.js';
import type { IndexedFile } from '../workspace/workspace-index.js';
import type { Workspace } from '../workspace/workspace.js';
import { cursorTarget, type CursorTarget } from './cursor-target.js';
import { kindHover } from './hover-kind.js';
import { objectLink, planKey } from './object-places.js';
import { referenceTargets, selectedBy } from './links.js';

const MAX_LISTED = 10;

function list(items: string[]): string[] {
  const shown = items.slice(0, MAX_LISTED).map((i) => `- ${i}`);
  if (items.length > MAX_LISTED) shown.push(`- … and ${items.length - MAX_LISTED} more`);
  return shown;
}

/** Type, requiredness and description of the field, from the schema. */
function fieldSection(ws: Workspace, t: CursorTarget): string[] {
  const { apiVersion, kind } = t.kind;
  if (kind === undefined || t.path.length === 0) return [];
  const info = ws.project.registry.fieldInfo(apiVersion === undefined ? kind : { apiVersion, kind }, t.path);
  if (info === undefined) return [];
  const name = t.path[t.path.length - 1];
  const head = `**${String(name)}** \`${info.type}\`${info.required ? ' · required' : ''}`;
  const out = [head];
  if (info.enum !== undefined && info.enum.length > 0) out.push('', `One of: ${info.enum.map((v) => `\`${v}\``).join(', ')}`);
  if (info.description !== undefined) out.push('', info.description);
  out.push('', `\`${formatPath(t.path)}\``);
  return out;
}

/** For a label selector: the workloads whose pods it selects, with links. */
function selectorSection(ws: Workspace, m: Manifest, t: CursorTarget): string[] {
  const found = selectorAt(m.object, t.path);
  if (found === undefined) return [];
  const objects = ws.objects();
  const matched = objects.podMakersMatching(objects.namespaceOf(m), found.selector).filter((o) => o.manifest !== m);
  const head = `Selector \`${formatSelector(found.selector)}\` selects the pods of`;
  return matched.length === 0 ? [`Selector \`${formatSelector(found.selector)}\` selects no pods in the workspace.`] : [head, ...list(matched.map((o) => objectLink(ws, o.manifest)))];
}

/** For a name that refers to another object: where that object is. */
function referenceSection(ws: Workspace, m: Manifest, t: CursorTarget): string[] {
  const kind = referenceKindAt(m.object, t.path);
  if (kind === undefined || t.node.on !== 'value') return [];
  const targets = referenceTargets(ws, m, kind, t.node.text);
  return targets.length === 0 ? [`${kind} \`${t.node.text}\` is not in the workspace.`] : [`${kind}:`, ...list(targets.map((o) => objectLink(ws, o)))];
}

/** For a workload (its kind, name or replicas): the predicted placement of its pods and who selects them. */
function workloadSection(ws: Workspace, m: Manifest, t: CursorTarget): string[] {
  const kind = m.object.kind;
  if (typeof kind !== 'string' || !WORKLOAD_KINDS.includes(kind)) return [];
  const at = formatPath(t.path);
  if (!['kind', 'metadata.name', 'spec.replicas'].includes(at)) return [];
  const out: string[] = [];
  const plan = ws.plan?.document;
  const placement = plan === undefined ? undefined : workloadPlacement(plan, planKey(ws, m));
  if (plan === undefined) out.push('Predicted placement: planning…');
  else if (placement === undefined) out.push('Predicted placement: no pods (yet) in the plan.');
  else {
    out.push(`**Predicted placement** — ${placementTitle(placement)}`);
    out.push(...list(placement.pods.map((p) => `\`${p.name}\` → ${p.node ?? `Pending: ${p.message ?? ''}`}`)));
  }
  const selectors = selectedBy(ws, m);
  if (selectors.length > 0) out.push('', 'Selected by:', ...list(selectors.map((s) => objectLink(ws, s))));
  return out;
}

/**
 * The hover at a position: schema documentation of the field, the kind's summary and deprecation status,
 * what a label selector selects, where a referenced object is, and a workload's predicted placement.
 */
export function hover(ws: Workspace, f: IndexedFile, position: Position): Hover | null {
  if (!f.kubernetes) return null;
  const t = cursorTarget(f, position);
  if (t === undefined) return null;
  const sections: string[][] = [];
  const at = formatPath(t.path);
  if (at === 'apiVersion' || at === 'kind') sections.push((kindHover(ws, t.kind.apiVersion, t.kind.kind) ?? '').split('\n'));
  else sections.push(fieldSection(ws, t));
  if (t.manifest !== undefined) {
    sections.push(selectorSection(ws, t.manifest, t), referenceSection(ws, t.manifest, t), workloadSection(ws, t.manifest, t));
  }
  const text = sections.filter((s) => s.length > 0 && s.some((l) => l !== '')).map((s) => s.join('\n')).join('\n\n---\n\n');
  if (text === '') return null;
  return { contents: { kind: MarkupKind.Markdown, value: text }, range: toRange(t.node.range) };
}
