/** Real plan documents of the samples, made by core's planPaths (as `kubeplan plan -o json` writes them). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planPaths, renderPlanJson, type JsonPlanDocument } from '@kubeplan/core';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NOW = new Date('2025-01-01T00:00:00Z');

/** samples/shop on two small nodes: 6 pods scheduled, `catalog-db-1` Pending (cpu and memory). */
export async function shopPlan(): Promise<JsonPlanDocument> {
  const run = await planPaths([path.join(REPO, 'samples/shop')], { nodes: ['count=2,cpu=1500m,memory=4Gi,zones=a|b'], now: NOW, cwd: REPO });
  return JSON.parse(renderPlanJson(run.document)) as JsonPlanDocument;
}

/** samples/changes/image-bump: an image bump against the previous manifests, with its rollout. */
export async function imageBumpPlan(): Promise<JsonPlanDocument> {
  const dir = path.join(REPO, 'samples/changes/image-bump');
  const run = await planPaths([path.join(dir, 'after')], { base: path.join(dir, 'before'), now: NOW, cwd: REPO });
  return JSON.parse(renderPlanJson(run.document)) as JsonPlanDocument;
}
