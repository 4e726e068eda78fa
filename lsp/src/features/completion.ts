import { completionContext, documentKind, formatPath, referenceKindAt, type CompletionContext, type DocumentKind, type KindRef, type KubeObject, type Manifest, type PathSegment } from '@kubeplan/core';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import type { IndexedFile } from '../workspace/workspace-index.js';
import type { Workspace } from '../workspace/workspace.js';
import { replaceRange } from './completion-edit.js';
import { isScalarItem, keyCompletions } from './completion-keys.js';
import { labelSlot } from './completion-labels.js';
import { apiVersionItems, enumItems, kindItems, labelItems, nameItems, selectorLabels } from './completion-values.js';
import { RESOURCE_SNIPPETS } from './snippets.js';

/** The object at the cursor as far as it is known: loaded, else the apiVersion and kind typed so far. */
interface Subject {
  manifest?: Manifest;
  object: KubeObject;
  kind?: string | KindRef;
  path: PathSegment[];
  typed: DocumentKind;
}

function subjectOf(f: IndexedFile, ctx: CompletionContext): Subject {
  const doc = f.lines.documents[ctx.docIndex];
  const typed = doc === undefined ? {} : documentKind(f.lines, doc);
  const found = f.manifestAt(ctx.docIndex, ctx.path);
  const object: KubeObject = found?.manifest.object ?? { ...typed };
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : typed.apiVersion;
  const kind = typeof object.kind === 'string' ? object.kind : typed.kind;
  const subject: Subject = { object, path: found?.path ?? ctx.path, typed };
  if (found !== undefined) subject.manifest = found.manifest;
  if (kind !== undefined) subject.kind = apiVersion === undefined ? kind : { apiVersion, kind };
  return subject;
}

function snippetItems(ctx: CompletionContext): CompletionItem[] {
  return RESOURCE_SNIPPETS.map((s) => ({
    label: s.kind,
    kind: CompletionItemKind.Snippet,
    detail: `new ${s.kind} (${s.apiVersion})`,
    filterText: s.kind,
    sortText: `0${s.kind}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: replaceRange(ctx), newText: s.body },
  }));
}

function keyItems(ws: Workspace, ctx: CompletionContext, s: Subject): CompletionItem[] {
  const slot = labelSlot(s.object, s.path, 'key');
  if (slot !== undefined) {
    const preferred = formatPath(s.path).endsWith('template.metadata.labels') ? selectorLabels(s.manifest) : {};
    return labelItems(ws, ctx, slot, s.manifest, preferred);
  }
  const items = s.kind === undefined ? [] : keyCompletions(ws.project.registry, s.kind, ctx, s.path);
  if (s.path.length === 0 && s.typed.kind === undefined && ctx.startCol === 0) items.push(...snippetItems(ctx));
  return items;
}

function valueItems(ws: Workspace, ctx: CompletionContext, s: Subject): CompletionItem[] {
  const at = formatPath(s.path);
  if (at === 'apiVersion') return apiVersionItems(ws, ctx, s.typed.kind);
  if (at === 'kind') return kindItems(ws, ctx, s.typed.apiVersion);
  const target = referenceKindAt(s.object, s.path);
  if (target !== undefined) return nameItems(ws, ctx, target, s.manifest);
  const slot = labelSlot(s.object, s.path, 'value');
  if (slot !== undefined) return labelItems(ws, ctx, slot, s.manifest);
  if (s.kind === undefined) return [];
  const info = ws.project.registry.fieldInfo(s.kind, s.path);
  return enumItems(ctx, info?.enum, info?.type);
}

/**
 * Completion at a position: property names valid there (nested in lists too) with their documentation, enum
 * values, apiVersion/kind pairs, new-resource snippets, label keys and values seen in the workspace inside
 * selectors, names of existing objects inside references, node label keys inside node selectors and affinity.
 */
export function completion(ws: Workspace, f: IndexedFile, position: Position): CompletionItem[] {
  const ctx = completionContext(f.lines, position.line, position.character);
  if (ctx === undefined) return [];
  const s = subjectOf(f, ctx);
  if (ctx.role === 'value') return valueItems(ws, ctx, s);
  // `- ` in a list of scalars (args, values of a selector requirement) starts a value.
  if (ctx.newItem && s.kind !== undefined && isScalarItem(ws.project.registry, s.kind, s.path)) return valueItems(ws, ctx, s);
  if (ctx.newItem && s.kind === undefined) return valueItems(ws, ctx, s);
  return keyItems(ws, ctx, s);
}
