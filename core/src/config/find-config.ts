import path from 'node:path';
import { CONFIG_FILE_NAMES } from './config.js';

/** The file system questions the search asks, injected so that the CLI and the language server bring their own. */
export interface ConfigFs {
  exists(file: string): boolean;
  isDirectory(file: string): boolean;
}

/** The folders the search starts from: each input's folder (a directory itself, a file's parent; stdin: `cwd`). */
export function configSearchStarts(inputs: readonly string[], cwd: string, fs: ConfigFs): string[] {
  const starts: string[] = [];
  for (const input of inputs.length > 0 ? inputs : ['-']) {
    const dir = input === '-' ? cwd : path.resolve(cwd, input);
    const start = input === '-' || fs.isDirectory(dir) ? dir : path.dirname(dir);
    if (!starts.includes(start)) starts.push(start);
  }
  return starts;
}

/**
 * Finds `.kubeplan.yaml` (or `.yml`) for a run: from each input's folder upwards, in input order, the first
 * file found wins. The search stops at the root of the repository (the folder holding `.git`) and at the file
 * system root, so a configuration in a parent project or the home folder is never picked up by surprise.
 */
export function findConfigFile(inputs: readonly string[], cwd: string, fs: ConfigFs): string | undefined {
  for (const start of configSearchStarts(inputs, cwd, fs)) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      for (const name of CONFIG_FILE_NAMES) {
        const file = path.join(dir, name);
        if (fs.exists(file) && !fs.isDirectory(file)) return file;
      }
      if (fs.exists(path.join(dir, '.git')) || path.dirname(dir) === dir) break;
    }
  }
  return undefined;
}
