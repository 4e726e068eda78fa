import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { objectRef } from '../model/object-ref.js';
import { classifyDocument, classifyFile, isKubeList, isMapping } from './classify.js';
import type { DocProblem } from './doc-problem.js';
import { createDocumentContext, type DocumentContext } from './document-context.js';
import { formatPath, type PathSegment } from './json-path.js';
import { LineIndex } from './line-index.js';
import { addSkip, loadDiagnostic } from './load-diagnostic.js';
import { parseDocumentText } from './parse-document.js';
import { createPositionMap } from './position-map.js';
import { splitDocuments } from './split-documents.js';
import type { KubeObject, LoadOptions, LoadResult } from './types.js';

/** `Kind/namespace/name` of a decoded value that has a kind. */
function objectOf(value: unknown): string | undefined {
  return isMapping(value) && value.kind !== undefined && value.kind !== null ? objectRef(value as KubeObject) : undefined;
}

/** `object` and object-relative `path` for a document-relative path (List items are objects of their own). */
function locateObject(value: unknown, path: readonly PathSegment[]): { object?: string | undefined; path: readonly PathSegment[] } {
  if (isMapping(value) && isKubeList(value) && path[0] === 'items' && typeof path[1] === 'number') {
    const item = value.items[path[1]];
    if (isMapping(item)) return { object: objectOf(item), path: path.slice(2) };
  }
  return { object: objectOf(value), path };
}

function problemDiagnostic(p: DocProblem, ctx: DocumentContext, value: unknown): Diagnostic {
  const d = loadDiagnostic(p.rule, p.message, ctx.file, ctx.range(p.start, p.end));
  if (p.path !== undefined) {
    const { object, path } = locateObject(value, p.path);
    if (object !== undefined) d.object = object;
    if (path.length > 0) d.path = formatPath(path);
  }
  if (p.fix) d.fix = { title: p.fix.title, edits: p.fix.edits.map((e) => ({ range: ctx.range(e.start, e.end), newText: e.newText })) };
  return d;
}

function loadDocument(out: LoadResult, ctx: DocumentContext, discovered: boolean): void {
  const { file, slice } = ctx;
  const parsed = parseDocumentText(ctx.text());
  const docCtx = parsed.ast ? createDocumentContext(file, ctx.lines, slice, parsed.ast) : ctx;
  for (const p of parsed.problems) out.diagnostics.push(problemDiagnostic(p, docCtx, parsed.value));
  const verdict = classifyDocument(parsed.value, { discovered, partial: parsed.partial });
  if (verdict.type === 'skip') {
    addSkip(out, file, verdict.reason, verdict.message, slice.index, docCtx.firstLineRange());
    return;
  }
  for (const { object, itemIndex } of verdict.objects) {
    const positions = createPositionMap(docCtx, itemIndex, object);
    out.manifests.push({
      object,
      source: {
        file,
        docIndex: slice.index,
        ...(itemIndex === undefined ? {} : { itemIndex }),
        positions,
        ...(parsed.partial ? { partial: true } : {}),
      },
    });
  }
  for (const f of verdict.findings) {
    const range = createPositionMap(docCtx, f.itemIndex).locate(f.path, 'key');
    const d = loadDiagnostic(f.rule, f.message, file, range);
    const where = locateObject(parsed.value, f.itemIndex === undefined ? f.path : ['items', f.itemIndex, ...f.path]);
    if (where.object !== undefined) d.object = where.object;
    if (f.path.length > 0) d.path = formatPath(f.path);
    out.diagnostics.push(d);
  }
}

/**
 * Loads manifests from in-memory text (one file, or stdin): splits the YAML stream, decodes each document
 * (js-yaml; `yaml` for documents with errors), flattens Lists and reports input problems as positioned
 * diagnostics. Never throws on bad input. Positions are computed only when a manifest's `positions` is used.
 *
 * @param text the file's text; a BOM is allowed
 * @param file the path to show in diagnostics (as the user gave it, or `<stdin>`)
 */
export function loadText(text: string, file: string, opts: LoadOptions = {}): LoadResult {
  const out: LoadResult = { manifests: [], diagnostics: [], skipped: [], files: [file] };
  const discovered = opts.discovered ?? false;
  if (text.includes('\0')) {
    out.diagnostics.push(loadDiagnostic('invalid-encoding', 'binary content (NUL bytes), not YAML or JSON text: skipped', file));
    return out;
  }
  const skipFile = discovered ? classifyFile(basename(file), text) : undefined;
  if (skipFile) {
    addSkip(out, file, skipFile.reason, skipFile.message);
    return out;
  }
  const lines = new LineIndex(text);
  for (const slice of splitDocuments(text)) {
    if (slice.hasContent) loadDocument(out, createDocumentContext(file, lines, slice), discovered);
  }
  return out;
}
