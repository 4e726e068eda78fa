/**
 * The PersistentVolume controller's volume side, as far as a plan needs it (pv_controller.go syncVolume): a new
 * volume without a claim, or pre-bound to a claim that has not bound yet, becomes Available. Volumes the claim side
 * binds in the same round are left to it, so the two controllers never write the same volume in one round.
 */
import { asObject, asString, getIn } from '../../model/fields.js';
import type { Action, Controller, ControllerContext, SimObject } from '../types.js';
import { statusUpdate } from './sim-object.js';
import { staticBindings } from './volume-binding-assign.js';
import { isAvailable } from './volume-binding-match.js';

function reconcileVolume(ctx: ControllerContext, pv: SimObject): Action[] {
  const phase = asString(getIn(pv.object, 'status', 'phase'));
  if (phase === 'Available' || !isAvailable(pv.object)) return [];
  for (const bound of staticBindings(ctx.state).values()) if (bound.key === pv.key) return [];
  return statusUpdate(pv, { ...(asObject(pv.object.status) ?? {}), phase: 'Available' });
}

/** Marks new unclaimed PersistentVolumes Available. */
export const persistentVolumeController: Controller = {
  kind: 'PersistentVolume',
  reconcile: reconcileVolume,
};
