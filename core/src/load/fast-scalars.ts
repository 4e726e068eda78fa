import { decline, type Extent, type Scanner } from './fast-scan.js';
import { COLON, CR, DQ, HASH, LF, SP, SQ, TAB } from './char-codes.js';

/**
 * Extents of values written on their entry's line, for the fast position path: quoted scalars, flow
 * collections (only their extent: the fast path never looks inside), plain scalars and block scalars, each
 * possibly multi-line, with the offsets the `yaml` lexer gives them. `indentNext` is the indentation
 * continuation lines need: one more than the column of the collection holding the value.
 */

/** The extent returned by every function here: reused (callers copy it at once), so reading allocates nothing. */
const EXTENT: Extent = { start: 0, end: 0, lastLineEnd: 0, after: 0 };

function extent(s: Scanner, start: number, end: number, last: number): Extent {
  const lastLineEnd = s.eol(last);
  return result(start, end, lastLineEnd, lastLineEnd < s.n ? lastLineEnd + 1 : s.n);
}

function result(start: number, end: number, lastLineEnd: number, after: number): Extent {
  EXTENT.start = start;
  EXTENT.end = end;
  EXTENT.lastLineEnd = lastLineEnd;
  EXTENT.after = after;
  return EXTENT;
}

/** A single- or double-quoted value at `q` (possibly multi-line). */
export function quotedExtent(s: Scanner, q: number, indentNext: number): Extent {
  const close = s.closeQuote(q);
  if (close < 0) decline('unclosed quote');
  s.checkContinuation(q, close, indentNext);
  if (s.t.charCodeAt(s.afterSpaces(close + 1)) === COLON) decline('quoted key where a value is expected');
  s.lineRestEmpty(close + 1);
  return extent(s, q, close + 1, close);
}

/** A flow collection at `o`. Comments, properties and multi-line quoted scalars inside are declined. */
export function flowExtent(s: Scanner, o: number, indentNext: number): Extent {
  const t = s.t;
  let depth = 0;
  let prev = 0; // the last non-space character (0 at a line start)
  let i = o;
  for (; ; i++) {
    if (i >= s.n) decline('unclosed flow collection');
    const c = t.charCodeAt(i);
    const atToken = prev === 91 || prev === 123 || prev === 44; // after [ { ,
    if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) {
      if (--depth === 0) break;
    } else if ((c === DQ || c === SQ) && (atToken || prev === COLON)) {
      const close = s.closeQuote(i);
      if (close < 0 || close > s.eol(i)) decline('quoted scalar in a flow collection');
      i = close;
    } else if (c === HASH && (prev === 0 || t.charCodeAt(i - 1) === SP)) decline('comment in a flow collection');
    else if ((c === 38 || c === 42 || c === 33 || c === 63) && atToken) decline('flow props'); // & * ! ?
    else if (c === TAB) decline('tab');
    if (c === LF) prev = 0;
    else if (c !== SP && c !== CR) prev = c;
  }
  s.checkContinuation(o, i, indentNext);
  if (t.charCodeAt(s.afterSpaces(i + 1)) === COLON) decline('flow key');
  s.lineRestEmpty(i + 1);
  return extent(s, o, i + 1, i);
}

/**
 * A plain scalar value at `p`, with its continuation lines (blank, or indented at least `indentNext`, up to a
 * comment). Continuation lines that could read as anything else are declined.
 */
export function plainExtent(s: Scanner, p: number, indentNext: number): Extent {
  const t = s.t;
  let end = p;
  let last = p;
  let comment = false;
  for (let i = p, e = s.eol(p); i < e; i++) {
    const c = t.charCodeAt(i);
    if (c === TAB) decline('tab');
    if (c === SP) {
      if (t.charCodeAt(i + 1) === HASH) {
        comment = true;
        break;
      }
    } else if (c === COLON && s.isBlank(i + 1)) decline('mapping in a plain value');
    else if (c !== CR) end = i + 1;
  }
  for (let q = s.nextLine(p); !comment && q < s.n; q = s.nextLine(q)) {
    const f = s.spaces(q);
    if (s.isBreak(f)) continue;
    const c = t.charCodeAt(f);
    if (f - q < indentNext || c === HASH) break;
    if (c === TAB || ((c === 45 || c === 63 || c === COLON) && s.isBlank(f + 1))) decline('odd continuation line');
    for (let i = f, e = s.eol(f); i < e; i++) {
      const ch = t.charCodeAt(i);
      if (ch === TAB || (ch === COLON && s.isBlank(i + 1))) decline('odd continuation line');
      if (ch === SP && t.charCodeAt(i + 1) === HASH) {
        comment = true; // the comment ends the scalar
        break;
      }
      if (ch !== SP && ch !== CR) end = i + 1;
    }
    last = f;
  }
  return extent(s, p, end, last);
}

/** `Lexer.continueScalar` (yaml 2.x) for an indentation above 0. */
function continueScalar(t: string, offset: number, indentNext: number): number {
  let indent = 0;
  let c = t.charCodeAt(offset);
  while (c === SP) c = t.charCodeAt(++indent + offset);
  if (c === CR && t.charCodeAt(indent + offset + 1) === LF) return offset + indent + 1;
  return c === LF || indent >= indentNext ? offset + indent : -1;
}

/**
 * A block scalar whose header (`|`, `>-`...) is at `h`: its end as the `yaml` lexer computes it (content lines,
 * and the trailing blank lines that chomping and indentation keep). Indentation indicators are declined.
 */
export function blockScalarExtent(s: Scanner, h: number, indentNext: number): Extent {
  const t = s.t;
  let i = h + 1;
  let keep = false;
  for (let c = t.charCodeAt(i); c === 43 || c === 45; c = t.charCodeAt(++i)) if (c === 43) keep = true; // + -
  if (!s.isBlank(i)) decline('block scalar header');
  s.lineRestEmpty(i);
  const pos = s.nextLine(h);
  // From here on, a port of `Lexer.parseBlockScalar` (yaml 2.x), on the whole document text.
  let nl = pos - 1;
  let indent = 0;
  for (let j = pos; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c === SP) indent++;
    else if (c === LF) {
      nl = j;
      indent = 0;
    } else if (c !== CR || t.charCodeAt(j + 1) !== LF) break;
  }
  if (indent >= indentNext) {
    const contentIndent = indent;
    do {
      const cs = continueScalar(t, nl + 1, contentIndent);
      if (cs === -1) break;
      nl = t.indexOf('\n', cs);
    } while (nl !== -1);
    if (nl === -1) nl = t.length;
  }
  let j = nl + 1;
  while (t.charCodeAt(j) === SP) j++;
  if (t.charCodeAt(j) === TAB) decline('tab after a block scalar');
  if (!keep) {
    for (;;) {
      let k = nl - 1;
      if (t.charCodeAt(k) === CR) k--;
      const lastChar = k;
      while (t.charCodeAt(k) === SP) k--;
      if (t.charCodeAt(k) === LF && k >= pos && k + 1 + indent > lastChar) nl = k;
      else break;
    }
  }
  const end = Math.min(nl + 1, t.length);
  if (end > s.n) decline('block scalar past the document end');
  return result(h, end, end, end);
}
