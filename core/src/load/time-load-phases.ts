import { createDocumentContext } from './document-context.js';
import { LineIndex } from './line-index.js';
import { parseDocumentText } from './parse-document.js';
import { createPositionMap } from './position-map.js';
import { splitDocuments } from './split-documents.js';

/** Milliseconds spent in each phase of loading one text. */
export interface LoadPhaseTimings {
  /** Documents with content. */
  documents: number;
  /** Documents that needed the slow (`yaml`) path. */
  slowDocuments: number;
  splitMs: number;
  /** js-yaml decoding (plus the slow path where needed). */
  parseMs: number;
  /** Building the position map of every document (what a lint run pays only for documents with findings). */
  positionsMs: number;
}

/** Times the load phases separately, for the benchmark: split, decode, and position building for all documents. */
export function timeLoadPhases(text: string): LoadPhaseTimings {
  const t0 = performance.now();
  const slices = splitDocuments(text).filter((s) => s.hasContent);
  const t1 = performance.now();
  let slowDocuments = 0;
  for (const s of slices) if (parseDocumentText(text.slice(s.start, s.end)).ast) slowDocuments++;
  const t2 = performance.now();
  const lines = new LineIndex(text);
  for (const s of slices) createPositionMap(createDocumentContext('<bench>', lines, s)).locate([]);
  const t3 = performance.now();
  return { documents: slices.length, slowDocuments, splitMs: t1 - t0, parseMs: t2 - t1, positionsMs: t3 - t2 };
}
