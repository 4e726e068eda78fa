/**
 * The plan worker thread: plans run here so that a long simulation never delays diagnostics, hovers or
 * completion in the server's thread. One request at a time; the server drops answers it no longer needs.
 */
import { parentPort } from 'node:worker_threads';
import { runPlan, type PlanRequest } from './plan-request.js';

parentPort?.on('message', (request: PlanRequest) => {
  void runPlan(request).then((response) => parentPort?.postMessage(response));
});
