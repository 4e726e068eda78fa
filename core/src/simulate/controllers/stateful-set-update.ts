/**
 * A StatefulSet's rolling update (pkg/controller/statefulset/stateful_set_control.go updateStatefulSet's last
 * step, updateStatefulSetAfterInvariantEstablished; stateful_set_utils.go getStatefulSetMaxUnavailable;
 * control-plane-semantics §10). Once every member exists and, for OrderedReady, is Running and Ready, pods whose
 * revision is not the update revision are deleted from the highest ordinal down to the partition, at most
 * `maxUnavailable` minus the members already unavailable at a time; the members loop then makes them again at
 * the update revision. `OnDelete` replaces nothing: pods take the new template only when someone deletes them.
 *
 * maxUnavailable (KEP-961, feature gate MaxUnavailableStatefulSet) is honoured when set; unset it is 1, which
 * is exactly the one-pod-at-a-time update of clusters without the gate.
 */
import { asNumber, asObject, getIn, type Obj } from '../../model/fields.js';
import type { SimObject } from '../types.js';
import { scaledValue } from './int-or-percent.js';
import { isRunningAndReady, isTerminating } from './pod-state.js';

export type StatefulSetUpdateStrategy = 'RollingUpdate' | 'OnDelete';

export interface StatefulSetUpdate {
  readonly type: StatefulSetUpdateStrategy;
  /** `rollingUpdate.partition` (default 0): ordinals below `start + partition` keep the current revision. */
  readonly partition: number;
  /** getStatefulSetMaxUnavailable: `rollingUpdate.maxUnavailable` of the replicas, rounded down, at least 1. */
  readonly maxUnavailable: number;
}

/** getStatefulSetMaxUnavailable: default 1; a percentage rounds down but never below 1. */
export function statefulSetMaxUnavailable(raw: unknown, replicas: number): number {
  return Math.max(1, scaledValue(raw ?? 1, replicas, false));
}

/** `spec.updateStrategy` with the apps/v1 defaults (RollingUpdate, partition 0). */
export function readUpdateStrategy(spec: Obj, replicas: number): StatefulSetUpdate {
  const type: StatefulSetUpdateStrategy = getIn(spec, 'updateStrategy', 'type') === 'OnDelete' ? 'OnDelete' : 'RollingUpdate';
  const rolling = asObject(getIn(spec, 'updateStrategy', 'rollingUpdate')) ?? {};
  return { type, partition: Math.max(0, asNumber(rolling.partition) ?? 0), maxUnavailable: statefulSetMaxUnavailable(rolling.maxUnavailable, replicas) };
}

/** isHealthy: Running and Ready and not being deleted (every minReadySeconds has elapsed in the steady state). */
export function isHealthyMember(pod: SimObject | undefined): boolean {
  return pod !== undefined && isRunningAndReady(pod) && !isTerminating(pod);
}

/**
 * The members to delete for the update, highest ordinal first. `members[i]` is the pod of ordinal `start + i`
 * (undefined when missing: a missing member counts as unavailable, as upstream's not-yet-created pod does).
 */
export function podsToUpdate(update: StatefulSetUpdate, members: readonly (SimObject | undefined)[], isUpdated: (pod: SimObject) => boolean): SimObject[] {
  if (update.type === 'OnDelete') return [];
  const unavailable = members.filter((p) => !isHealthyMember(p)).length;
  if (unavailable >= update.maxUnavailable) return [];
  const out: SimObject[] = [];
  for (let i = members.length - 1; i >= update.partition && out.length < update.maxUnavailable - unavailable; i--) {
    const pod = members[i];
    if (pod !== undefined && !isUpdated(pod) && !isTerminating(pod)) out.push(pod);
  }
  return out;
}
