// Entry point of a lint worker thread (bundled as dist/lint-worker.js): lints the inputs it is given.
import { isMainThread, parentPort } from 'node:worker_threads';
import { loadInputs, type InputText } from '../load/load-paths.js';
import type { KubeObject } from '../load/types.js';
import type { LintReport } from '../report/lint-report.js';
import { registerCrds, SchemaRegistry } from '../schema/index.js';
import { lintLoaded, type LintOptions } from './lint-loaded.js';

export interface WorkerRequest {
  inputs: InputText[];
  /** Inputs that define CRDs anywhere in the run, so custom resources validate in every worker. */
  crdInputs: InputText[];
  options: LintOptions;
}

/** An object a worker decoded, sent back so the pool can run the semantic rules on the whole set. */
export interface DecodedObject {
  object: KubeObject;
  file: string;
  docIndex: number;
  itemIndex?: number;
  partial?: boolean;
}

export type WorkerResponse = { ok: true; report: LintReport; objects: DecodedObject[] } | { ok: false; error: string };

if (!isMainThread && parentPort !== null) {
  const port = parentPort;
  // Workers start before the inputs are read: load the schema while the main thread reads files.
  const registry = SchemaRegistry.load();
  port.once('message', (request: WorkerRequest) => {
    registerCrds(registry, loadInputs(request.crdInputs).manifests);
    lintLoaded(loadInputs(request.inputs), { ...request.options, skipRules: true }, registry).then(
      ({ accepted, ...report }) => {
        const objects = accepted.map(({ object, source }): DecodedObject => ({ object, file: source.file, docIndex: source.docIndex, itemIndex: source.itemIndex, partial: source.partial }));
        port.postMessage({ ok: true, report, objects } satisfies WorkerResponse);
      },
      (err: unknown) => port.postMessage({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies WorkerResponse),
    );
  });
}
