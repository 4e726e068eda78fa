import type { DocumentSlice } from '../load/split-documents.js';
import type { TextLines } from './text-lines.js';

/** The apiVersion and kind written at the top level of a document (as far as they are typed). */
export interface DocumentKind {
  apiVersion?: string;
  kind?: string;
}

/**
 * Reads `apiVersion:` and `kind:` from the top-level lines of a document: what completion and hovers key the
 * schema on while the user types, when the document may not parse.
 */
export function documentKind(lines: TextLines, doc: DocumentSlice): DocumentKind {
  const out: DocumentKind = {};
  const { first, last } = lines.docLines(doc);
  let rootCol: number | undefined;
  for (let l = first; l <= last; l++) {
    const e = lines.entry(l);
    if (e === undefined || e.key === undefined || e.dashes.length > 0) continue;
    rootCol ??= e.col;
    if (e.col !== rootCol) continue;
    const value = e.value?.text.replace(/^(["'])(.*)\1$/, '$2');
    if (value === undefined || value === '') continue;
    if (e.key.text === 'apiVersion') out.apiVersion ??= value;
    else if (e.key.text === 'kind') out.kind ??= value;
    if (out.apiVersion !== undefined && out.kind !== undefined) break;
  }
  return out;
}
