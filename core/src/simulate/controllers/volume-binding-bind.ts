/**
 * The PV controller's bind (pv_controller.go bind → bindVolumeToClaim, bindClaimToVolume, updateClaimStatus): the
 * volume gets a claimRef to the claim and phase Bound; the claim gets `spec.volumeName`, the bind-completed
 * annotation and phase Bound with the volume's capacity and access modes. `bound-by-controller` marks the side
 * the controller chose (not the one the user pre-bound).
 */
import { asObject, asString, getIn, type Obj } from '../../model/fields.js';
import type { Action, SimObject } from '../types.js';
import { BIND_COMPLETED_ANNOTATION } from './volume-binding-assign.js';
import { isBoundToClaim } from './volume-binding-match.js';

const BOUND_BY_CONTROLLER_ANNOTATION = 'pv.kubernetes.io/bound-by-controller';

function withAnnotations(obj: Readonly<Obj>, added: Record<string, string>): Obj {
  const metadata = asObject(obj.metadata) ?? {};
  return { ...metadata, annotations: { ...(asObject(metadata.annotations) ?? {}), ...added } };
}

/** The claimRef a volume bound to `pvc` carries (ref.GetReference). */
export function claimRefTo(pvc: SimObject): Obj {
  const uid = asString(getIn(pvc.object, 'metadata', 'uid'));
  return { kind: 'PersistentVolumeClaim', namespace: pvc.namespace, name: pvc.name, ...(uid === undefined ? {} : { uid }), apiVersion: 'v1' };
}

/** The claim, bound to `pv`; `added` annotations on top (the provisioner's). */
export function boundClaim(pvc: SimObject, pv: Readonly<Obj>, added: Record<string, string> = {}): SimObject {
  const o = pvc.object;
  const chosenByController = (asString(getIn(o, 'spec', 'volumeName')) ?? '') === '';
  const annotations: Record<string, string> = { ...added, [BIND_COMPLETED_ANNOTATION]: 'yes' };
  if (chosenByController) annotations[BOUND_BY_CONTROLLER_ANNOTATION] = 'yes';
  const status: Obj = { ...(asObject(o.status) ?? {}), phase: 'Bound', accessModes: getIn(pv, 'spec', 'accessModes'), capacity: getIn(pv, 'spec', 'capacity') };
  const spec = { ...(asObject(o.spec) ?? {}), volumeName: asString(getIn(pv, 'metadata', 'name')) };
  return { ...pvc, object: { ...o, metadata: withAnnotations(o, annotations), spec, status } };
}

/** The volume, bound to `pvc`. */
function boundVolume(pv: SimObject, pvc: SimObject): SimObject {
  const o = pv.object;
  const preBound = isBoundToClaim(o, pvc);
  const claimRef = { ...(asObject(getIn(o, 'spec', 'claimRef')) ?? {}), ...claimRefTo(pvc) };
  const metadata = preBound ? (asObject(o.metadata) ?? {}) : withAnnotations(o, { [BOUND_BY_CONTROLLER_ANNOTATION]: 'yes' });
  return { ...pv, object: { ...o, metadata, spec: { ...(asObject(o.spec) ?? {}), claimRef }, status: { ...(asObject(o.status) ?? {}), phase: 'Bound' } } };
}

/** Both halves of a static bind. */
export function bindActions(pvc: SimObject, pv: SimObject): Action[] {
  const volume = boundVolume(pv, pvc);
  return [
    { type: 'update', object: volume },
    { type: 'update', object: boundClaim(pvc, volume.object) },
  ];
}
