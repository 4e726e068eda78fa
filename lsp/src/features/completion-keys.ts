import type { CompletionContext, FieldInfo, KindRef, PathSegment, SchemaRegistry } from '@kubeplan/core';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { replaceRange } from './completion-edit.js';

function isScalarType(type: string): boolean {
  return ['string', 'integer', 'number', 'boolean', 'Quantity', 'IntOrString', 'Time', 'string (base64)'].includes(type);
}

/** What follows a key: `key: ` for a scalar, a nested block for an object, a first `- ` item for a list. */
function keySnippet(name: string, info: FieldInfo | undefined, col: number): string {
  const pad = ' '.repeat(col + 2);
  const type = info?.type ?? 'string';
  if (isScalarType(type) || type === 'Object') return `${name}: $0`;
  if (type.startsWith('[]')) return `${name}:\n${pad}- $0`;
  return `${name}:\n${pad}$0`;
}

/** Documentation of a field, as hovers show it. */
export function fieldDocs(info: FieldInfo): string {
  const head = `\`${info.type}\`${info.required ? ' · required' : ''}`;
  return info.description === undefined ? head : `${head}\n\n${info.description}`;
}

/**
 * The property names valid in the mapping at the cursor, from the kind's schema: the fields its type has that
 * are not written yet, required ones first, each with its type and documentation.
 */
export function keyCompletions(registry: SchemaRegistry, kind: string | KindRef, ctx: CompletionContext, path: readonly PathSegment[]): CompletionItem[] {
  const parent = registry.fieldInfo(kind, path);
  if (parent?.fields === undefined) return [];
  const taken = new Set(ctx.siblings);
  const out: CompletionItem[] = [];
  for (const name of parent.fields) {
    if (taken.has(name)) continue;
    const info = registry.fieldInfo(kind, [...path, name]);
    const newText = ctx.keyWritten ? name : keySnippet(name, info, ctx.startCol);
    const item: CompletionItem = {
      label: name,
      kind: CompletionItemKind.Property,
      detail: info === undefined ? undefined : `${info.type}${info.required ? ' (required)' : ''}`,
      sortText: `${info?.required === true ? '0' : '1'}${name}`,
      filterText: name,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: replaceRange(ctx), newText },
    };
    if (info !== undefined) item.documentation = { kind: MarkupKind.Markdown, value: fieldDocs(info) };
    out.push(item);
  }
  return out;
}

/** Whether the sequence item at `path` holds scalars (a `- ` there starts a value, not a mapping). */
export function isScalarItem(registry: SchemaRegistry, kind: string | KindRef, path: readonly PathSegment[]): boolean {
  const info = registry.fieldInfo(kind, path);
  return info !== undefined && isScalarType(info.type);
}
