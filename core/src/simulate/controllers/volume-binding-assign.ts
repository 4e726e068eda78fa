/**
 * The static bindings one round makes. Upstream's PV controller syncs claims one at a time, so two claims never
 * take the same volume; in kubeplan every claim reconciles against the same snapshot, so each reconcile works out
 * the whole round's assignment, claim by claim in creation order with the volumes taken so far excluded, and keeps
 * its own line. The PV phase controller reads the same assignment to leave alone the volumes being bound.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asObject, asString, getIn, type Obj } from '../../model/fields.js';
import type { ObjectKey, SimObject } from '../types.js';
import { claimClassName, isWaitForFirstConsumer, storageClass } from './volume-binding-classes.js';
import { findBestVolume, isBoundToClaim, volumeMismatch } from './volume-binding-match.js';

/** Set by the scheduler on a WaitForFirstConsumer claim once its pod has a node (AnnSelectedNode). */
export const SELECTED_NODE_ANNOTATION = 'volume.kubernetes.io/selected-node';
export const BIND_COMPLETED_ANNOTATION = 'pv.kubernetes.io/bind-completed';

/** A claim the PV controller still has to bind (no AnnBindCompleted, not Bound). */
export function isUnboundClaim(pvc: Readonly<Obj>): boolean {
  return getIn(pvc, 'metadata', 'annotations', BIND_COMPLETED_ANNOTATION) === undefined && getIn(pvc, 'status', 'phase') !== 'Bound';
}

export function selectedNodeOf(pvc: Readonly<Obj>): string | undefined {
  return asString(getIn(pvc, 'metadata', 'annotations', SELECTED_NODE_ANNOTATION));
}

/** The volume a claim naming one (`spec.volumeName`) gets, when it is free for it and satisfies it. */
function requestedVolume(state: ClusterState, pvc: SimObject, volumeName: string, excluded: ReadonlySet<string>): SimObject | undefined {
  const pv = state.getObject('PersistentVolume', undefined, volumeName);
  if (pv === undefined || excluded.has(pv.name)) return undefined;
  if (isBoundToClaim(pv.object, pvc)) return pv;
  return asObject(getIn(pv.object, 'spec', 'claimRef')) === undefined && volumeMismatch(pv.object, pvc.object) === undefined ? pv : undefined;
}

/** Claim key → the volume it binds to this round. */
export function staticBindings(state: ClusterState): Map<ObjectKey, SimObject> {
  const out = new Map<ObjectKey, SimObject>();
  const excluded = new Set<string>();
  for (const pvc of state.list('PersistentVolumeClaim')) {
    if (!isUnboundClaim(pvc.object)) continue;
    const volumeName = asString(getIn(pvc.object, 'spec', 'volumeName')) ?? '';
    let pv: SimObject | undefined;
    if (volumeName !== '') pv = requestedVolume(state, pvc, volumeName, excluded);
    else {
      const nodeName = selectedNodeOf(pvc.object);
      const node = nodeName === undefined ? undefined : state.node(nodeName);
      const delayBinding = isWaitForFirstConsumer(storageClass(state, claimClassName(pvc.object)));
      pv = findBestVolume(state, pvc, { ...(node === undefined ? {} : { node }), delayBinding, excluded });
    }
    if (pv === undefined) continue;
    out.set(pvc.key, pv);
    excluded.add(pv.name);
  }
  return out;
}
