import { asNumber, asString, getIn } from '../../model/fields.js';
import type { IndexedObject, ObjectIndex } from '../object-index.js';
import { memoPerIndex } from './reference-index.js';

/** The lowest replica count an autoscaler keeps its target at, and who sets it. */
interface ScaleFloor {
  min: number;
  by: IndexedObject;
  field: string;
}

function targetKey(kind: string, namespace: string, name: string): string {
  return `${kind}\u0000${namespace}\u0000${name}`;
}

/**
 * Autoscalers by the workload they scale: HorizontalPodAutoscalers (minReplicas, default 1) and KEDA
 * ScaledObjects (minReplicaCount, default 0; target kind default Deployment).
 */
const scaleFloors = memoPerIndex((index: ObjectIndex): Map<string, ScaleFloor> => {
  const out = new Map<string, ScaleFloor>();
  for (const hpa of index.byKind('HorizontalPodAutoscaler')) {
    const ref = getIn(hpa.object, 'spec', 'scaleTargetRef');
    const kind = asString(getIn(ref, 'kind'));
    const name = asString(getIn(ref, 'name'));
    if (kind === undefined || name === undefined) continue;
    out.set(targetKey(kind, hpa.namespace, name), { min: asNumber(getIn(hpa.object, 'spec', 'minReplicas')) ?? 1, by: hpa, field: 'minReplicas' });
  }
  for (const so of index.byKind('ScaledObject')) {
    if (so.group !== 'keda.sh') continue;
    const ref = getIn(so.object, 'spec', 'scaleTargetRef');
    const name = asString(getIn(ref, 'name'));
    if (name === undefined) continue;
    const kind = asString(getIn(ref, 'kind')) ?? 'Deployment';
    out.set(targetKey(kind, so.namespace, name), { min: asNumber(getIn(so.object, 'spec', 'minReplicaCount')) ?? 0, by: so, field: 'minReplicaCount' });
  }
  return out;
});

export interface Replicas {
  /** The pods the workload runs at its lowest scale (autoscaled to zero counts as one: a scaled-out pod must still be evictable). */
  count: number;
  /** For messages: `Deployment "web" replicas 2`, `Deployment "web" at HorizontalPodAutoscaler "web" minReplicas 1`. */
  source: string;
}

/**
 * How many pods a pod maker runs, when the set tells: a Pod runs one; Deployments, ReplicaSets, StatefulSets and
 * ReplicationControllers run spec.replicas (default 1), or their autoscaler's floor. DaemonSets (one per
 * node), Jobs and CronJobs are unknown.
 */
export function replicasOf(index: ObjectIndex, o: IndexedObject): Replicas | undefined {
  const memo = replicasMemo(index);
  if (!memo.has(o)) memo.set(o, computeReplicas(index, o));
  return memo.get(o);
}

const replicasMemo = memoPerIndex(() => new Map<IndexedObject, Replicas | undefined>());

function computeReplicas(index: ObjectIndex, o: IndexedObject): Replicas | undefined {
  const label = `${o.kind} "${o.name}"`;
  if (o.kind === 'Pod') return { count: 1, source: label };
  if (!['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController'].includes(o.kind)) return undefined;
  const floor = scaleFloors(index).get(targetKey(o.kind, o.namespace, o.name));
  if (floor !== undefined) {
    return { count: Math.max(floor.min, 1), source: `${label} at ${floor.by.kind} "${floor.by.name}" ${floor.field} ${floor.min}` };
  }
  const replicas = asNumber(getIn(o.object, 'spec', 'replicas')) ?? 1;
  return { count: replicas, source: `${label} replicas ${replicas}` };
}
