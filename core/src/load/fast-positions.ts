import type { SourceRange } from '../diagnostic.js';
import type { DocumentContext } from './document-context.js';
import { decline, Scanner } from './fast-scan.js';
import { collectionEnd } from './fast-ends.js';
import type { FastNode, Slot } from './fast-nodes.js';
import { FastTree } from './fast-tree.js';
import { parsePath, type PathSegment } from './json-path.js';
import type { NodeRange, PositionMap } from './types.js';

/**
 * The fast position map: answers from the document text's indentation (`fast-tree.ts`) with the ranges the
 * `yaml`-based map gives, without a full parse. Its methods throw `FastPathDeclined` on anything it cannot be
 * sure about; `createPositionMap` (`position-map.ts`) then uses the `yaml` map for that document.
 */

/** One tree per document, shared by the maps of its List items; built on first use. */
const trees = new WeakMap<DocumentContext, FastTree>();

/** The fast tree of a document (built on first use; throws `FastPathDeclined`). */
export function fastTreeOf(ctx: DocumentContext): FastTree {
  let tree = trees.get(ctx);
  if (tree !== undefined) return tree;
  const text = ctx.text();
  if (text.includes('\uFEFF')) decline('byte order mark inside the document');
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) decline('lone CR');
  const contentStart = ctx.contentStart();
  if (contentStart >= text.length) decline('no content');
  if (text.charCodeAt(0) === 37 || text.lastIndexOf('\n%', contentStart) >= 0) decline('directive');
  tree = new FastTree(new Scanner(text, text.length), contentStart, ctx.lines, ctx.slice.start); // `...` ends the content
  trees.set(ctx, tree);
  return tree;
}

interface Hit {
  node: FastNode;
  slot?: Slot;
}

const isCollection = (node: FastNode): boolean => node.kind === 'map' || node.kind === 'seq' || node.kind === 'flow';

/** One step down, as the `yaml` map steps (the last pair with the key wins). */
function step(tree: FastTree, from: Hit, seg: PathSegment): Hit | undefined {
  const node = from.node;
  if (node.kind === 'flow') {
    // `{}` and `[]` (common: `resources: {}`) have nothing below them; other flow collections are not read
    if (tree.s.t.slice(node.start + 1, node.end - 1).trim() === '') return undefined;
    decline('path into a flow collection');
  }
  if (typeof seg === 'number') {
    if (node.kind !== 'seq') return undefined;
    if (!Number.isInteger(seg)) decline('odd index');
    const slot = tree.children(node)[seg];
    return seg >= 0 && slot !== undefined ? { node: slot.node as FastNode, slot } : undefined;
  }
  if (node.kind !== 'map') return undefined;
  const slot = tree.slotByKey(node, seg);
  return slot && { node: slot.node as FastNode, slot };
}

/** Parsed string paths: rules ask the same few paths of many documents. */
const parsedPaths = new Map<string, readonly PathSegment[]>();

function segmentsOf(path: string | readonly PathSegment[]): readonly PathSegment[] {
  if (typeof path !== 'string') return path;
  let segs = parsedPaths.get(path);
  if (segs === undefined) {
    if (parsedPaths.size >= 4096) parsedPaths.clear();
    segs = parsePath(path);
    parsedPaths.set(path, segs);
  }
  return segs;
}

/** How many segments of `segs` the decoded value has. */
function decodedDepth(value: unknown, segs: readonly PathSegment[]): number {
  let v = value;
  let depth = 0;
  for (const seg of segs) {
    if (typeof seg === 'number' ? !Array.isArray(v) || seg < 0 || seg >= v.length : v === null || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, seg)) break;
    v = (v as Record<string | number, unknown>)[seg];
    depth++;
  }
  return depth;
}

interface Walked {
  tree: FastTree;
  hit: Hit;
  complete: boolean;
}

const endOf = (tree: FastTree, node: FastNode): number => (node.kind === 'map' || node.kind === 'seq' ? collectionEnd(tree, node) : node.end);

/**
 * The fast map of one document (or of one item of a `List`, rooted at `items[i]`). `value` is the decoded
 * object the map is for, if known: a path the scan and the object disagree on is declined.
 */
class FastPositionMap implements PositionMap {
  constructor(
    private readonly ctx: DocumentContext,
    private readonly itemIndex: number | undefined,
    private readonly value: unknown,
  ) {}

  get(path: string | readonly PathSegment[]): NodeRange | undefined {
    const { tree, hit, complete } = this.walk(path);
    if (!complete) return undefined;
    const key = this.keyOf(hit);
    const value = this.valueOf(tree, hit);
    return key ? { key, value } : { value };
  }

  locate(path: string | readonly PathSegment[], prefer?: 'key' | 'value'): SourceRange {
    const { tree, hit, complete } = this.walk(path);
    const key = this.keyOf(hit);
    if (!complete) return key ?? this.firstLine(hit.node);
    if (key && (prefer === 'key' || (prefer !== 'value' && isCollection(hit.node)))) return key;
    return this.valueOf(tree, hit);
  }

  scalarSource(path: string | readonly PathSegment[]): string | undefined {
    const { hit, complete } = this.walk(path);
    const { kind, start, end } = hit.node;
    return complete && (kind === 'scalar' || kind === 'block' || kind === 'null') ? this.ctx.text().slice(start, end) : undefined;
  }

  get documentRange(): SourceRange {
    const ctx = this.ctx;
    if (this.itemIndex === undefined) return ctx.range(ctx.contentStart(), ctx.text().trimEnd().length);
    const tree = fastTreeOf(ctx);
    return this.valueOf(tree, this.root(tree));
  }

  private root(tree: FastTree): Hit {
    const top: Hit = { node: tree.root };
    if (this.itemIndex === undefined) return top;
    const items = step(tree, top, 'items');
    return (items && step(tree, items, this.itemIndex)) ?? top;
  }

  private walk(path: string | readonly PathSegment[]): Walked {
    const segs = segmentsOf(path);
    const tree = fastTreeOf(this.ctx);
    let hit = this.root(tree);
    let depth = 0;
    for (const seg of segs) {
      const next = step(tree, hit, seg);
      if (!next) break;
      hit = next;
      depth++;
    }
    if (this.value !== undefined && decodedDepth(this.value, segs) !== depth) decline('the decoded object disagrees');
    return { tree, hit, complete: depth === segs.length };
  }

  private keyOf(hit: Hit): SourceRange | undefined {
    return hit.slot?.key === undefined ? undefined : this.ctx.range(hit.slot.ks, hit.slot.ke);
  }

  private valueOf(tree: FastTree, hit: Hit): SourceRange {
    return this.ctx.range(hit.node.start, endOf(tree, hit.node));
  }

  private firstLine(node: FastNode): SourceRange {
    const start = this.ctx.slice.start + node.start;
    return this.ctx.lines.rangeAt(start, this.ctx.lines.lineEndAt(start));
  }
}

/** The fast map of a document; its methods throw `FastPathDeclined` where the scan is not sure. */
export function createFastPositionMap(ctx: DocumentContext, itemIndex?: number, value?: unknown): PositionMap {
  return new FastPositionMap(ctx, itemIndex, value);
}
