import type { KubeObject } from '../../../load/types.js';
import { asNumber, asString, getIn } from '../../../model/fields.js';
import type { IndexedObject, ObjectIndex } from '../../object-index.js';
import { namespaceOf } from '../namespace-lookup.js';

/** An autoscaler of the set and the replica range it keeps its target in. */
export interface Autoscaler {
  by: IndexedObject;
  min: number;
  max: number | undefined;
}

const cache = new WeakMap<ObjectIndex, Map<string, Autoscaler>>();
const key = (kind: string, namespace: string, name: string): string => `${kind}\u0000${namespace}\u0000${name}`;

/** HorizontalPodAutoscalers (minReplicas default 1) and KEDA ScaledObjects (which make one; target default Deployment). */
function build(index: ObjectIndex): Map<string, Autoscaler> {
  const out = new Map<string, Autoscaler>();
  for (const hpa of index.byKind('HorizontalPodAutoscaler')) {
    const kind = asString(getIn(hpa.object, 'spec', 'scaleTargetRef', 'kind'));
    const name = asString(getIn(hpa.object, 'spec', 'scaleTargetRef', 'name'));
    if (kind === undefined || name === undefined) continue;
    out.set(key(kind, hpa.namespace, name), { by: hpa, min: asNumber(getIn(hpa.object, 'spec', 'minReplicas')) ?? 1, max: asNumber(getIn(hpa.object, 'spec', 'maxReplicas')) });
  }
  for (const so of index.byKind('ScaledObject')) {
    const name = asString(getIn(so.object, 'spec', 'scaleTargetRef', 'name'));
    if (so.group !== 'keda.sh' || name === undefined) continue;
    const kind = asString(getIn(so.object, 'spec', 'scaleTargetRef', 'kind')) ?? 'Deployment';
    out.set(key(kind, so.namespace, name), { by: so, min: asNumber(getIn(so.object, 'spec', 'minReplicaCount')) ?? 0, max: asNumber(getIn(so.object, 'spec', 'maxReplicaCount')) ?? 100 });
  }
  return out;
}

/** The autoscaler of the set that scales this workload, if any. */
export function autoscalerOf(index: ObjectIndex, obj: KubeObject, defaultNamespace: string): Autoscaler | undefined {
  let map = cache.get(index);
  if (map === undefined) cache.set(index, (map = build(index)));
  const name = asString(getIn(obj, 'metadata', 'name'));
  if (typeof obj.kind !== 'string' || name === undefined) return undefined;
  return map.get(key(obj.kind, namespaceOf(obj, defaultNamespace), name));
}

/** Workload kinds that have spec.replicas. */
export const REPLICATED_KINDS: readonly string[] = ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'];

/** The most pods the workload runs: its autoscaler's maximum, or spec.replicas (default 1). */
export function peakReplicas(index: ObjectIndex, obj: KubeObject, defaultNamespace: string): number {
  const scaler = autoscalerOf(index, obj, defaultNamespace);
  if (scaler !== undefined) return Math.max(scaler.max ?? scaler.min, scaler.min);
  return asNumber(getIn(obj, 'spec', 'replicas')) ?? 1;
}
