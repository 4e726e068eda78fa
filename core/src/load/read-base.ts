/**
 * `kubeplan plan --base REF|PATH`: the previous version of the manifests. A file or folder that exists is read
 * as the base (`--base before/`); anything else is a git revision of the repository holding the inputs, whose
 * same paths are read at that revision (`--base main`, `--base HEAD~1`).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { ExcludeMatcher } from './discover-files.js';
import { readGitRevision } from './git-revision.js';
import { readInputs, type InputText } from './load-paths.js';
import type { LoadPathsOptions } from './types.js';

export interface BaseInputs {
  /** What the plan compares with, as the document's `base` says it: the path as given, or `git:<rev>`. */
  readonly label: string;
  readonly inputs: readonly InputText[];
}

export interface ReadBaseOptions {
  /** Where relative paths start (default: the process's working directory). */
  readonly cwd?: string;
  readonly exclude?: LoadPathsOptions['exclude'];
}

/** The base manifests of `ref` for the plan of `paths`. UsageError when they cannot be read. */
export async function readBase(ref: string, paths: readonly string[], options: ReadBaseOptions = {}): Promise<BaseInputs> {
  const cwd = options.cwd ?? process.cwd();
  const exists = await stat(path.resolve(cwd, ref)).then(() => true, () => false);
  if (!exists) return { label: `git:${ref}`, inputs: await readGitRevision(ref, paths, cwd) };
  const read = await readInputs([path.resolve(cwd, ref)], { ...(options.exclude === undefined ? {} : { exclude: options.exclude }) });
  const unreadable = read.result.diagnostics.find((d) => d.rule === 'io-error');
  if (unreadable !== undefined) throw new UsageError(`--base: ${unreadable.message}`);
  // Display names as the user wrote the base path, not absolute ones.
  const absolute = path.resolve(cwd, ref);
  const shown = (file: string): string => (file === absolute ? ref : path.join(ref, path.relative(absolute, file)));
  return { label: ref, inputs: read.inputs.map((i) => ({ ...i, file: shown(i.file) })) };
}
