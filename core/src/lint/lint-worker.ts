// Entry point of a lint worker thread (bundled as dist/lint-worker.js): lints the inputs it is given.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadInputs, type InputText } from '../load/load-paths.js';
import type { LintReport } from '../report/lint-report.js';
import { registerCrds, SchemaRegistry } from '../schema/index.js';
import { lintLoaded, type LintOptions } from './lint-loaded.js';

export interface WorkerRequest {
  inputs: InputText[];
  /** Inputs that define CRDs anywhere in the run, so custom resources validate in every worker. */
  crdInputs: InputText[];
  options: LintOptions;
}

export type WorkerResponse = { ok: true; report: LintReport } | { ok: false; error: string };

async function work(request: WorkerRequest): Promise<LintReport> {
  const registry = SchemaRegistry.load();
  registerCrds(registry, loadInputs(request.crdInputs).manifests);
  return lintLoaded(loadInputs(request.inputs), request.options, registry);
}

if (!isMainThread && parentPort !== null) {
  const port = parentPort;
  work(workerData as WorkerRequest).then(
    (report) => port.postMessage({ ok: true, report } satisfies WorkerResponse),
    (err: unknown) => port.postMessage({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies WorkerResponse),
  );
}
