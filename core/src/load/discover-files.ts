import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { ioErrorMessage } from './read-source.js';

const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Compiled `exclude` globs. */
export type ExcludeMatcher = (...candidates: string[]) => boolean;

/** Compiles picomatch globs (`dot: true`, so `**` also crosses dot-folders); a path matches if any candidate does. */
export function excludeMatcher(globs: readonly string[] = []): ExcludeMatcher {
  if (globs.length === 0) return () => false;
  const isMatch = picomatch(globs as string[], { dot: true });
  return (...candidates) => candidates.some((c) => isMatch(c.replaceAll('\\', '/')));
}

/** A file found under a directory argument. */
export interface DiscoveredFile {
  /** Path as shown to the user: the directory argument joined with `relative`. */
  display: string;
  /** Path relative to the directory argument, `/`-separated. */
  relative: string;
}

export interface DiscoverResult {
  files: DiscoveredFile[];
  /** Directories that could not be read (one clear line each). */
  errors: Array<{ path: string; message: string }>;
}

function isManifestName(name: string): boolean {
  const lower = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Lists the manifest files under `root`, recursively and in a deterministic order (entries sorted by name at
 * each level): `.yaml`, `.yml`, `.json`; `node_modules` and hidden files and folders are skipped. Symbolic
 * links to files are followed, links to directories are not (no cycles).
 */
export async function discoverFiles(root: string, exclude: ExcludeMatcher): Promise<DiscoverResult> {
  const result: DiscoverResult = { files: [], errors: [] };
  const walk = async (relDir: string): Promise<void> => {
    const dir = relDir === '' ? root : join(root, relDir);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      result.errors.push({ path: dir, message: ioErrorMessage(err, dir) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const relative = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      const display = join(root, relative);
      if (exclude(relative, display)) continue;
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) isFile = await stat(display).then((s) => s.isFile(), () => false);
      if (entry.isDirectory()) await walk(relative);
      else if (isFile && isManifestName(entry.name)) result.files.push({ display, relative });
    }
  };
  await walk('');
  return result;
}
