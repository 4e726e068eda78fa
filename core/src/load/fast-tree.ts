import { BLANK, COMMENT, DocLines } from './fast-lines.js';
import { FastNode, leaf, Slot } from './fast-nodes.js';
import { blockScalarExtent, flowExtent, plainExtent, quotedExtent } from './fast-scalars.js';
import { decline, type KeyInfo, type Scanner } from './fast-scan.js';
import type { LineIndex } from './line-index.js';
import { CR, DASH, HASH, LF, TAB } from './char-codes.js';

/**
 * The block structure of one document, read from indentation, lazily: a collection reads its entries on
 * first use only, hopping over the lines of nested values by their indentation (`fast-lines.ts`). Offsets
 * are those of `yaml`'s CST (`fast-ends.ts` computes where collections end).
 */

export class FastTree {
  readonly root: FastNode;
  readonly lines: DocLines;

  /** `base`: the offset of the document in the file that `lines` indexes. */
  constructor(
    readonly s: Scanner,
    contentStart: number,
    lines: LineIndex,
    base: number,
  ) {
    this.lines = new DocLines(s, lines, base);
    const line = this.lines.lineAt(contentStart, s.n);
    const col = this.lines.indent[line] as number;
    if (this.lines.start(line) + col !== contentStart) decline('content after `---` or a tab');
    this.root = this.collectionAt(contentStart, col, -1, line, this.mappingKey(contentStart));
  }

  /** The key at `f` if a mapping starts there, else undefined (flow keys are not read). */
  private mappingKey(f: number): KeyInfo | undefined {
    const c = this.s.t.charCodeAt(f);
    return c === 91 || c === 123 ? undefined : this.s.keyAt(f);
  }

  /**
   * The collection whose first entry starts at `f` (column `col`, line `line`), in one at `parentCol`:
   * a sequence, or a mapping whose first key is `key`.
   */
  private collectionAt(f: number, col: number, parentCol: number, line: number, key: KeyInfo | undefined): FastNode {
    const s = this.s;
    const isSeq = key === undefined && s.t.charCodeAt(f) === DASH && s.isBlank(f + 1);
    if (!isSeq && key === undefined) decline('not a block collection');
    const node = new FastNode(isSeq ? 'seq' : 'map', f);
    node.col = col;
    node.line = line;
    node.indentless = isSeq && col === parentCol;
    node.firstKey = key && { ks: key.ks, ke: key.ke, key: key.key, value: key.value }; // `keyAt` reuses its result
    return node;
  }

  /** A value written on its entry's line (or alone on the next): a scalar, flow collection or block scalar. */
  private inline(slot: Slot, v: number, indentNext: number, line: number): void {
    const s = this.s;
    const c = s.t.charCodeAt(v);
    let node: FastNode;
    if (c === 124 || c === 62) node = leaf('block', blockScalarExtent(s, v, indentNext));
    else if (c === 34 || c === 39) node = leaf('scalar', quotedExtent(s, v, indentNext));
    else if (c === 91 || c === 123) node = leaf('flow', flowExtent(s, v, indentNext));
    // & * ! % @ ` , ] } # and `- `, `? `, `: `
    else if (c === 38 || c === 42 || c === 33 || c === 37 || c === 64 || c === 96 || c === 44 || c === 93 || c === 125 || c === HASH) decline('value indicator');
    else if ((c === DASH || c === 63 || c === 58) && s.isBlank(v + 1)) decline('indicator where a value is expected');
    else node = leaf('scalar', plainExtent(s, v, indentNext));
    slot.node = node;
    slot.inline = true;
    const lines = this.lines;
    slot.next = line + 1 < lines.count && lines.start(line + 1) === node.after ? line + 1 : lines.lineAt(node.after, s.n);
  }

  private mapSlot(f: number, col: number, line: number, key: KeyInfo | undefined): Slot {
    const s = this.s;
    const k = key ?? s.keyAt(f);
    if (k === undefined) decline('not a mapping key');
    const slot = new Slot();
    slot.key = k.key;
    slot.ks = k.ks;
    slot.ke = k.ke;
    const v = k.value;
    const c = s.t.charCodeAt(v);
    if (s.isBreak(v) || c === HASH) {
      slot.nullPos = v;
      slot.comment = c === HASH;
      slot.next = line + 1;
    } else if (c === DASH && s.isBlank(v + 1)) decline('sequence on a key line');
    else this.inline(slot, v, col + 1, line);
    return slot;
  }

