/**
 * Building blocks every controller uses to speak to the engine: a SimObject for an object it makes, the
 * controller owner reference it carries, and an `update` only when something really changed (a reconcile of a
 * steady state must return no action, or the loop would never settle).
 */
import { simObjectOf } from '../../cluster/sim-object-of.js';
import { asString, getIn, type Obj } from '../../model/fields.js';
import type { Action, NameGenerator, SimObject } from '../types.js';
import { deepEqual } from '../deep-equal.js';

/**
 * `object` as a generated SimObject belonging to the same top-level workload as `parent` (a Deployment's
 * ReplicaSets and Pods all have the Deployment as owner). The engine assigns `seq` on create and stamps uid and
 * creationTimestamp at admission.
 */
export function generatedObject(object: Obj, parent: SimObject): SimObject {
  return simObjectOf(object, 'generated', { owner: parent.owner });
}

/** The object's `metadata.uid`; the engine stamps one on every object, the fallback derives the same kind of value. */
export function uidOf(o: SimObject, names: NameGenerator): string {
  return asString(getIn(o.object, 'metadata', 'uid')) ?? names.uid(o.key);
}

/** metav1.NewControllerRef: the owner reference a controller puts on what it creates. */
export function controllerRef(owner: SimObject, names: NameGenerator): Obj {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.name, uid: uidOf(owner, names), controller: true, blockOwnerDeletion: true };
}

/** `metadata.generation`, which the API server sets to 1 on create. */
export function generationOf(o: SimObject): number {
  const g = getIn(o.object, 'metadata', 'generation');
  return typeof g === 'number' ? g : 1;
}

/** A `create` action for `object`, owned by `parent`'s top-level workload. */
export function createAction(object: Obj, parent: SimObject): Action {
  return { type: 'create', object: generatedObject(object, parent) };
}

/** An `update` of `o` to `next` when the two differ (keys in any order); nothing otherwise. */
export function updateIfChanged(o: SimObject, next: Obj): Action[] {
  return deepEqual(o.object, next) ? [] : [{ type: 'update', object: { ...o, object: next } }];
}

/** `o` with a new status (and, when given, new metadata), as an update when that changes anything. */
export function statusUpdate(o: SimObject, status: Obj, metadata?: Obj): Action[] {
  return updateIfChanged(o, { ...o.object, ...(metadata === undefined ? {} : { metadata }), status });
}

/** A Normal event on `o` (controllers report what they did; warnings come from the engine's admission). */
export function normalEvent(o: SimObject, reason: string, message: string): Action {
  return { type: 'event', event: { type: 'Normal', reason, object: o.key, message } };
}
