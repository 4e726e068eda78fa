import { stat } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { SKIP_MESSAGES } from './classify.js';
import { discoverFiles, excludeMatcher, type ExcludeMatcher } from './discover-files.js';
import { kustomizationPatchFiles } from './kustomize-refs.js';
import { addSkip, loadDiagnostic } from './load-diagnostic.js';
import { loadText } from './load-text.js';
import { checkTextSize, ioErrorMessage, readSource, type SourceText } from './read-source.js';
import { DEFAULT_MAX_FILE_BYTES, type LoadOptions, type LoadPathsOptions, type LoadResult } from './types.js';

/** The display name of standard input. */
export const STDIN_FILE = '<stdin>';
/** Files read at once. */
const READ_CONCURRENCY = 16;
const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

interface Target {
  /** Path shown to the user. */
  display: string;
  /** `undefined` for stdin. */
  absolute?: string;
  discovered: boolean;
}

function emptyResult(): LoadResult {
  return { manifests: [], diagnostics: [], skipped: [], files: [] };
}

function append(out: LoadResult, part: LoadResult): void {
  for (const m of part.manifests) out.manifests.push(m);
  for (const d of part.diagnostics) out.diagnostics.push(d);
  for (const s of part.skipped) out.skipped.push(s);
  for (const f of part.files) out.files.push(f);
}

/** Expands the arguments into files, in order: explicit files as given, directory contents sorted. */
async function collectTargets(paths: readonly string[], exclude: ExcludeMatcher, out: LoadResult): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const add = (t: Target): void => {
    const key = t.absolute ?? STDIN_FILE;
    if (!seen.has(key)) targets.push(t);
    seen.add(key);
  };
  for (const p of paths) {
    if (p === '-') {
      add({ display: STDIN_FILE, discovered: false });
      continue;
    }
    const absolute = resolve(p);
    const kind = await stat(p).then((s) => (s.isDirectory() ? 'dir' : 'file'), (err: unknown) => err);
    if (kind === 'file') {
      if (!exclude(p, absolute)) add({ display: p, absolute, discovered: false });
    } else if (kind === 'dir') {
      const found = await discoverFiles(p, exclude);
      for (const e of found.errors) out.diagnostics.push(loadDiagnostic('io-error', e.message, e.path));
      for (const f of found.files) if (!exclude(resolve(f.display))) add({ display: f.display, absolute: resolve(f.display), discovered: true });
    } else {
      out.files.push(p);
      out.diagnostics.push(loadDiagnostic('io-error', ioErrorMessage(kind, p), p));
    }
  }
  return targets;
}

/** Why a discovered file is skipped whole because of its place in the tree (kustomize patch, chart template). */
function treeSkips(targets: readonly Target[], texts: ReadonlyMap<string, SourceText>): Map<string, keyof typeof SKIP_MESSAGES> {
  const skips = new Map<string, keyof typeof SKIP_MESSAGES>();
  const chartDirs = new Set<string>();
  for (const t of targets) {
    if (!t.discovered || t.absolute === undefined) continue;
    const name = basename(t.absolute);
    if (name === 'Chart.yaml' || name === 'Chart.yml') chartDirs.add(dirname(t.absolute));
    const source = texts.get(t.absolute);
    if (KUSTOMIZATION_NAMES.has(name) && source?.ok) {
      for (const patch of kustomizationPatchFiles(t.absolute, source.text)) skips.set(patch, 'patch');
    }
  }
  for (const t of targets) {
    if (!t.discovered || t.absolute === undefined || chartDirs.size === 0) continue;
    const parts = t.absolute.split(sep);
    for (let i = parts.length - 2; i > 0; i--) {
      if (parts[i] === 'templates' && chartDirs.has(parts.slice(0, i).join(sep))) skips.set(t.absolute, 'helm-template');
    }
  }
  return skips;
}

