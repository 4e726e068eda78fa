import type { Position, SourceRange } from '../diagnostic.js';

/**
 * Offset → line/column for one file's text. The line starts are computed on first use only, so the bulk load
 * never pays for it; after that each lookup is a binary search. Columns are UTF-16 code units (JS string
 * offsets), lines break at `\n`, `\r\n` and a lone `\r`, as in LSP.
 */
export class LineIndex {
  private cache: number[] | undefined;

  constructor(readonly text: string) {}

  /** 0-based line and UTF-16 column of `offset` (clamped to the text). */
  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(at);
    return { line, col: at - (this.lineStarts()[line] as number) };
  }

  /** The 0-based line holding `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The offsets where lines start, in order (the fast position path walks them). */
  starts(): readonly number[] {
    return this.lineStarts();
  }

  /**
   * The range between two offsets, without trailing line breaks (block nodes and parser errors often end at the
   * start of the next line; an editor or an annotation should not show that line).
   */
  rangeAt(start: number, end: number): SourceRange {
    const text = this.text;
    let e = Math.min(end, text.length);
    while (e > start) {
      const c = text.charCodeAt(e - 1);
      if (c !== 10 && c !== 13) break;
      e--;
    }
    return { start: this.positionAt(start), end: this.positionAt(e) };
  }

  /** Offset of the end of the line holding `offset`, before its line break. */
  lineEndAt(offset: number): number {
    let end = offset;
    const text = this.text;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    return end;
  }

  /** Number of lines (a text without line breaks has one). */
  get lineCount(): number {
    return this.lineStarts().length;
  }

  private lineStarts(): number[] {
    if (this.cache !== undefined) return this.cache;
    const text = this.text;
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // Fast path: indexOf is much quicker than a character loop on large files.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    }
    this.cache = starts;
    return starts;
  }
}
