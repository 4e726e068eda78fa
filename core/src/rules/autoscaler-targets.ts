import { asNumber, asString, getIn } from '../model/fields.js';
import { memoPerIndex, type IndexedObject, type ObjectIndex } from './object-index.js';

/** Workload kinds that have spec.replicas, the ones an autoscaler scales. */
export const REPLICATED_KINDS: readonly string[] = ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'];

/** An autoscaler of the set and the replica range it keeps its target in. */
export interface Autoscaler {
  by: IndexedObject;
  /** The lowest replica count it scales to, and the field that sets it (for messages). */
  min: number;
  minField: 'minReplicas' | 'minReplicaCount';
  max: number | undefined;
}

function targetKey(kind: string, namespace: string, name: string): string {
  return `${kind}\u0000${namespace}\u0000${name}`;
}

/**
 * Autoscalers by the workload they scale: HorizontalPodAutoscalers (minReplicas default 1, maxReplicas required)
 * and KEDA ScaledObjects (minReplicaCount default 0, maxReplicaCount default 100, target kind default Deployment).
 * When two scale the same workload, the later one counts.
 */
const autoscalers = memoPerIndex((index: ObjectIndex): Map<string, Autoscaler> => {
  const out = new Map<string, Autoscaler>();
  for (const hpa of index.byKind('HorizontalPodAutoscaler')) {
    const kind = asString(getIn(hpa.object, 'spec', 'scaleTargetRef', 'kind'));
    const name = asString(getIn(hpa.object, 'spec', 'scaleTargetRef', 'name'));
    if (kind === undefined || name === undefined) continue;
    const min = asNumber(getIn(hpa.object, 'spec', 'minReplicas')) ?? 1;
    out.set(targetKey(kind, hpa.namespace, name), { by: hpa, min, minField: 'minReplicas', max: asNumber(getIn(hpa.object, 'spec', 'maxReplicas')) });
  }
  for (const so of index.byKind('ScaledObject')) {
    const name = asString(getIn(so.object, 'spec', 'scaleTargetRef', 'name'));
    if (so.group !== 'keda.sh' || name === undefined) continue;
    const kind = asString(getIn(so.object, 'spec', 'scaleTargetRef', 'kind')) ?? 'Deployment';
    const min = asNumber(getIn(so.object, 'spec', 'minReplicaCount')) ?? 0;
    out.set(targetKey(kind, so.namespace, name), { by: so, min, minField: 'minReplicaCount', max: asNumber(getIn(so.object, 'spec', 'maxReplicaCount')) ?? 100 });
  }
  return out;
});

/** The autoscaler of the set that scales the workload of this kind, namespace and name, if any. */
export function autoscalerOf(index: ObjectIndex, kind: string, namespace: string, name: string): Autoscaler | undefined {
  return autoscalers(index).get(targetKey(kind, namespace, name));
}
