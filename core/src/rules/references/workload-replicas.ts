import { asNumber, getIn } from '../../model/fields.js';
import { autoscalerOf, REPLICATED_KINDS } from '../autoscaler-targets.js';
import { memoPerIndex, type IndexedObject, type ObjectIndex } from '../object-index.js';

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
  if (!REPLICATED_KINDS.includes(o.kind)) return undefined;
  const floor = autoscalerOf(index, o.kind, o.namespace, o.name);
  if (floor !== undefined) {
    return { count: Math.max(floor.min, 1), source: `${label} at ${floor.by.kind} "${floor.by.name}" ${floor.minField} ${floor.min}` };
  }
  const replicas = asNumber(getIn(o.object, 'spec', 'replicas')) ?? 1;
  return { count: replicas, source: `${label} replicas ${replicas}` };
}
