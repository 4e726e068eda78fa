// Entry point of a lint worker thread (bundled as dist/lint-worker.js): lints the inputs it is given.
import { isMainThread, parentPort } from 'node:worker_threads';
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

if (!isMainThread && parentPort !== null) {
  const port = parentPort;
  // Workers start before the inputs are read: load the schema while the main thread reads files.
  const registry = SchemaRegistry.load();
  port.once('message', (request: WorkerRequest) => {
    registerCrds(registry, loadInputs(request.crdInputs).manifests);
    lintLoaded(loadInputs(request.inputs), request.options, registry).then(
      (report) => port.postMessage({ ok: true, report } satisfies WorkerResponse),
      (err: unknown) => port.postMessage({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies WorkerResponse),
    );
  });
}