async function readAll(targets: readonly Target[], opts: LoadPathsOptions, maxBytes: number): Promise<Map<string, SourceText>> {
  const texts = new Map<string, SourceText>();
  const read = async (t: Target): Promise<SourceText> => {
    if (t.absolute !== undefined) return readSource(t.absolute, t.display, maxBytes);
    if (!opts.readStdin) return { ok: false, rule: 'io-error', message: 'standard input is not available here' };
    try {
      return checkTextSize(await opts.readStdin(), maxBytes, STDIN_FILE);
    } catch (err) {
      return { ok: false, rule: 'io-error', message: `cannot read standard input: ${err instanceof Error ? err.message : String(err)}` };
    }
  };
  for (let i = 0; i < targets.length; i += READ_CONCURRENCY) {
    const batch = targets.slice(i, i + READ_CONCURRENCY);
    const sources = await Promise.all(batch.map(read));
    batch.forEach((t, j) => texts.set(t.absolute ?? STDIN_FILE, sources[j] as SourceText));
  }
  return texts;
}

/** A text to load, with how it was found. */
export interface InputText {
  file: string;
  text: string;
  /** Found in a directory scan (see {@link LoadOptions.discovered}). */
  discovered: boolean;
}

/** The inputs read from the paths, plus what could not be read or was skipped whole. */
export interface ReadInputs {
  inputs: InputText[];
  /** Files read or attempted, `io-error`s and whole-file skips; manifests empty. */
  result: LoadResult;
  /** Every file in input order (display names). */
  order: string[];
}

/**
 * Expands and reads the paths (see {@link loadPaths}) without parsing them, so that the parse can be spread
 * over worker threads.
 */
export async function readInputs(paths: readonly string[], opts: LoadPathsOptions = {}): Promise<ReadInputs> {
  const out = emptyResult();
  const inputs: InputText[] = [];
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const targets = await collectTargets(paths, excludeMatcher(opts.exclude), out);
  const texts = await readAll(targets, opts, maxBytes);
  const skips = treeSkips(targets, texts);
  const order = [...out.files];
  for (const t of targets) {
    const key = t.absolute ?? STDIN_FILE;
    const source = texts.get(key) as SourceText;
    const skip = t.discovered ? skips.get(key) : undefined;
    order.push(t.display);
    if (!source.ok) {
      out.files.push(t.display);
      out.diagnostics.push(loadDiagnostic(source.rule, source.message, t.display));
    } else if (skip !== undefined) {
      out.files.push(t.display);
      addSkip(out, t.display, skip, SKIP_MESSAGES[skip]);
    } else {
      inputs.push({ file: t.display, text: source.text, discovered: t.discovered });
    }
  }
  return { inputs, result: out, order };
}

/** Parses read inputs into one result (appended to `into`). */
export function loadInputs(inputs: readonly InputText[], opts: Omit<LoadOptions, 'discovered'> = {}, into: LoadResult = emptyResult()): LoadResult {
  for (const input of inputs) append(into, loadText(input.text, input.file, { ...opts, discovered: input.discovered }));
  return into;
}

/**
 * Loads manifests from files, directories (recursive: `.yaml`, `.yml`, `.json`, sorted; `node_modules` and
 * hidden entries skipped) and `-` (standard input, through `opts.readStdin`). Files found in a directory are
 * "discovered": kustomizations, the patches they refer to, Helm templates and non-Kubernetes YAML are skipped
 * with an info; files named explicitly are always read as manifests. Never throws on bad input: a missing
 * path is an `io-error` diagnostic (`path not found: foo.yaml`).
 */
export async function loadPaths(paths: readonly string[], opts: LoadPathsOptions = {}): Promise<LoadResult> {
  const { inputs, result, order } = await readInputs(paths, opts);
  const loaded = loadInputs(inputs, { maxFileBytes: opts.maxFileBytes }, result);
  // Files that failed or were skipped whole were recorded first; list everything in input order again.
  const rank = new Map(order.map((file, i) => [file, i]));
  const byInput = (a: string, b: string): number => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  loaded.files.sort(byInput);
  loaded.skipped.sort((a, b) => byInput(a.file, b.file));
  return loaded;
}
