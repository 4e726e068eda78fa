import type { Fix } from '../../../diagnostic.js';
import type { PathSegment } from '../../../load/json-path.js';
import type { PositionMap } from '../../../load/types.js';

/**
 * A fix that rewrites one scalar (a mapping key or a value) in place. Only offered when the written text is
 * exactly the old value, plain or quoted; anything else (block scalars, escapes, aliases) gets no fix.
 */
export function replaceScalarFix(positions: PositionMap, path: readonly PathSegment[], on: 'key' | 'value', oldText: string, newText: string, title: string): Fix | undefined {
  const node = positions.get(path);
  const range = on === 'key' ? node?.key : node?.value;
  if (range === undefined || range.start.line !== range.end.line) return undefined;
  const width = range.end.col - range.start.col;
  const replacement = width === oldText.length ? newText : width === oldText.length + 2 ? JSON.stringify(newText) : undefined;
  return replacement === undefined ? undefined : { title, edits: [{ range, newText: replacement }] };
}
