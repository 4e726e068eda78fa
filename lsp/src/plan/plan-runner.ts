import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../workspace/workspace.js';
import { runPlan, type PlanRequest, type PlanResponse } from './plan-request.js';

/** A plan to run: the request (without its id), and the workspace and index generation it describes. */
export interface PlanJob {
  request: Omit<PlanRequest, 'id'>;
  generation: number;
  /** The workspace the plan is of: a result for a workspace since rebuilt is dropped. */
  owner: object;
}

export type PlanDone = Extract<PlanResponse, { ok: true }> & { generation: number; owner: object };

/** A run older than this is abandoned (its worker terminated) when a newer one is waiting. */
const ABANDON_AFTER_MS = 2000;

/**
 * Keeps the plan of the workspace current in the background: runs are debounced after edits, run one at a
 * time in a worker thread (so they never block diagnostics), and a newer request supersedes the one waiting.
 * A run still going long after a newer request arrived is cancelled by terminating its worker.
 */
export class PlanRunner {
  private worker: Worker | undefined;
  private running: { id: number; started: number; generation: number; done: (r: PlanResponse) => void } | undefined;
  private pending: (() => PlanJob) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private nextId = 0;
  private waiters: Array<(r: PlanDone | undefined) => void> = [];
  private readonly workerUrl = new URL('./plan-worker.js', import.meta.url);

  constructor(
    private readonly onDone: (result: PlanDone) => void,
    private readonly log: Logger,
    private readonly delayMs = 300,
  ) {}

  /** Plans again once edits pause for `delayMs`; `make` is called when the run starts, with the latest state. */
  schedule(make: () => PlanJob, delayMs = this.delayMs): void {
    this.pending = make;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.startPending();
    }, delayMs);
  }

  /** Plans now and resolves with the result (undefined when the run failed). */
  planNow(make: () => PlanJob): Promise<PlanDone | undefined> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.schedule(make, 0);
    });
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private startPending(): void {
    if (this.pending === undefined) return;
    if (this.running !== undefined) {
      if (performance.now() - this.running.started < ABANDON_AFTER_MS) return; // it finishes first, then the pending job runs
      this.log.info(`plan ${this.running.id} abandoned for a newer one`);
      this.dispose();
      this.running = undefined;
    }
    const job = this.pending();
    this.pending = undefined;
    const id = ++this.nextId;
    const request: PlanRequest = { ...job.request, id };
    const waiters = this.waiters.splice(0);
    this.running = {
      id,
      started: performance.now(),
      generation: job.generation,
      done: (response) => {
        if (this.running?.id !== id) return;
        this.running = undefined;
        const result = response.ok ? { ...response, generation: job.generation, owner: job.owner } : undefined;
        if (response.ok) this.onDone(result as PlanDone);
        else this.log.error(`plan failed: ${response.error}`);
        for (const w of waiters) w(result);
        if (this.pending !== undefined) this.startPending();
      },
    };
    this.post(request);
  }

  private post(request: PlanRequest): void {
    const worker = this.ensureWorker();
    if (worker === undefined) {
      void runPlan(request).then((r) => this.running?.done(r));
      return;
    }
    worker.postMessage(request);
  }

  /** The worker thread, started on first use; none when the server runs from sources (no built worker). */
  private ensureWorker(): Worker | undefined {
    if (this.worker !== undefined) return this.worker;
    if (!existsSync(fileURLToPath(this.workerUrl))) return undefined;
    const worker = new Worker(this.workerUrl);
    worker.on('message', (response: PlanResponse) => {
      if (response.id === this.running?.id) this.running.done(response);
    });
    worker.on('error', (err) => {
      this.log.error(`plan worker failed: ${err.stack ?? err.message}`);
      if (this.worker === worker) this.worker = undefined;
      this.running?.done({ id: this.running.id, ok: false, error: err.message });
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
