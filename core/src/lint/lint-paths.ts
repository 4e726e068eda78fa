import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostic.js';
import { InternalError } from '../errors.js';
import { loadInputs, readInputs, type InputText } from '../load/load-paths.js';
import { loadText } from '../load/load-text.js';
import type { LoadPathsOptions } from '../load/types.js';
import type { CheckedObject, LintReport } from '../report/lint-report.js';
import { duplicateObject, duplicatePairs } from './duplicate-objects.js';
import { LINT_RULE_IDS, lintLoaded, runSemanticRules, type LintOptions } from './lint-loaded.js';
import { finishDiagnostics } from './finish-diagnostics.js';
import { mergeSummaries, summarize } from './summarize.js';
import type { DecodedObject, WorkerRequest, WorkerResponse } from './lint-worker.js';
import { positionsFromText } from '../load/lazy-positions.js';
import type { Manifest } from '../load/types.js';
import { registerCrds, SchemaRegistry } from '../schema/index.js';

export interface LintPathsOptions extends LintOptions, LoadPathsOptions {
  /** Worker threads to spread the parse and validation over (default 1: in this thread). */
  jobs?: number;
}

/**
 * Lints files, directories and stdin: reads them, then parses and validates in this thread or, with
 * `jobs > 1`, in a pool of worker threads (files dealt out by size). The report is the same either way.
 */
export async function lintPaths(paths: readonly string[], options: LintPathsOptions = {}): Promise<LintReport> {
  // Workers start at once, so their start-up overlaps with reading the inputs.
  const pool = (options.jobs ?? 1) > 1 ? Array.from({ length: options.jobs ?? 1 }, () => new Worker(workerUrl())) : [];
  const { inputs, result } = await readInputs(paths, options);
  // Ignore comments and annotations are read from the texts, once the whole set's findings are in.
  const texts = new Map(inputs.map((i) => [i.file, i.text]));
  const jobs = Math.min(pool.length, inputs.length);
  for (const idle of pool.slice(jobs)) void idle.terminate();
  if (jobs <= 1) {
    for (const w of pool.slice(0, jobs)) void w.terminate();
    const { accepted: _accepted, ...report } = await lintLoaded(loadInputs(inputs, { maxFileBytes: options.maxFileBytes }, result), { ...options, texts });
    return report;
  }

  const parts = partition(inputs, jobs);
  // CRDs must be known to every worker: each also loads the files that define them (a few, usually).
  const crdInputs = inputs.filter((i) => i.text.includes('CustomResourceDefinition'));
  // No rules run in the workers, so the rule settings and the cluster (`options.cluster`) stay in this thread:
  // rulesOnWholeSet below gets them with `options`.
  const lintOptions: LintOptions = {
    kubeVersion: options.kubeVersion,
    strict: options.strict,
    ignoreMissingSchemas: options.ignoreMissingSchemas,
    schemaLocations: options.schemaLocations,
    cwd: options.cwd,
    skipKinds: options.skipKinds,
    rejectKinds: options.rejectKinds,
    namespace: options.namespace,
    deferDuplicates: true,
    deferSuppressions: true,
  };
  const responses = await Promise.all(parts.map((part, i) => runWorker(pool[i] as Worker, { inputs: part, crdInputs, options: lintOptions })));
  const registry = SchemaRegistry.load();
  registerCrds(registry, loadInputs(crdInputs).manifests);
  const { accepted: _none, ...own } = await lintLoaded(result, lintOptions, registry); // io errors and whole-file skips
  const all = [own, ...responses.map((r) => r.report)];
  const diagnostics = all.flatMap((r) => r.diagnostics);
  const objects = inInputOrder(all.flatMap((r) => r.objects ?? []), inputs);
  diagnostics.push(...crossWorkerDuplicates(objects, inputs));
  diagnostics.push(...rulesOnWholeSet(responses.flatMap((r) => r.objects), objects, inputs, options, registry));
  const final = finishDiagnostics(diagnostics, objects, { ...options, texts }, LINT_RULE_IDS);
  const skipped = all.reduce((n, r) => n + r.summary.skipped, 0);
  return { ...own, diagnostics: final, summary: summarize(final, objects, mergeSummaries(all.map((r) => r.summary)).files, skipped), objects };
}

/**
 * The semantic rules need the whole set (references cross files), so the pool runs them here, on the objects
 * the workers decoded; positions are recovered from the input text only for objects with findings.
 */
