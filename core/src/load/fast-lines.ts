import type { Scanner } from './fast-scan.js';
import type { LineIndex } from './line-index.js';
import { CR, HASH, LF, SP } from './char-codes.js';

/** {@link DocLines.indent} of a blank (or whitespace-only) line. */
export const BLANK = -1;
/** {@link DocLines.indent} of a line whose first non-space character is `#`. */
export const COMMENT = -2;

/**
 * The lines of one document for the fast position path, read in one pass: their starts (from the file's line
 * index, which positions need anyway), their indentation, and for each content line where the lines nested
 * under it end, so that reading a collection hops over the values of its entries instead of visiting their
 * lines. Comment-looking lines inside block or quoted scalars count as comments here: they are more indented
 * than the entry holding the scalar, so they are skipped either way.
 */
export class DocLines {
  private readonly fileStarts: readonly number[];
  private readonly line0: number;
  /** Lines of the document (the tree ends them at a `...` line). */
  count: number;
  /** Per line: the number of leading spaces of a content line, or {@link BLANK} or {@link COMMENT}. */
  readonly indent: Int32Array;
  /** Per content line: the next content line indented at most as much (or the line count). */
  readonly next: Int32Array;

  /** `base`: the offset of the document in the file that `lines` indexes. */
  constructor(
    s: Scanner,
    lines: LineIndex,
    private readonly base: number,
  ) {
    const t = s.t;
    this.fileStarts = lines.starts();
    this.line0 = lines.lineOf(base);
    const count = lines.lineOf(base + t.length - 1) - this.line0 + 1;
    this.count = count;
    // one buffer for the two tables and the stack of content lines whose `next` is not known yet (less
    // indented from bottom to top): a document with findings builds its lines once, small arrays are cheap to make
    const buffer = new Int32Array(3 * count);
    const indent = buffer.subarray(0, count);
    const next = buffer.subarray(count, 2 * count);
    const open = buffer.subarray(2 * count);
    let top = 0;
    for (let i = 0; i < count; i++) {
      const q = this.start(i);
      let f = q;
      while (t.charCodeAt(f) === SP) f++;
      const c = t.charCodeAt(f);
      if (c === LF || c === CR || f >= t.length) indent[i] = BLANK;
      else if (c === HASH) indent[i] = COMMENT;
      else {
        const d = f - q;
        indent[i] = d;
        while (top > 0 && (indent[open[top - 1] as number] as number) >= d) next[open[--top] as number] = i;
        open[top++] = i;
      }
    }
    while (top > 0) next[open[--top] as number] = count;
    this.indent = indent;
    this.next = next;
  }

  /** Document offset of the start of line `i`. */
  start(i: number): number {
    return Math.max(0, (this.fileStarts[this.line0 + i] as number) - this.base);
  }

  /** The index of the line holding `offset` (the line count from the content end on). */
  lineAt(offset: number, n: number): number {
    if (offset >= n) return this.count;
    const starts = this.fileStarts;
    const at = offset + this.base;
    let lo = this.line0;
    let hi = this.line0 + this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo - this.line0;
  }
}
