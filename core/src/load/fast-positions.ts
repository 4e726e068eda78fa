import type { SourceRange } from '../diagnostic.js';
import type { DocumentContext } from './document-context.js';
import { decline, Scanner } from './fast-scan.js';
import { collectionEnd } from './fast-ends.js';
import type { FastNode, Slot } from './fast-nodes.js';
import { FastTree } from './fast-tree.js';
import { parsePath, type PathSegment } from './json-path.js';
import type { LineIndex } from './line-index.js';
import type { NodeRange, PositionMap } from './types.js';

/**
 * The fast position map: answers from the document text's indentation (`fast-tree.ts`) with the ranges the
 * `yaml`-based map gives, without a full parse. Its methods throw `FastPathDeclined` on anything it cannot be
 * sure about; `createPositionMap` (`position-map.ts`) then uses the `yaml` map for that document.
 */

/** What the fast path keeps per file (by its line index). */
interface FileState {
  /** No CR and no byte order mark anywhere: the file's documents need not be searched for either. */
  plain: boolean;
  /**
   * The tree of the document last read, shared by the maps of its List items. Lookups come document after
   * document (a lint run reports an object's findings together), and a tree costs microseconds to rebuild:
   * keeping only the last one keeps 10,000 documents' trees from outliving their findings and filling the old
   * generation of the heap.
   */
  last: { ctx: DocumentContext; tree: FastTree } | undefined;
}

const files = new WeakMap<LineIndex, FileState>();

function fileState(lines: LineIndex): FileState {
  let state = files.get(lines);
  if (state === undefined) {
    state = { plain: !lines.text.includes('\r') && !lines.text.includes('\uFEFF'), last: undefined };
    files.set(lines, state);
  }
  return state;
}

/** The fast tree of a document (built on first use; throws `FastPathDeclined`). */
export function fastTreeOf(ctx: DocumentContext): FastTree {
  const file = fileState(ctx.lines);
  if (file.last?.ctx === ctx) return file.last.tree;
  const text = ctx.text();
  if (!file.plain) {
    if (text.includes('\uFEFF')) decline('byte order mark inside the document');
    for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) decline('lone CR');
  }
  const contentStart = ctx.contentStart();
  if (contentStart >= text.length) decline('no content');
  if (text.charCodeAt(0) === 37 || text.lastIndexOf('\n%', contentStart) >= 0) decline('directive');
  const tree = new FastTree(new Scanner(text, text.length), contentStart, ctx.lines, ctx.slice.start); // `...` ends the content
  file.last = { ctx, tree };
  return tree;
}

const isCollection = (node: FastNode): boolean => node.kind === 'map' || node.kind === 'seq' || node.kind === 'flow';

/** One step down, as the `yaml` map steps (the last pair with the key wins): the entry reached, if any. */
function step(tree: FastTree, node: FastNode, seg: PathSegment): Slot | undefined {
  if (node.kind === 'flow') {
    // `{}` and `[]` (common: `resources: {}`) have nothing below them; other flow collections are not read
    if (tree.s.t.slice(node.start + 1, node.end - 1).trim() === '') return undefined;
    decline('path into a flow collection');
  }
  if (typeof seg === 'number') {
    if (node.kind !== 'seq') return undefined;
    if (!Number.isInteger(seg)) decline('odd index');
    const slots = tree.children(node);
    return seg >= 0 ? slots[seg] : undefined;
  }
  if (node.kind !== 'map') return undefined;
  return tree.slotByKey(node, seg);
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

/** Where a walk ended: the deepest node found, the entry holding it (none for the root), and whether the whole path was found. */
interface Walked {
  tree: FastTree;
  node: FastNode;
  slot: Slot | undefined;
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
    const { tree, node, slot, complete } = this.walk(path);
    if (!complete) return undefined;
    const key = this.keyOf(slot);
    const value = this.valueOf(tree, node);
    return key ? { key, value } : { value };
  }

  locate(path: string | readonly PathSegment[], prefer?: 'key' | 'value'): SourceRange {
    const { tree, node, slot, complete } = this.walk(path);
    const hasKey = slot?.key !== undefined;
    if (!complete) return hasKey ? (this.keyOf(slot) as SourceRange) : this.firstLine(node);
    if (hasKey && (prefer === 'key' || (prefer !== 'value' && isCollection(node)))) return this.keyOf(slot) as SourceRange;
    return this.valueOf(tree, node);
  }

  scalarSource(path: string | readonly PathSegment[]): string | undefined {
    const { node, complete } = this.walk(path);
    const { kind, start, end } = node;
    return complete && (kind === 'scalar' || kind === 'block' || kind === 'null') ? this.ctx.text().slice(start, end) : undefined;
  }

  get documentRange(): SourceRange {
    const ctx = this.ctx;
    if (this.itemIndex === undefined) return ctx.range(ctx.contentStart(), ctx.text().trimEnd().length);
    const tree = fastTreeOf(ctx);
    return this.valueOf(tree, this.root(tree)?.node ?? tree.root);
  }

  /** The entry of the List item the map is rooted at (undefined for a document's root, or a missing item). */
  private root(tree: FastTree): Slot | undefined {
    if (this.itemIndex === undefined) return undefined;
    const items = step(tree, tree.root, 'items');
    return items && step(tree, items.node as FastNode, this.itemIndex);
  }

  private walk(path: string | readonly PathSegment[]): Walked {
    const segs = segmentsOf(path);
    const tree = fastTreeOf(this.ctx);
    let slot = this.root(tree);
    let node = slot?.node ?? tree.root;
    let depth = 0;
    for (const seg of segs) {
      const next = step(tree, node, seg);
      if (!next) break;
      slot = next;
      node = next.node as FastNode;
      depth++;
    }
    if (this.value !== undefined && decodedDepth(this.value, segs) !== depth) decline('the decoded object disagrees');
    return { tree, node, slot, complete: depth === segs.length };
  }

  private keyOf(slot: Slot | undefined): SourceRange | undefined {
    return slot?.key === undefined ? undefined : this.ctx.range(slot.ks, slot.ke);
  }

  private valueOf(tree: FastTree, node: FastNode): SourceRange {
    return this.ctx.range(node.start, endOf(tree, node));
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
