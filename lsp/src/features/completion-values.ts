import { asObject, asString, getIn, objectName, scalarText, type CompletionContext, type KindInfo, type Manifest } from '@kubeplan/core';
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import type { Workspace } from '../workspace/workspace.js';
import { replaceRange } from './completion-edit.js';
import { labelsOf, type LabelSlot } from './completion-labels.js';
import { firstSentence } from './hover-kind.js';
import { objectLabel } from './object-places.js';

/** A value proposal: the scalar written as YAML needs it (`"yes"` for a string), after a space when needed. */
export function valueItem(ctx: CompletionContext, value: string, kind: CompletionItemKind, detail?: string, quote = true): CompletionItem {
  const text = quote ? scalarText(value) : value;
  const item: CompletionItem = { label: value, kind, filterText: value, textEdit: { range: replaceRange(ctx), newText: `${ctx.needsSpace ? ' ' : ''}${text}` } };
  if (detail !== undefined) item.detail = detail;
  return item;
}

/** Every kind the workspace can write: the built-in ones and those of its CRDs. */
function allKinds(ws: Workspace): KindInfo[] {
  const { registry } = ws.project;
  const kinds = [...registry.builtinKinds()];
  for (const m of ws.index.manifests()) {
    if (m.object.kind !== 'CustomResourceDefinition') continue;
    const kind = asString(getIn(m.object, 'spec', 'names', 'kind'));
    if (kind !== undefined) kinds.push(...registry.kindsFor(kind).filter((k) => k.source !== 'builtin'));
  }
  return kinds;
}

/** `apiVersion` values: those serving the kind written (preferred version first), else every one. */
export function apiVersionItems(ws: Workspace, ctx: CompletionContext, kind: string | undefined): CompletionItem[] {
  const infos = kind === undefined ? allKinds(ws) : ws.project.registry.kindsFor(kind);
  const seen = new Set<string>();
  return infos
    .filter((k) => !seen.has(k.apiVersion) && seen.add(k.apiVersion))
    .map((k, i) => ({ ...valueItem(ctx, k.apiVersion, CompletionItemKind.Module, kind === undefined ? undefined : `${kind} at ${k.apiVersion}`), sortText: String(i).padStart(4, '0') }));
}

/** `kind` values: those served at the apiVersion written, else every kind, with its summary. */
export function kindItems(ws: Workspace, ctx: CompletionContext, apiVersion: string | undefined): CompletionItem[] {
  const { registry } = ws.project;
  const infos = allKinds(ws).filter((k) => apiVersion === undefined || k.apiVersion === apiVersion);
  const seen = new Set<string>();
  return infos
    .filter((k) => !seen.has(k.kind) && seen.add(k.kind))
    .map((k) => {
      const item = valueItem(ctx, k.kind, CompletionItemKind.Class, k.apiVersion);
      const description = k.model === undefined ? undefined : registry.model(k.model)?.description;
      if (description !== undefined) item.documentation = { kind: MarkupKind.Markdown, value: firstSentence(description) };
      return item;
    });
}

/** Names of the objects of `kind` a reference from `from` can reach (its namespace, or cluster-scoped ones). */
export function nameItems(ws: Workspace, ctx: CompletionContext, kind: string, from: Manifest | undefined): CompletionItem[] {
  const objects = ws.objects();
  const ns = from === undefined ? ws.project.namespace : objects.namespaceOf(from);
  const seen = new Set<string>();
  return objects
    .byKind(kind)
    .filter((o) => (o.namespace === '' || o.namespace === ns) && o.name !== '' && !seen.has(o.name) && seen.add(o.name))
    .map((o) => valueItem(ctx, objectName(o.object), CompletionItemKind.Reference, objectLabel(ws, o.manifest)));
}

/** Label keys or values of the slot's universe, seen in the workspace (or on the cluster's nodes). */
export function labelItems(ws: Workspace, ctx: CompletionContext, slot: LabelSlot, from: Manifest | undefined, preferred: Record<string, string> = {}): CompletionItem[] {
  const ns = from === undefined ? ws.project.namespace : ws.objects().namespaceOf(from);
  const labels = labelsOf(ws, slot.universe, ns);
  for (const [k, v] of Object.entries(preferred)) labels.set(k, new Set([v, ...(labels.get(k) ?? [])]));
  const where = slot.universe === 'nodes' ? 'node label' : slot.universe === 'pods' ? 'pod label' : 'label';
  if (slot.want === 'value') {
    return [...(labels.get(slot.key ?? '') ?? [])].map((v) => valueItem(ctx, v, CompletionItemKind.Value, `${where} ${slot.key ?? ''}`));
  }
  const taken = new Set(ctx.siblings);
  return [...labels.keys()]
    .filter((k) => !taken.has(k))
    .map((k) => {
      const values = [...(labels.get(k) ?? [])];
      const only = values.length === 1 ? (values[0] as string) : undefined;
      const key = scalarText(k);
      // A key with one value known is written whole (`app: web`); otherwise the value is left to type.
      const text = ctx.keyWritten ? key : only === undefined ? `${key}: ` : `${key}: ${scalarText(only)}`;
      return {
        label: k,
        kind: CompletionItemKind.Field,
        detail: `${where}${values.length > 0 ? `: ${values.slice(0, 5).join(', ')}` : ''}`,
        sortText: `${k in preferred ? '0' : '1'}${k}`,
        filterText: k,
        textEdit: { range: replaceRange(ctx), newText: text },
      };
    });
}

/** Enum values and booleans of a field. */
export function enumItems(ctx: CompletionContext, values: readonly string[] | undefined, type: string | undefined): CompletionItem[] {
  if (values !== undefined && values.length > 0) return values.map((v) => valueItem(ctx, v, CompletionItemKind.EnumMember));
  if (type === 'boolean') return ['true', 'false'].map((v) => valueItem(ctx, v, CompletionItemKind.Value, undefined, false));
  return [];
}

/** The labels a workload's selector asks its pod template for (proposed first in template labels). */
export function selectorLabels(m: Manifest | undefined): Record<string, string> {
  const matchLabels = asObject(getIn(m?.object, 'spec', 'selector', 'matchLabels')) ?? (m?.object.kind === 'Service' ? undefined : asObject(getIn(m?.object, 'spec', 'selector')));
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(matchLabels ?? {})) if (typeof v === 'string') out[k] = v;
  return out;
}
