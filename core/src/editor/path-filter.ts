import { excludeMatcher } from '../load/discover-files.js';

/**
 * The configuration's `ignore.paths` as a test on one file (an editor sees files one at a time, not a directory
 * scan): true when the file is left out. The globs are absolute, as `resolveSettings` makes them.
 */
export function excludedPaths(globs: readonly string[]): (file: string) => boolean {
  const matches = excludeMatcher(globs);
  return (file) => matches(file);
}
