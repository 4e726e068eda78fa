// The client's copy of an open document: the text the server should be seeing, with LSP positions
// (0-based lines, UTF-16 columns) converted to string offsets the way the protocol defines them.
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */ && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

export function offsetAt(text: string, position: Position): number {
  const starts = lineStarts(text);
  if (position.line >= starts.length) return text.length;
  const start = starts[position.line] ?? 0;
  const next = starts[position.line + 1] ?? text.length;
  return Math.max(start, Math.min(start + position.character, next));
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 0;
  while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= clamped) line++;
  return { line, character: clamped - (starts[line] ?? 0) };
}

/** Applies one `didChange` content change as a server must. */
export function applyChange(text: string, change: TextDocumentContentChangeEvent): string {
  if (!('range' in change)) return change.text;
  return text.slice(0, offsetAt(text, change.range.start)) + change.text + text.slice(offsetAt(text, change.range.end));
}

export function rangeOf(text: string, start: number, end: number): Range {
  return { start: positionAt(text, start), end: positionAt(text, end) };
}

/**
 * Where `needle` occurs in `text` (the `occurrence`-th time, from 0), as a range; `after` narrows the search to
 * the text after the first occurrence of another string. Throws when absent, so a fixture edit that moves a
 * needle fails loudly instead of probing the wrong place.
 */
export function find(text: string, needle: string, options: { occurrence?: number; after?: string } = {}): Range {
  let from = 0;
  if (options.after !== undefined) {
    const anchor = text.indexOf(options.after);
    if (anchor < 0) throw new Error(`"${options.after}" not found in the document`);
    from = anchor + options.after.length;
  }
  let at = text.indexOf(needle, from);
  for (let n = options.occurrence ?? 0; n > 0 && at >= 0; n--) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not found in the document`);
  return rangeOf(text, at, at + needle.length);
}

/** A position inside `needle`, `offset` characters from its start (default: its start). */
export function positionIn(text: string, needle: string, offset = 0, options: { occurrence?: number; after?: string } = {}): Position {
  const { start } = find(text, needle, options);
  return { line: start.line, character: start.character + offset };
}

/** The position just after `needle`. */
export function positionAfter(text: string, needle: string, options: { occurrence?: number; after?: string } = {}): Position {
  return find(text, needle, options).end;
}

/** 0-based line of the first line that is exactly `line` (after trimming its end). */
export function lineIndex(text: string, line: string, occurrence = 0): number {
  const lines = text.split(/\r?\n/);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] ?? '').trimEnd() === line && seen++ === occurrence) return i;
  }
  throw new Error(`no line "${line}" in the document`);
}
