import { isDeepStrictEqual } from 'node:util';
import { isKubeList, isMapping } from '../../src/load/classify.js';
import { createDocumentContext } from '../../src/load/document-context.js';
import { FastPathDeclined } from '../../src/load/fast-scan.js';
import { createFastPositionMap } from '../../src/load/fast-positions.js';
import { formatPath, type PathSegment } from '../../src/load/json-path.js';
import { LineIndex } from '../../src/load/line-index.js';
import { fastParse } from '../../src/load/parse-document.js';
import { slowParse } from '../../src/load/slow-parse.js';
import { splitDocuments } from '../../src/load/split-documents.js';
import type { Position, SourceRange } from '../../src/diagnostic.js';
import type { NodeRange, PositionMap } from '../../src/load/types.js';
import { createYamlPositionMap } from '../../src/load/yaml-position-map.js';

/** Counts of a differential run of the fast position map against the `yaml` one. */
export interface DiffStats {
  /** Position maps compared (documents, plus one per List item). */
  maps: number;
  /** Maps where the fast path declined at least one question (the `yaml` map answers those). */
  mapsDeclined: number;
  /** Paths asked (existing and missing), and how many the fast path answered. */
  paths: number;
  pathsAnswered: number;
  /** Individual answers compared (get, locate ×3, scalarSource; documentRange once per map). */
  answers: number;
  /** Why the fast path declined, with counts (of questions), and the first reason of each declined map. */
  reasons: Map<string, number>;
  mapReasons: Map<string, number>;
  mismatches: string[];
}

export function newStats(): DiffStats {
  return { maps: 0, mapsDeclined: 0, paths: 0, pathsAnswered: 0, answers: 0, reasons: new Map(), mapReasons: new Map(), mismatches: [] };
}

/**
 * Every path of a decoded value (all keys and indexes), plus missing ones: a key below every mapping, an index
 * past the end of every sequence, and, below the root, a missing path two levels deep, an index into a
 * mapping, a key into a sequence and a path below a scalar.
 */
export function allPaths(value: unknown): PathSegment[][] {
  const out: PathSegment[][] = [];
  let belowScalar = false;
  const visit = (v: unknown, prefix: PathSegment[]): void => {
    out.push(prefix);
    if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, [...prefix, i]));
      out.push([...prefix, v.length]);
      if (prefix.length === 0) out.push(['missing']);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) visit(item, [...prefix, k]);
      out.push([...prefix, 'kubeplan-missing']);
      if (prefix.length === 0) out.push(['kubeplan-missing', 'deeper'], [0]);
    } else if (!belowScalar && prefix.length > 0) {
      belowScalar = true;
      out.push([...prefix, 'below-a-scalar']);
    }
  };
  visit(value, []);
  return out;
}

type Answers = [string, unknown][];

const samePos = (a: Position, b: Position): boolean => a.line === b.line && a.col === b.col;
const sameRange = (a: SourceRange | undefined, b: SourceRange | undefined): boolean =>
  a === undefined || b === undefined ? a === b : samePos(a.start, b.start) && samePos(a.end, b.end) && Object.keys(a).length === Object.keys(b).length;

/** Exact equality of two answers (ranges, node ranges, strings or undefined); a quick `isDeepStrictEqual`. */
function sameAnswer(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined || typeof a === 'string' || typeof b === 'string') return a === b;
  const x = a as Partial<NodeRange & SourceRange>;
  const y = b as Partial<NodeRange & SourceRange>;
  if ('value' in x || 'value' in y) return sameRange(x.key, y.key) && sameRange(x.value, y.value) && Object.keys(x).length === Object.keys(y).length;
  return sameRange(x as SourceRange, y as SourceRange) || isDeepStrictEqual(a, b);
}

function ask(map: PositionMap, path: PathSegment[], asString: boolean): Answers {
  const p = asString ? formatPath(path) : path;
  return [
    ['get', map.get(p)],
    ['locate', map.locate(p)],
    ['locate key', map.locate(p, 'key')],
    ['locate value', map.locate(p, 'value')],
    ['scalarSource', map.scalarSource(p)],
  ];
}

const count = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

function declined(stats: DiffStats, e: unknown, first: boolean): void {
  if (!(e instanceof FastPathDeclined)) throw e;
  count(stats.reasons, e.message);
  if (first) count(stats.mapReasons, e.message);
}

/** Compares the two maps of one document (or List item) on every path of `value`. */
function compareMaps(stats: DiffStats, where: string, yamlMap: PositionMap, fastMap: PositionMap, value: unknown): void {
  stats.maps++;
  let mapDeclined = false;
  const check = (what: () => string, fast: unknown, slow: unknown): void => {
    stats.answers++;
    if (!sameAnswer(fast, slow)) stats.mismatches.push(`${where} ${what()}: fast ${JSON.stringify(fast)} yaml ${JSON.stringify(slow)}`);
  };
  try {
    check(() => 'documentRange', fastMap.documentRange, yamlMap.documentRange);
  } catch (e) {
    declined(stats, e, !mapDeclined);
    mapDeclined = true;
  }
  allPaths(value).forEach((path, i) => {
    stats.paths++;
    let fast: Answers;
    try {
      fast = ask(fastMap, path, i % 7 === 3);
    } catch (e) {
      declined(stats, e, !mapDeclined);
      mapDeclined = true;
      return;
    }
    stats.pathsAnswered++;
    const slow = ask(yamlMap, path, false);
    fast.forEach(([what, answer], j) => check(() => `${formatPath(path) || '(root)'} ${what}`, answer, slow[j]?.[1]));
  });
  if (mapDeclined) stats.mapsDeclined++;
}

/**
 * Differential check of every document of `text`: the fast map (without the decoded object, so the scan is
 * tested on its own) against the `yaml` map, and one map per List item.
 */
export function diffText(stats: DiffStats, text: string, file: string): void {
  const lines = new LineIndex(text);
  for (const slice of splitDocuments(text)) {
    if (!slice.hasContent) continue;
    const docText = text.slice(slice.start, slice.end);
    const value = fastParse(docText) ?? slowParse(docText).value;
    const roots: { itemIndex?: number; value: unknown }[] = [{ value }];
    if (isMapping(value) && isKubeList(value)) value.items.forEach((item, itemIndex) => roots.push({ itemIndex, value: item }));
    for (const root of roots) {
      const where = `${file}#${slice.index}${root.itemIndex === undefined ? '' : ` items[${root.itemIndex}]`}`;
      const yamlMap = createYamlPositionMap(createDocumentContext(file, lines, slice), root.itemIndex);
      const fastMap = createFastPositionMap(createDocumentContext(file, lines, slice), root.itemIndex);
      compareMaps(stats, where, yamlMap, fastMap, root.value);
    }
  }
}
