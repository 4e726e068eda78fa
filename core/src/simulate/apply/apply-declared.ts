/**
 * `kubectl apply --prune` on the model cluster: the declared objects in Helm's install order, each created,
 * updated in place, left as it is, or replaced (deleted with its dependents, then created again) when an
 * immutable field changes; then the pruned objects deleted with their dependents. Returns what happened to
 * every declared or pruned object, which the plan's `changes[]` are built from.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { simObjectOf } from '../../cluster/sim-object-of.js';
import { asObject, asString, type Obj } from '../../model/fields.js';
import type { DeclaredObject, RejectedObject } from '../engine.js';
import { admitObject, stamp } from './admit-object.js';
import { inInstallOrder } from '../install-order.js';
import type { Action, NameGenerator, ObjectKey, SimObject } from '../types.js';
import { declaredPodUpdate, declaredUpdate, type UpdateOutcome } from './declared-update.js';
import { deletionClosure } from './garbage-collection.js';

/** What applying did to one declared (or pruned) top-level object. */
export interface AppliedChange {
  readonly key: ObjectKey;
  readonly action: 'create' | 'update' | 'replace' | 'delete' | 'unchanged';
  /** For `replace`: the API server's refusal of the in-place update, naming the immutable field. */
  readonly replaceReason?: string;
}

export interface ApplyDeclaredInput {
  readonly objects: readonly DeclaredObject[];
  /** Keys deleted after the objects are applied (with their dependents): the base objects no longer declared. */
  readonly prune?: readonly ObjectKey[];
  readonly names: NameGenerator;
  readonly now: Date;
  /** Told about every pod deleted here, so that the scheduler gives its node the room back. */
  readonly onPodRemoved: (pod: SimObject) => void;
}

export interface ApplyDeclaredResult {
  readonly state: ClusterState;
  readonly rejected: RejectedObject[];
  readonly changes: AppliedChange[];
}

function rejectedOf(declared: DeclaredObject, reason: string): RejectedObject {
  return { object: declared.object, ...(declared.namespace === undefined ? {} : { namespace: declared.namespace }), ...(declared.source === undefined ? {} : { source: declared.source }), reason };
}

/** The delete actions for `keys` and their dependents; pods are handed back to the scheduler. */
function deleteWithDependents(state: ClusterState, keys: readonly ObjectKey[], reason: string, onPodRemoved: (pod: SimObject) => void): ClusterState {
  const doomed = deletionClosure(state, keys);
  for (const o of doomed) if (o.kind === 'Pod') onPodRemoved(o);
  return state.apply(doomed.map((o): Action => ({ type: 'delete', key: o.key, reason })));
}

/** A replacement gets a new uid, as a fresh create would: its pods must not look like the old object's. */
function withFreshUid(object: Obj, key: ObjectKey, names: NameGenerator): Obj {
  return { ...object, metadata: { ...asObject(object.metadata), uid: names.uid(`${key}#replaced`) } };
}

export function applyDeclared(start: ClusterState, input: ApplyDeclaredInput): ApplyDeclaredResult {
  let state = start;
  const rejected: RejectedObject[] = [];
  const changes: AppliedChange[] = [];
  const create = (declared: DeclaredObject, draft: SimObject, object: Obj): boolean => {
    const result = admitObject(state, stamp(object, draft.key, input.names, input.now));
    if (!result.allowed) {
      rejected.push(rejectedOf(declared, result.message));
      return false;
    }
    state = state.apply([{ type: 'create', object: { ...draft, object: result.object } }]);
    return true;
  };
  for (const declared of inInstallOrder(input.objects, (d) => asString(d.object.kind) ?? '')) {
    const draft = simObjectOf(declared.object, 'manifest', declared.source === undefined ? {} : { source: declared.source });
    const prev = state.get(draft.key);
    if (prev === undefined) {
      if (create(declared, draft, declared.object)) changes.push({ key: draft.key, action: 'create' });
      continue;
    }
    const outcome = updateOutcome(state, prev, declared, draft, input);
    if (outcome.kind === 'rejected') {
      rejected.push(rejectedOf(declared, outcome.reason));
    } else if (outcome.kind === 'replace') {
      state = deleteWithDependents(state, [prev.key], `replaced: ${outcome.reason}`, input.onPodRemoved);
      const recreated = create(declared, draft, withFreshUid(declared.object, draft.key, input.names));
      // A replacement the API server then refuses to create leaves only the delete.
      changes.push(recreated ? { key: draft.key, action: 'replace', replaceReason: outcome.reason } : { key: draft.key, action: 'delete' });
    } else {
      // The manifest now owns the object (a live object of a dump becomes a declared one), in place.
      const object = outcome.kind === 'update' ? outcome.object : prev.object;
      state = state.apply([{ type: 'update', object: { ...draft, object, seq: prev.seq } }]);
      changes.push({ key: draft.key, action: outcome.kind });
    }
  }
  const pruned = (input.prune ?? []).filter((key) => state.get(key) !== undefined);
  if (pruned.length > 0) {
    state = deleteWithDependents(state, pruned, 'pruned: no longer in the manifests', input.onPodRemoved);
    for (const key of pruned) changes.push({ key, action: 'delete' });
  }
  return { state, rejected, changes };
}

/** Update, replace or nothing; a bare Pod is first admitted as new (its mutating admission runs on create only). */
function updateOutcome(state: ClusterState, prev: SimObject, declared: DeclaredObject, draft: SimObject, input: ApplyDeclaredInput): UpdateOutcome {
  if (prev.kind !== 'Pod') return declaredUpdate(state, prev, declared.object);
  const without = state.apply([{ type: 'delete', key: prev.key }]);
  const asNew = admitObject(without, stamp(declared.object, draft.key, input.names, input.now));
  if (!asNew.allowed) return { kind: 'rejected', reason: asNew.message };
  return declaredPodUpdate(prev, asNew.object);
}
