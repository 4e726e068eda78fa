import type { PathSegment } from '../load/json-path.js';
import { climb, keysBelow } from './climb.js';
import type { TextLines } from './text-lines.js';

/**
 * What the user is writing at the cursor, for completion: a key of the mapping at `path`, or the value of the
 * field at `path`. Read from indentation, so it works on the half-typed text completion runs on.
 */
export interface CompletionContext {
  /** Index of the YAML document in the file (the loader's `docIndex`). */
  docIndex: number;
  role: 'key' | 'value';
  /** `key`: the mapping the key goes into; `value`: the field whose value is written (`[..., 'image']`). */
  path: PathSegment[];
  /** What is typed so far (quotes left out), and the columns it spans on the cursor line: the text to replace. */
  prefix: string;
  line: number;
  startCol: number;
  endCol: number;
  /** Keys the mapping already has (`key`), to leave out of the proposals. */
  siblings: string[];
  /** The entry starts a new `- ` item: when the sequence holds scalars, a value is written there, not a key. */
  newItem: boolean;
  /** The value is written right after the colon: a proposal needs a space before it. */
  needsSpace: boolean;
  /** `key`: the key's colon is already written (a proposal replaces the key only). */
  keyWritten: boolean;
}

/** The completion context at a position; `undefined` in comments, block scalars and flow collections. */
export function completionContext(lines: TextLines, line: number, col: number): CompletionContext | undefined {
  const offset = lines.offsetAt(line, col);
  // An empty file (or blank lines before the first document) is the start of document 0.
  const doc = lines.documentAt(offset) ?? { index: 0, start: 0, end: lines.text.length, hasContent: false };
  const text = lines.line(line);
  const before = text.slice(0, col);
  if (/(^|\s)#/.test(before) || /^(---|\.\.\.)(\s|$)/.test(text)) return undefined;
  const entry = lines.entry(line);
  const docLines = lines.docLines(doc);
  const dashes = (entry?.dashes ?? []).filter((d) => d < col);
  const lineEnd = text.length;
  const key = entry?.key;
  if (key !== undefined && col > key.end) {
    // After `key:`: the value.
    const v = entry?.value;
    if (v !== undefined && /^[[{|>]/.test(v.text)) return undefined;
    const found = climb(docLines, line, key.start, dashes);
    if (found === undefined) return undefined;
    const startCol = v?.start ?? Math.min(col, lineEnd);
    const raw = v === undefined ? '' : text.slice(v.start, Math.max(v.start, col));
    return {
      docIndex: doc.index,
      role: 'value',
      path: [...found.path, key.text],
      prefix: raw.replace(/^["']/, ''),
      line,
      startCol,
      endCol: v?.end ?? startCol,
      siblings: [],
      newItem: false,
      needsSpace: v === undefined && text.charCodeAt(col - 1) === 58,
      keyWritten: true,
    };
  }
  // A key: typed (a partial word, or a key whose colon is right of the cursor), or about to be on a blank line.
  const startCol = key?.start ?? entry?.value?.start ?? (dashes.length > 0 ? Math.min(col, (dashes[dashes.length - 1] as number) + 2) : col);
  if (startCol > col) return undefined;
  if (entry?.value !== undefined && key === undefined && /^[[{|>"']/.test(entry.value.text)) return undefined;
  const found = climb(docLines, line, startCol, dashes);
  if (found === undefined) return undefined;
  const prefix = text.slice(startCol, col);
  const endCol = key?.end ?? entry?.value?.end ?? col;
  return {
    docIndex: doc.index,
    role: 'key',
    path: found.path,
    prefix,
    line,
    startCol,
    endCol: Math.max(endCol, col),
    siblings: [...found.siblings, ...keysBelow(docLines, line, startCol)].filter((k) => k !== key?.text),
    newItem: dashes.length > 0 && key === undefined,
    needsSpace: false,
    keyWritten: key !== undefined,
  };
}
