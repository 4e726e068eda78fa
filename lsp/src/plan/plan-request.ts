import { planCluster, planInputs, type InputText, type ModelCluster, type ObjectIgnore, type PlanDocument, type RuleSettings } from '@kubeplan/core';

/** What a plan run needs, as plain data (it crosses to the plan worker thread). */
export interface PlanRequest {
  id: number;
  inputs: InputText[];
  clusterPaths?: string[];
  kubeVersion?: string;
  rules: RuleSettings;
  strict?: boolean;
  namespace: string;
  skipKinds: string[];
  ignoreObjects: ObjectIgnore[];
  /** The simulation clock, ISO 8601. */
  now: string;
}

export type PlanResponse = { id: number; ok: true; document: PlanDocument; ms: number } | { id: number; ok: false; error: string };

const clusters = new Map<string, Promise<ModelCluster>>();

/**
 * Runs one plan: core's `planInputs` on the workspace texts and the model cluster (loaded once per set of
 * cluster paths). The same function runs in the worker thread and, when there is no built worker (tests
 * running the sources), in the server's own thread.
 */
export async function runPlan(request: PlanRequest): Promise<PlanResponse> {
  const started = performance.now();
  try {
    const key = JSON.stringify(request.clusterPaths ?? []);
    let cluster = clusters.get(key);
    if (cluster === undefined) {
      cluster = planCluster({ clusterPaths: request.clusterPaths });
      clusters.set(key, cluster);
    }
    const run = await planInputs(
      { inputs: request.inputs, cluster: await cluster },
      {
        kubeVersion: request.kubeVersion,
        rules: request.rules,
        strict: request.strict,
        namespace: request.namespace,
        skipKinds: request.skipKinds,
        ignoreObjects: request.ignoreObjects,
        now: new Date(request.now),
      },
    );
    return { id: request.id, ok: true, document: run.document, ms: performance.now() - started };
  } catch (err) {
    clusters.clear();
    return { id: request.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}
