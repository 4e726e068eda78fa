/**
 * One line of block YAML as an editor reads it while the user types: its `- ` sequence indicators, the mapping
 * key written on it and the value after the key, by column. Read from the line alone, so that it works on text
 * that does not parse (a key half typed, a value missing): the structure around the cursor comes from
 * indentation (see `cursor-path.ts`), like the user sees it.
 */

/** A piece of the line: its text (a key unquoted) and its columns, end exclusive. */
export interface LineSpan {
  text: string;
  start: number;
  end: number;
}

export interface LineEntry {
  /** Column of each `- ` indicator, left to right. */
  dashes: number[];
  /** The mapping key (`key:` followed by a blank or the end of the line). */
  key?: LineSpan;
  /** What follows the key (or the last dash), without a trailing comment; absent when nothing does. */
  value?: LineSpan;
  /** Column of the first node character on the line. */
  col: number;
}

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const COLON = 58;
const DASH = 45;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || Number.isNaN(c);
}

function skipBlanks(line: string, at: number): number {
  while (at < line.length && (line.charCodeAt(at) === SPACE || line.charCodeAt(at) === TAB)) at++;
  return at;
}

/** Offset of a ` #` comment outside quotes, from `from`; the line length when there is none. */
function commentStart(line: string, from: number): number {
  let quote = 0;
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      if (i === from || isBlank(line.charCodeAt(i - 1)) || line.charCodeAt(i - 1) === COLON) quote = c;
    } else if (c === HASH && (i === from || isBlank(line.charCodeAt(i - 1)))) {
      return i;
    }
  }
  return line.length;
}

/** Where the `:` of a key starting at `at` is, or -1 when the text there is not a key. */
function keyColon(line: string, at: number, end: number): number {
  const first = line.charCodeAt(at);
  if (first === 34 || first === 39) {
    let close = at + 1;
    while (close < end && line.charCodeAt(close) !== first) close += line.charCodeAt(close) === 92 && first === 34 ? 2 : 1;
    const colon = skipBlanks(line, close + 1);
    return line.charCodeAt(colon) === COLON && isBlank(line.charCodeAt(colon + 1)) ? colon : -1;
  }
  // Flow collections, anchors, aliases, tags and block scalar indicators start values, not keys.
  if ('[{&*!|>%@`'.includes(line[at] as string)) return -1;
  for (let i = at; i < end; i++) {
    if (line.charCodeAt(i) === COLON && (i + 1 >= end || isBlank(line.charCodeAt(i + 1)))) return i;
  }
  return -1;
}

function unquote(text: string): string {
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) {
    if (text[0] === "'") return text.slice(1, -1).replaceAll("''", "'");
    try {
      return JSON.parse(text) as string;
    } catch {
      return text.slice(1, -1);
    }
  }
  return text;
}

function span(line: string, start: number, end: number, unquoted = false): LineSpan {
  let e = end;
  while (e > start && isBlank(line.charCodeAt(e - 1))) e--;
  const raw = line.slice(start, e);
  return { text: unquoted ? unquote(raw) : raw, start, end: e };
}

/** Reads one line; `undefined` for blank and comment-only lines. */
export function readLineEntry(line: string): LineEntry | undefined {
  let at = skipBlanks(line, 0);
  if (at >= line.length || line.charCodeAt(at) === HASH) return undefined;
  const entry: LineEntry = { dashes: [], col: at };
  while (line.charCodeAt(at) === DASH && isBlank(line.charCodeAt(at + 1))) {
    entry.dashes.push(at);
    at = skipBlanks(line, at + 1);
  }
  const end = commentStart(line, at);
  if (at >= end) return entry;
  const colon = keyColon(line, at, end);
  if (colon < 0) {
    entry.value = span(line, at, end);
    return entry;
  }
  entry.key = span(line, at, colon, true);
  const valueStart = skipBlanks(line, colon + 1);
  if (valueStart < end) entry.value = span(line, valueStart, end);
  return entry;
}

/** True when a value opens a block scalar (`|`, `>-`...) or is a scalar written on the key's line. */
export function isInlineScalar(value: LineSpan | undefined): boolean {
  return value !== undefined && value.text !== '' && !value.text.startsWith('&') && !value.text.startsWith('!');
}