  private seqSlot(f: number, col: number, line: number): Slot {
    const s = this.s;
    const slot = new Slot();
    const v = s.afterSpaces(f + 1);
    const c = s.t.charCodeAt(v);
    if (s.isBreak(v) || c === HASH) {
      slot.nullPos = v;
      slot.comment = c === HASH;
      slot.next = line + 1;
    } else {
      const key = c === DASH && s.isBlank(v + 1) ? undefined : this.mappingKey(v);
      if (key === undefined && !(c === DASH && s.isBlank(v + 1))) this.inline(slot, v, col + 1, line);
      else {
        slot.vCol = v - f + col; // a compact sequence or mapping
        slot.node = this.collectionAt(v, slot.vCol, col, line, key);
        slot.next = line + 1;
      }
    }
    return slot;
  }

  /**
   * Consumes the lines of an entry after its first line: a value on the following lines, or nothing but
   * comments. Returns the line of the first content after them (the next entry, or what ends the collection).
   */
  private body(slot: Slot, col: number, isMap: boolean): number {
    const s = this.s;
    const t = s.t;
    const lines = this.lines;
    const { indent, next } = lines;
    let comment = slot.comment;
    let i = slot.next;
    let f = s.n;
    while (i < lines.count) {
      const ind = indent[i] as number;
      if (ind === BLANK || ind === COMMENT) {
        comment ||= ind === COMMENT;
        i++;
        continue;
      }
      // the lines of the value's collection: hop over them (the lines nested under a line end at `next`)
      if (slot.vCol >= 0 && (ind >= slot.vCol && (slot.vCol > col || ind > col))) {
        i = next[i] as number;
        continue;
      }
      f = lines.start(i) + ind;
      const c = t.charCodeAt(f);
      if (ind > col) {
        if (slot.inline) decline('indented line after a value');
        if (slot.vCol >= 0) decline('bad indentation');
        if (c === TAB || c === 124 || c === 62) decline('tab or block scalar header on its own line');
        const seq = c === DASH && s.isBlank(f + 1);
        const key = seq ? undefined : this.mappingKey(f);
        if (seq || key !== undefined) {
          slot.vCol = ind;
          slot.node = this.collectionAt(f, ind, col, i, key);
          i = next[i] as number;
        } else {
          // a scalar or flow collection on the line after its key: continuation lines may be less indented
          this.inline(slot, f, col + 1, i);
          i = slot.next;
        }
        continue;
      }
      if (c === TAB) decline('tab');
      if (isMap && ind === col && c === DASH && s.isBlank(f + 1)) {
        if (slot.inline || (slot.vCol >= 0 && slot.vCol !== col)) decline('misplaced sequence entry');
        if (slot.vCol < 0) {
          slot.vCol = col;
          slot.node = this.collectionAt(f, col, col, i, undefined);
        }
        i = next[i] as number;
        continue;
      }
      if (ind === 0 && c === 46 && t.startsWith('...', f) && s.isBlank(f + 3)) {
        s.n = f; // a document end marker: the content ends here
        lines.count = i;
      }
      break;
    }
    const stop = i < lines.count ? f : s.n;
    slot.stop = stop;
    if (slot.node === undefined) {
      const empty = new FastNode('null', slot.nullPos);
      empty.end = slot.nullPos;
      empty.lastLineEnd = comment ? stop : slot.nullPos; // comments after an empty value widen its node
      slot.node = empty;
    }
    return i;
  }

  /** The entries of a collection, read on first use. */
  children(node: FastNode): Slot[] {
    if (node.slots !== undefined) return node.slots;
    const s = this.s;
    const slots: Slot[] = [];
    const isMap = node.kind === 'map';
    const col = node.col;
    let f = node.start;
    let line = node.line;
    let key = node.firstKey;
    for (;;) {
      const slot = isMap ? this.mapSlot(f, col, line, key) : this.seqSlot(f, col, line);
      key = undefined;
      slots.push(slot);
      line = this.body(slot, col, isMap);
      node.stop = slot.stop;
      if (line >= this.lines.count) break;
      f = slot.stop;
      if ((this.lines.indent[line] as number) < col) break;
      if (!isMap && !(s.t.charCodeAt(f) === DASH && s.isBlank(f + 1))) {
        if (node.indentless) break;
        decline('not a sequence entry');
      }
    }
    if (node === this.root && node.stop < s.n) decline('content after the root collection');
    node.slots = slots;
    return slots;
  }

  /** The entry of a mapping with that key (the last one wins); big mappings get an index on first use. */
  slotByKey(node: FastNode, key: string): Slot | undefined {
    const slots = this.children(node);
    if (slots.length > 16) {
      if (node.keys === undefined) {
        node.keys = new Map();
        for (const slot of slots) node.keys.set(slot.key as string, slot);
      }
      return node.keys.get(key);
    }
    for (let i = slots.length - 1; i >= 0; i--) if ((slots[i] as Slot).key === key) return slots[i];
    return undefined;
  }
}
