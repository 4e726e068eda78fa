import { decline } from './fast-scan.js';
import type { FastNode, Slot } from './fast-nodes.js';
import type { FastTree } from './fast-tree.js';
import { HASH } from './char-codes.js';

/**
 * Where a collection ends in `yaml`: `range[1]` of a block collection is `range[2]` of its last value,
 * recursively, and comment lines move that end. The `yaml` parser hands the comment lines after the last
 * scalar to the innermost open collection: deeper-indented ones extend that scalar (`atIndentedComment`), the
 * rest become a comment item that each collection, when it closes, passes up to its parent unless one of the
 * comments is at least as indented as the collection (`Parser.pop`); a collection keeping it ends at the next
 * token. An empty value with comments in its props ends at the next token too.
 */

const lastSlot = (tree: FastTree, node: FastNode): Slot => {
  const slots = tree.children(node);
  return slots[slots.length - 1] as Slot;
};

/** Collects `v` and its last values while they are collections; returns the leaf at the end. */
function lastChain(tree: FastTree, v: FastNode, chain: FastNode[]): FastNode {
  while (v.kind === 'map' || v.kind === 'seq') {
    chain.push(v);
    v = lastSlot(tree, v).node as FastNode;
  }
  return v;
}

/**
 * `range[2]` of a scalar, flow collection or block scalar in a collection at `col`, and the deepest
 * indentation of the comments before `stop` left in a comment item (-1 if none).
 */
function trailing(tree: FastTree, leaf: FastNode, col: number, stop: number): [number, number] {
  const s = tree.s;
  let end = leaf.kind === 'block' ? leaf.end : leaf.lastLineEnd;
  let run = leaf.kind !== 'block'; // block scalar tokens have no `end` to extend
  let pending = -1;
  for (let q = leaf.after; q < s.n; q = s.nextLine(q)) {
    const f = s.spaces(q);
    if (f >= stop) break;
    if (s.t.charCodeAt(f) !== HASH) continue;
    if (run && f - q > col) end = s.eol(f);
    else {
      run = false;
      pending = Math.max(pending, f - q);
    }
  }
  return [end, pending];
}

/**
 * `range[2]` of the empty value of entry `index` of `parent`: the next token when comments are in its props.
 * Those of a sequence item include a comment item left after the previous item, which its `-` joins.
 */
function nullEnd(tree: FastTree, parent: FastNode, index: number): number {
  const slots = parent.slots as Slot[];
  const slot = slots[index] as Slot;
  const node = slot.node as FastNode;
  if (node.lastLineEnd !== node.start || parent.kind !== 'seq' || index === 0) return node.lastLineEnd;
  const prev = slots[index - 1] as Slot;
  const chain: FastNode[] = [];
  const leaf = lastChain(tree, prev.node as FastNode, chain);
  if (leaf.kind === 'null') return node.start; // comments after an empty value stay in its own props
  const [, pending] = trailing(tree, leaf, chain.length > 0 ? (chain[chain.length - 1] as FastNode).col : parent.col, prev.stop);
  const kept = chain.some((c) => c.col > 0 && pending >= c.col);
  return pending >= 0 && !kept ? slot.stop : node.start;
}

/** `range[1]` of a block collection (cached on it and on the collections of its last-entry chain). */
export function collectionEnd(tree: FastTree, node: FastNode): number {
  if (node.end >= 0) return node.end;
  const chain: FastNode[] = [];
  const last = lastChain(tree, node, chain);
  const inner = chain[chain.length - 1] as FastNode;
  const stop = node.stop;
  let end: number;
  let pending = -1;
  if (last.kind === 'null') end = nullEnd(tree, inner, (inner.slots as Slot[]).length - 1);
  else [end, pending] = trailing(tree, last, inner.col, stop);
  for (let j = chain.length - 1; j >= 0; j--) {
    const c = chain[j] as FastNode;
    if (c.stop !== stop) decline('inconsistent collection ends');
    c.end = end;
    if (c.col > 0 && pending >= c.col) end = stop;
  }
  return node.end;
}