function rulesOnWholeSet(decoded: readonly DecodedObject[], objects: CheckedObject[], inputs: readonly InputText[], options: LintOptions, registry: SchemaRegistry): Diagnostic[] {
  const texts = new Map(inputs.map((i) => [i.file, positionsFromText(i.text, i.file)]));
  const rank = new Map(inputs.map((input, i) => [input.file, i]));
  const ordered = [...decoded].sort((a, b) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0) || a.docIndex - b.docIndex || (a.itemIndex ?? 0) - (b.itemIndex ?? 0));
  const manifests: Manifest[] = ordered.map((d) => ({
    object: d.object,
    source: {
      file: d.file,
      docIndex: d.docIndex,
      ...(d.itemIndex === undefined ? {} : { itemIndex: d.itemIndex }),
      ...(d.partial === true ? { partial: true } : {}),
      // the decoded object lets the fast position path check its answers, as for objects loaded in this thread
      positions: (texts.get(d.file) as ReturnType<typeof positionsFromText>)(d.docIndex, d.itemIndex, d.object),
    },
  }));
  const ruled = runSemanticRules(manifests, options, registry);
  const at = (file: string, docIndex?: number, itemIndex?: number): string => `${file}\0${docIndex ?? 0}\0${itemIndex ?? -1}`;
  const byPlace = new Map(objects.map((o) => [at(o.file, o.docIndex, o.itemIndex), o]));
  for (const m of ruled.invalid) {
    const o = byPlace.get(at(m.source.file, m.source.docIndex, m.source.itemIndex));
    if (o !== undefined) o.hasError = true;
  }
  return ruled.diagnostics;
}

function inInputOrder(objects: CheckedObject[], inputs: readonly InputText[]): CheckedObject[] {
  const rank = new Map(inputs.map((input, i) => [input.file, i]));
  return objects.sort(
    (a, b) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0) || (a.docIndex ?? 0) - (b.docIndex ?? 0) || (a.itemIndex ?? 0) - (b.itemIndex ?? 0),
  );
}

/**
 * Objects defined twice, found over every worker's objects. Only for the (rare) duplicates is the file parsed
 * again here, to position the finding on `metadata.name`.
 */
function crossWorkerDuplicates(objects: CheckedObject[], inputs: readonly InputText[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { index, first } of duplicatePairs(objects.map((o) => o.identity))) {
    const dup = objects[index] as CheckedObject;
    const firstObject = objects[first] as CheckedObject;
    const input = inputs.find((i) => i.file === dup.file);
    const manifest = input && loadText(input.text, input.file, { discovered: input.discovered }).manifests.find(
      (m) => m.source.docIndex === dup.docIndex && m.source.itemIndex === dup.itemIndex,
    );
    if (manifest === undefined) continue;
    const diagnostic = duplicateObject(manifest, firstObject);
    out.push(diagnostic);
    if (diagnostic.severity === 'error') dup.hasError = true;
  }
  return out;
}

/** Deals inputs out to `n` parts, largest first onto the lightest part, keeping input order within a part. */
function partition(inputs: readonly InputText[], n: number): InputText[][] {
  const load = new Array<number>(n).fill(0);
  const owner = new Map<InputText, number>();
  for (const input of [...inputs].sort((a, b) => b.text.length - a.text.length)) {
    let best = 0;
    for (let i = 1; i < n; i++) if ((load[i] as number) < (load[best] as number)) best = i;
    owner.set(input, best);
    load[best] = (load[best] as number) + input.text.length;
  }
  const parts: InputText[][] = Array.from({ length: n }, () => []);
  for (const input of inputs) parts[owner.get(input) as number]?.push(input);
  return parts.filter((p) => p.length > 0);
}

function workerUrl(): URL {
  const url = new URL('./lint-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new InternalError('--jobs needs the built worker (dist/lint-worker.js); run `npm run build`');
  return url;
}

function runWorker(worker: Worker, request: WorkerRequest): Promise<{ report: LintReport; objects: DecodedObject[] }> {
  return new Promise((resolve, reject) => {
    worker.once('message', (response: WorkerResponse) => {
      void worker.terminate();
      if (response.ok) resolve({ report: response.report, objects: response.objects });
      else reject(new InternalError(`lint worker failed: ${response.error}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0 && code !== 1) reject(new InternalError(`lint worker exited with code ${code}`));
    });
    worker.postMessage(request);
  });
}


