import { createDocumentContext, type DocumentContext } from './document-context.js';
import type { PathSegment } from './json-path.js';
import { LineIndex } from './line-index.js';
import { parseDocumentText } from './parse-document.js';
import { createPositionMap } from './position-map.js';
import { splitDocuments, type DocumentSlice } from './split-documents.js';
import type { PositionMap } from './types.js';
import { createYamlPositionMap } from './yaml-position-map.js';

/** Milliseconds spent in each phase of loading one text. */
export interface LoadPhaseTimings {
  /** Documents with content. */
  documents: number;
  /** Documents that needed the slow (`yaml`) path. */
  slowDocuments: number;
  splitMs: number;
  /** js-yaml decoding (plus the slow path where needed). */
  parseMs: number;
  /**
   * Positions for every document with the `yaml`-based map (parse + {@link POSITION_LOOKUPS}): what a lint run
   * paid per document with a finding before the fast path.
   */
  positionsMs: number;
  /** The same lookups through `createPositionMap`: the fast path, and `yaml` where it declines. */
  fastPositionsMs: number;
  /** Documents the fast path declined (their positions came from `yaml`). */
  fastFallbacks: number;
}

/**
 * The lookups timed per document, like a few findings: a scalar, a whole block (its range needs the block's
 * end), and a missing field located at its nearest ancestor.
 */
export const POSITION_LOOKUPS: readonly (readonly PathSegment[])[] = [
  ['metadata', 'name'],
  ['spec'],
  ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'],
];

function lookUp(map: PositionMap): void {
  const [name, spec, missing] = POSITION_LOOKUPS as [PathSegment[], PathSegment[], PathSegment[]];
  map.locate(name);
  map.get(spec);
  map.locate(missing);
}

function timePositions(text: string, slices: DocumentSlice[], create: (ctx: DocumentContext) => PositionMap): { ms: number; contexts: DocumentContext[] } {
  const lines = new LineIndex(text);
  const contexts = slices.map((s) => createDocumentContext('<bench>', lines, s));
  const t = performance.now();
  for (const ctx of contexts) lookUp(create(ctx));
  return { ms: performance.now() - t, contexts };
}

/**
 * Times the load phases separately, for the benchmark: split, decode, and positions for every document, with
 * the `yaml`-based map and with the fast path.
 */
export function timeLoadPhases(text: string): LoadPhaseTimings {
  const t0 = performance.now();
  const slices = splitDocuments(text).filter((s) => s.hasContent);
  const t1 = performance.now();
  let slowDocuments = 0;
  for (const s of slices) if (parseDocumentText(text.slice(s.start, s.end)).ast) slowDocuments++;
  const t2 = performance.now();
  const yamlPositions = timePositions(text, slices, (ctx) => createYamlPositionMap(ctx));
  const fast = timePositions(text, slices, (ctx) => createPositionMap(ctx));
  return {
    documents: slices.length,
    slowDocuments,
    splitMs: t1 - t0,
    parseMs: t2 - t1,
    positionsMs: yamlPositions.ms,
    fastPositionsMs: fast.ms,
    fastFallbacks: fast.contexts.filter((ctx) => ctx.hasAst()).length,
  };
}
