import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Position, SourceRange } from '../../src/diagnostic.js';

/** The shared corpus, next to the repository: `<repo root>/../shared`. */
import { SHARED } from '../support/shared.js';

export { SHARED };

/** Independent of the loader: the 0-based position of the `nth` occurrence of `needle` in `text`. */
export function at(text: string, needle: string, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`needle ${JSON.stringify(needle)} #${nth} not in text`);
  }
  const before = text.slice(0, offset).split(/\r\n|\n/);
  return { line: before.length - 1, col: (before[before.length - 1] as string).length };
}

/** The range covering the `nth` occurrence of `needle`. */
export function span(text: string, needle: string, nth = 0): SourceRange {
  const start = at(text, needle, nth);
  return { start, end: { line: start.line, col: start.col + needle.length } };
}

/** The range of `part` inside the first occurrence of `context` (its last occurrence there, e.g. the value `b` in `name: b`). */
export function spanIn(text: string, context: string, part: string): SourceRange {
  const start = at(text, context);
  const col = start.col + context.lastIndexOf(part);
  return { start: { line: start.line, col }, end: { line: start.line, col: col + part.length } };
}

/** Joins lines with `\n` and a final newline. */
export function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`;
}
