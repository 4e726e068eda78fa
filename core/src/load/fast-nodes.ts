import type { Extent, KeyInfo } from './fast-scan.js';

/** The nodes of the fast position path's document tree (`fast-tree.ts`). */
export type Kind = 'map' | 'seq' | 'scalar' | 'block' | 'flow' | 'null';

export class FastNode {
  /** `range[1]` in `yaml`; for collections computed on first use (-1 before). */
  end = -1;
  /** Scalars and flow collections: end of their last line; empty values: `range[2]` as far as their own props go. */
  lastLineEnd = -1;
  /** Scalars, flow collections and block scalars: start of the line after the node. */
  after = -1;
  /** Collections: the column of their entries, and the line of the first one. */
  col = -1;
  line = -1;
  /** A sequence at its parent mapping's indentation (`key:\n- a`). */
  indentless = false;
  slots: Slot[] | undefined = undefined;
  keys: Map<string, Slot> | undefined = undefined;
  /** Collections: the first content after them (the token that ends them), or the content end. */
  stop = -1;
  /** Mappings: their first key, as read to tell a mapping from a scalar. */
  firstKey: KeyInfo | undefined = undefined;

  constructor(
    readonly kind: Kind,
    readonly start: number,
  ) {}
}

/** One entry of a collection: a mapping pair or a sequence item. */
export class Slot {
  key: string | undefined = undefined;
  ks = -1;
  ke = -1;
  /** The value; collections on the following lines and compact ones (`- a: 1`) are set by `body`. */
  node: FastNode | undefined = undefined;
  /** Column of a value on the following lines or of a compact collection (-1: none). */
  vCol = -1;
  /** Where `yaml` puts an empty value: past the indicator and its spaces. */
  nullPos = -1;
  comment = false;
  /** True once a scalar, flow collection or block scalar value has been read. */
  inline = false;
  /** The line after the entry's first line (or after its inline value). */
  next = -1;
  /** The first content after the entry. */
  stop = -1;
}

/** A scalar, flow collection or block scalar node of an extent. */
export function leaf(kind: Kind, e: Extent): FastNode {
  const node = new FastNode(kind, e.start);
  node.end = e.end;
  node.lastLineEnd = e.lastLineEnd;
  node.after = e.after;
  return node;
}
