/**
 * The PersistentVolume controller's claim side (pkg/controller/volume/persistentvolume/pv_controller.go
 * syncUnboundClaim): a Pending claim binds to its requested or best matching volume; failing that it takes the
 * default StorageClass if it names none (retroactive default), waits for a consumer under WaitForFirstConsumer
 * until the scheduler has picked a node, or is provisioned by its class. A claim that stays Pending carries
 * upstream's event for why. Bound claims are left alone. The scheduler's view of a claim is `claimInfo`.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asObject, asString, getIn, objectItems } from '../../model/fields.js';
import type { Action, Controller, ControllerContext, EventType, SimEvent, SimObject } from '../types.js';
import { isUnboundClaim, selectedNodeOf, staticBindings } from './volume-binding-assign.js';
import { bindActions } from './volume-binding-bind.js';
import { canProvision, claimClassName, defaultStorageClass, isWaitForFirstConsumer, storageClass } from './volume-binding-classes.js';
import { isBoundToClaim, volumeMismatch } from './volume-binding-match.js';
import { statusUpdate } from './sim-object.js';
import { provisionActions } from './volume-binding-provision.js';


function event(pvc: SimObject, type: EventType, reason: string, message: string): SimEvent {
  return { type, reason, object: pvc.key, message };
}

/** The claim stays Pending (status written once), with the reason's event when there is one. */
function pending(pvc: SimObject, why: SimEvent | undefined): Action[] {
  const status = statusUpdate(pvc, { ...(asObject(pvc.object.status) ?? {}), phase: 'Pending' });
  return why === undefined ? status : [{ type: 'event', event: why }, ...status];
}

/** Why a claim naming its volume is not bound to it yet (a missing volume is simply waited for). */
function requestedVolumeEvent(state: ClusterState, pvc: SimObject, volumeName: string): SimEvent | undefined {
  const pv = state.getObject('PersistentVolume', undefined, volumeName);
  if (pv === undefined || isBoundToClaim(pv.object, pvc)) return undefined;
  if (asObject(getIn(pv.object, 'spec', 'claimRef')) !== undefined) {
    return event(pvc, 'Warning', 'FailedBinding', `volume ${JSON.stringify(volumeName)} already bound to a different claim.`);
  }
  const mismatch = volumeMismatch(pv.object, pvc.object);
  return mismatch === undefined ? undefined : event(pvc, 'Warning', 'VolumeMismatch', `Cannot bind to requested volume ${JSON.stringify(volumeName)}: ${mismatch}`);
}

/** A pod not scheduled yet, nor finished, that mounts the claim (findNonScheduledPodsByPVC). */
function waitsForClaim(pod: SimObject, claim: string): boolean {
  const phase = getIn(pod.object, 'status', 'phase');
  if ((asString(getIn(pod.object, 'spec', 'nodeName')) ?? '') !== '' || phase === 'Succeeded' || phase === 'Failed') return false;
  return objectItems(getIn(pod.object, 'spec', 'volumes')).some(({ item }) => getIn(item, 'persistentVolumeClaim', 'claimName') === claim);
}

/** emitEventForUnboundDelayBindingClaim: names the unscheduled pods that use the claim, if any. */
function waitingEvent(state: ClusterState, pvc: SimObject): SimEvent {
  const waiting = state.podsInNamespace(pvc.namespace ?? '').filter((p) => waitsForClaim(p, pvc.name)).map((p) => p.name);
  if (waiting.length === 0) return event(pvc, 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding');
  const message = waiting.length > 1 ? `waiting for pods ${waiting.join(',')} to be scheduled` : `waiting for pod ${waiting[0]} to be scheduled`;
  return event(pvc, 'Normal', 'WaitForPodScheduled', message);
}

function reconcileClaim(ctx: ControllerContext, pvc: SimObject): Action[] {
  if (!isUnboundClaim(pvc.object)) return [];
  const { state } = ctx;
  const pv = staticBindings(state).get(pvc.key);
  if (pv !== undefined) return bindActions(pvc, pv);
  const volumeName = asString(getIn(pvc.object, 'spec', 'volumeName')) ?? '';
  if (volumeName !== '') return pending(pvc, requestedVolumeEvent(state, pvc, volumeName));
  const defaultClass = defaultStorageClass(state, pvc.object);
  if (defaultClass !== undefined) {
    return [{ type: 'update', object: { ...pvc, object: { ...pvc.object, spec: { ...(asObject(pvc.object.spec) ?? {}), storageClassName: defaultClass } } } }];
  }
  const className = claimClassName(pvc.object);
  const cls = storageClass(state, className);
  if (isWaitForFirstConsumer(cls) && selectedNodeOf(pvc.object) === undefined) return pending(pvc, waitingEvent(state, pvc));
  if (className === '') return pending(pvc, event(pvc, 'Normal', 'FailedBinding', 'no persistent volumes available for this claim and no storage class is set'));
  if (cls === undefined) return pending(pvc, event(pvc, 'Warning', 'ProvisioningFailed', `storageclass.storage.k8s.io ${JSON.stringify(className)} not found`));
  if (!canProvision(cls)) return pending(pvc, event(pvc, 'Warning', 'ProvisioningFailed', `no volume plugin matched name: ${asString(cls.object.provisioner) ?? ''}`));
  return provisionActions(ctx, pvc, cls);
}

/** Binds, provisions or explains each unbound PersistentVolumeClaim. */
export const volumeBindingController: Controller = {
  kind: 'PersistentVolumeClaim',
  reconcile: reconcileClaim,
};
