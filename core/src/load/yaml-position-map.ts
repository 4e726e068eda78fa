import { isAlias, isCollection, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SourceRange } from '../diagnostic.js';
import type { DocumentContext } from './document-context.js';
import { parsePath, type PathSegment } from './json-path.js';
import { stringifyKey } from './kube-scalar.js';
import type { NodeRange, PositionMap } from './types.js';
import { isMergeKey, scalarValue } from './yaml-to-js.js';

/** A node reached by a path: the value node and, for mapping values, its key node. */
interface Hit {
  node: Node | null;
  key?: Node | null;
}

function deref(node: Node | null, ctx: DocumentContext): Node | null {
  for (let i = 0; isAlias(node) && i < 100; i++) node = (node.resolve(ctx.ast()) as Node | undefined) ?? null;
  return node;
}

function keyString(key: unknown): string {
  if (isScalar(key)) return stringifyKey(scalarValue(key));
  return key === null || key === undefined ? 'null' : '[object Object]';
}

/** The pairs of a mapping by key string (the last pair with a key wins), and its `<<` pairs; built once. */
interface PairIndex {
  byKey: Map<string, Pair>;
  merges: Pair[];
}

const pairIndex = new WeakMap<YAMLMap, PairIndex>();

function indexPairs(map: YAMLMap): PairIndex {
  let index = pairIndex.get(map);
  if (index === undefined) {
    index = { byKey: new Map(), merges: [] };
    for (const pair of map.items) {
      if (!pair) continue;
      if (isMergeKey(pair.key)) index.merges.push(pair);
      else index.byKey.set(keyString(pair.key), pair);
    }
    pairIndex.set(map, index);
  }
  return index;
}

/** One step down: the last pair with that key wins, as in the decoded object; then `<<` merged mappings. */
function step(from: Node | null, seg: PathSegment, ctx: DocumentContext, depth = 0): Hit | undefined {
  const node = deref(from, ctx);
  if (typeof seg === 'number') {
    return isSeq(node) && seg >= 0 && seg < node.items.length ? { node: node.items[seg] as Node | null } : undefined;
  }
  if (!isMap(node)) return undefined;
  const { byKey, merges } = indexPairs(node);
  const pair = byKey.get(seg);
  if (pair) return { node: pair.value as Node | null, key: pair.key as Node | null };
  if (depth > 10) return undefined;
  for (const pair of merges) {
    const merged = deref(pair.value as Node | null, ctx);
    for (const src of isSeq(merged) ? merged.items : [merged]) {
      const hit = step(src as Node | null, seg, ctx, depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * The `yaml`-based position map of one document (or of one item of a `List`, rooted at `items[i]`): exact for
 * any YAML, the fallback of the fast path (`position-map.ts`). Nothing is computed until a method is called;
 * then the `yaml` AST is parsed once per document and paths are walked on it directly.
 */
export function createYamlPositionMap(ctx: DocumentContext, itemIndex?: number): PositionMap {
  const root = (): Hit => {
    const top: Hit = { node: ctx.ast().contents as Node | null };
    if (itemIndex === undefined) return top;
    const items = step(top.node, 'items', ctx);
    return (items && step(items.node, itemIndex, ctx)) ?? top;
  };
  const rangeOf = (node: Node | null | undefined): SourceRange | undefined =>
    node?.range ? ctx.range(node.range[0], node.range[1]) : undefined;
  const firstLine = (node: Node | null): SourceRange => {
    const start = ctx.slice.start + (node?.range?.[0] ?? ctx.contentStart());
    return ctx.lines.rangeAt(start, ctx.lines.lineEndAt(start));
  };
  /** Walks `path`; returns the deepest hit and whether the whole path was found. */
  const walk = (path: string | readonly PathSegment[]): { hit: Hit; complete: boolean } => {
    const segs = typeof path === 'string' ? parsePath(path) : path;
    let hit = root();
    for (const seg of segs) {
      const next = step(hit.node, seg, ctx);
      if (!next) return { hit, complete: false };
      hit = next;
    }
    return { hit, complete: true };
  };
  const nodeRange = (hit: Hit): NodeRange => {
    const key = rangeOf(hit.key);
    const value = rangeOf(hit.node) ?? (key ? { start: key.end, end: key.end } : firstLine(null));
    return key ? { key, value } : { value };
  };

  return {
    get(path) {
      const { hit, complete } = walk(path);
      return complete ? nodeRange(hit) : undefined;
    },
    locate(path, prefer) {
      const { hit, complete } = walk(path);
      const r = nodeRange(hit);
      if (!complete) return r.key ?? firstLine(hit.node);
      if (prefer === 'key') return r.key ?? r.value;
      if (prefer === 'value' || !r.key) return r.value;
      return isCollection(deref(hit.node, ctx)) ? r.key : r.value; // a whole block is too wide to underline
    },
    scalarSource(path) {
      const { hit, complete } = walk(path);
      const node = complete ? deref(hit.node, ctx) : null;
      return isScalar(node) && node.range ? ctx.text().slice(node.range[0], node.range[1]) : undefined;
    },
    get documentRange() {
      if (itemIndex !== undefined) return rangeOf(root().node) ?? firstLine(null);
      return ctx.range(ctx.contentStart(), ctx.text().trimEnd().length);
    },
  };
}
