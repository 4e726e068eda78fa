import { LineIndex } from '../load/line-index.js';
import { splitDocuments, type DocumentSlice } from '../load/split-documents.js';
import type { DocLines } from './climb.js';
import { readLineEntry, type LineEntry } from './line-entry.js';

/**
 * A file's text as the editor helpers read it: lines, the YAML documents (split as the loader splits them),
 * and each line's entry, read on first use. Build one per text version and reuse it across requests.
 */
export class TextLines {
  readonly index: LineIndex;
  private slices: DocumentSlice[] | undefined;
  private readonly entries = new Map<number, LineEntry | undefined>();

  constructor(readonly text: string) {
    this.index = new LineIndex(text);
  }

  get documents(): readonly DocumentSlice[] {
    return (this.slices ??= splitDocuments(this.text));
  }

  /** The text of a line, without its line break. */
  line(n: number): string {
    const starts = this.index.starts();
    const start = starts[n];
    if (start === undefined) return '';
    return this.text.slice(start, this.index.lineEndAt(start));
  }

  get lineCount(): number {
    return this.index.lineCount;
  }

  offsetAt(line: number, col: number): number {
    const start = this.index.starts()[line];
    return start === undefined ? this.text.length : Math.min(start + col, this.index.lineEndAt(start));
  }

  entry(line: number): LineEntry | undefined {
    if (this.entries.has(line)) return this.entries.get(line);
    const e = readLineEntry(this.line(line));
    this.entries.set(line, e);
    return e;
  }

  /** The document holding `offset` (the last one starting at or before it). */
  documentAt(offset: number): DocumentSlice | undefined {
    let found: DocumentSlice | undefined;
    for (const d of this.documents) {
      if (d.start > offset) break;
      found = d;
    }
    return found;
  }

  /** The lines of the document holding `offset`, for a climb. */
  docLines(doc: DocumentSlice): DocLines {
    const first = this.index.lineOf(doc.start);
    const last = this.index.lineOf(Math.max(doc.start, doc.end - 1));
    return { first, last, entry: (l) => (l === first && this.line(l).startsWith('---') ? undefined : this.entry(l)) };
  }
}
