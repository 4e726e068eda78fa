/** Which declared object of the plan is written at a place of a file (its YAML document holds the line). */
import path from 'node:path';
import type { JsonPlanDocument } from '@kubeplan/core';

type PlanObject = JsonPlanDocument['objects'][number];

/** The declared object whose document starts at or before `line` (1-based) in `file`, the nearest one. */
export function objectAt(doc: Pick<JsonPlanDocument, 'objects'>, file: string, line: number, folder = ''): PlanObject | undefined {
  const want = path.resolve(folder, file);
  let best: PlanObject | undefined;
  for (const o of doc.objects) {
    if (o.generated || o.file === undefined || o.line === undefined || o.line > line) continue;
    if (path.resolve(folder, o.file) !== want) continue;
    if (best === undefined || (best.line ?? 0) < o.line) best = o;
  }
  return best;
}

/** The pod to explain for an object: its first Pending pod, else its first pod. */
export function podToExplain(doc: Pick<JsonPlanDocument, 'pods'>, owner: string): string | undefined {
  const pods = doc.pods.filter((p) => p.owner === owner);
  const pod = pods.find((p) => p.phase === 'Pending') ?? pods[0];
  return pod === undefined ? undefined : `${pod.namespace}/${pod.name}`;
}
