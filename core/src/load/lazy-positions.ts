import { createDocumentContext, type DocumentContext } from './document-context.js';
import { LineIndex } from './line-index.js';
import { createPositionMap } from './position-map.js';
import { splitDocuments, type DocumentSlice } from './split-documents.js';
import type { PositionMap } from './types.js';

/**
 * Position maps for objects decoded elsewhere (in a worker thread) from `text`: the document split and the
 * per-document positions happen only when a map is first used, as for objects loaded here. Pass the decoded
 * `object` when at hand: the fast position path then checks its answers against it.
 */
export function positionsFromText(text: string, file: string): (docIndex: number, itemIndex?: number, object?: unknown) => PositionMap {
  let slices: Map<number, DocumentSlice> | undefined;
  let lines: LineIndex | undefined;
  const contexts = new Map<number, DocumentContext>(); // the items of a List share their document's scan or AST
  return (docIndex, itemIndex, object) => {
    let map: PositionMap | undefined;
    const real = (): PositionMap => {
      if (map !== undefined) return map;
      let ctx = contexts.get(docIndex);
      if (ctx === undefined) {
        slices ??= new Map(splitDocuments(text).map((s) => [s.index, s]));
        lines ??= new LineIndex(text);
        const slice = slices.get(docIndex);
        if (slice === undefined) throw new Error(`no document ${docIndex} in ${file}`);
        ctx = createDocumentContext(file, lines, slice);
        contexts.set(docIndex, ctx);
      }
      map = createPositionMap(ctx, itemIndex, object);
      return map;
    };
    return {
      get: (path) => real().get(path),
      locate: (path, prefer) => real().locate(path, prefer),
      scalarSource: (path) => real().scalarSource(path),
      get documentRange() {
        return real().documentRange;
      },
    };
  };
}
