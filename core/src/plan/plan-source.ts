import type { ManifestSource } from '../load/types.js';

/** Where a declared object is written, as the plan document says it: the file and its document's 1-based line. */
export function planSource(source: ManifestSource | undefined): { file?: string; line?: number } {
  return source === undefined ? {} : { file: source.file, line: source.positions.documentRange.start.line + 1 };
}
