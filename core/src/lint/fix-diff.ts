import path from 'node:path';
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff';

/** A unified diff of one file's text before and after --fix, with git's `a/` and `b/` prefixes for relative paths. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const name = file.replaceAll('\\', '/');
  const [from, to] = path.isAbsolute(file) ? [name, name] : [`a/${name}`, `b/${name}`];
  return formatPatch(structuredPatch(from, to, before, after, undefined, undefined, { context: 3 }), FILE_HEADERS_ONLY);
}
