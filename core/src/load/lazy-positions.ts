import { createDocumentContext } from './document-context.js';
import { LineIndex } from './line-index.js';
import { createPositionMap } from './position-map.js';
import { splitDocuments, type DocumentSlice } from './split-documents.js';
import type { PositionMap } from './types.js';

/**
 * Position maps for objects decoded elsewhere (in a worker thread) from `text`: the document split and the
 * per-document parse happen only when a map is first used, as for objects loaded here.
 */
export function positionsFromText(text: string, file: string): (docIndex: number, itemIndex?: number) => PositionMap {
  let slices: Map<number, DocumentSlice> | undefined;
  let lines: LineIndex | undefined;
  return (docIndex, itemIndex) => {
    let map: PositionMap | undefined;
    const real = (): PositionMap => {
      if (map !== undefined) return map;
      slices ??= new Map(splitDocuments(text).map((s) => [s.index, s]));
      lines ??= new LineIndex(text);
      const slice = slices.get(docIndex);
      if (slice === undefined) throw new Error(`no document ${docIndex} in ${file}`);
      map = createPositionMap(createDocumentContext(file, lines, slice), itemIndex);
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
