/**
 * The plan's volume claims section: each claim's phase, volume, class and capacity as `kubectl get pvc` shows
 * them, and for a claim still Pending the last event recorded on it (the PV controller's reason).
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asString, getIn } from '../../model/fields.js';
import type { PlanVolumeClaim } from '../../plan/plan-document.js';
import type { SimObject } from '../types.js';
import { claimClassName } from './volume-binding-classes.js';

function planClaim(state: ClusterState, pvc: SimObject): PlanVolumeClaim {
  const bound = getIn(pvc.object, 'status', 'phase') === 'Bound';
  const storageClass = claimClassName(pvc.object);
  const out: PlanVolumeClaim = {
    namespace: pvc.namespace ?? '',
    name: pvc.name,
    phase: bound ? 'Bound' : 'Pending',
    volume: bound ? (asString(getIn(pvc.object, 'spec', 'volumeName')) ?? null) : null,
    storageClass: storageClass === '' ? null : storageClass,
    capacity: bound ? (asString(getIn(pvc.object, 'status', 'capacity', 'storage')) ?? null) : null,
  };
  if (bound) return out;
  const last = state.events.findLast((e) => e.object === pvc.key);
  return last === undefined ? out : { ...out, message: last.message };
}

/** Every PersistentVolumeClaim of the model cluster, sorted by namespace and name. */
export function planVolumeClaims(state: ClusterState): PlanVolumeClaim[] {
  return state
    .list('PersistentVolumeClaim')
    .map((c) => planClaim(state, c))
    .sort((a, b) => (a.namespace === b.namespace ? (a.name < b.name ? -1 : 1) : a.namespace < b.namespace ? -1 : 1));
}
