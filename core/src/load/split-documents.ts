/**
 * Splits a YAML stream into documents without parsing it.
 *
 * A line that is exactly `---` / `...`, or starts with `--- ` / `---\t` (resp. `... `), at column 0 is a
 * document marker. YAML forbids these lines inside block scalars and multi-line quoted scalars (they end the
 * scalar), so cutting the text there is sound and lets each document be parsed on its own — the bulk path
 * never builds a whole-stream AST.
 */
export interface DocumentSlice {
  /** 0-based index of the document in the stream, counting empty documents as YAML does. */
  index: number;
  /** Offset of the document's first character in the file text (directives and leading comments included). */
  start: number;
  /** Offset just past the document's last character. */
  end: number;
  /** False for empty and comment-only documents: they produce nothing and are not parsed. */
  hasContent: boolean;
}

const DASH = 45; // '-'
const DOT = 46; // '.'
const HASH = 35; // '#'
const PERCENT = 37; // '%'
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

function isMarker(text: string, at: number, ch: number): boolean {
  if (text.charCodeAt(at) !== ch || text.charCodeAt(at + 1) !== ch || text.charCodeAt(at + 2) !== ch) return false;
  const next = text.charCodeAt(at + 3);
  return Number.isNaN(next) || next === SPACE || next === TAB || next === LF || next === CR;
}

/** True when `text[from, to)` holds something other than blanks and a comment. */
function hasNodeText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) continue;
    return c !== HASH && c !== LF && c !== CR;
  }
  return false;
}

/** Splits `text` into documents; a leading BOM is left out of the first document. */
export function splitDocuments(text: string): DocumentSlice[] {
  const docs: DocumentSlice[] = [];
  const len = text.length;
  let docStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let sawStart = false; // the current document has its `---`
  let content = false; // the current document has a node
  const push = (end: number): void => {
    docs.push({ index: docs.length, start: docStart, end, hasContent: content });
  };

  for (let ls = docStart; ls < len; ) {
    const nl = text.indexOf('\n', ls);
    const next = nl < 0 ? len : nl + 1;
    const c = text.charCodeAt(ls);
    if (c === DASH && isMarker(text, ls, DASH)) {
      if (sawStart || content) {
        push(ls);
        docStart = ls;
        content = false;
      }
      sawStart = true;
      if (hasNodeText(text, ls + 3, next)) content = true; // `--- |`, `--- {a: 1}`, `--- !tag`...
    } else if (c === DOT && isMarker(text, ls, DOT)) {
      push(next);
      docStart = next;
      sawStart = false;
      content = false;
    } else if (!content && !(c === PERCENT && !sawStart) && hasNodeText(text, ls, next)) {
      content = true;
    }
    ls = next;
  }

  if (sawStart || content) push(len);
  else if (docs.length > 0 && docStart < len) {
    // Trailing comments after `...` belong to no document: attach them to the last one.
    (docs[docs.length - 1] as DocumentSlice).end = len;
  }
  return docs;
}
