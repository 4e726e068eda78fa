/**
 * The StatefulSet controller (pkg/controller/statefulset/stateful_set_control.go updateStatefulSet,
 * processReplica, processCondemned, updateStatefulSetAfterInvariantEstablished; control-plane-semantics §10).
 * Ordinals `start .. start+replicas−1`:
 *   - OrderedReady (default): one step per sync, lowest ordinal first — create a missing pod's PVCs, then the
 *     pod, and go no further until it is Running and Ready; an unschedulable pod therefore blocks the rest.
 *     Scale down removes the highest ordinal, one per sync, only while every member is healthy.
 *   - Parallel: every missing pod (and PVC) at once, every surplus pod deleted at once.
 * Then the update (stateful-set-update.ts): RollingUpdate deletes pods of another revision from the highest
 * ordinal down to the partition, `maxUnavailable` at a time, and the next syncs make them again at the update
 * revision; OnDelete leaves them. A Failed or Succeeded member is deleted and made again. PVCs are created a
 * sync before their pod, so a PVC that admission refuses leaves the pod uncreated, as upstream. With
 * `whenScaled: Delete` the PVCs of a removed ordinal go with its pod (upstream: owner reference to the pod and
 * garbage collection).
 * Not modelled: ControllerRevision objects — so a missing member below the partition is made at the update
 * revision (upstream restores the current revision's template from its ControllerRevision).
 */
import { asNumber, asObject, asString, getIn, type Obj } from '../../model/fields.js';
import type { Action, Controller, ControllerContext, SimObject } from '../types.js';
import { countPods, isPodAvailable, isRunningAndReady, isTerminating, ownedPods, podPhase } from './pod-state.js';
import { createAction, generationOf, normalEvent, statusUpdate } from './sim-object.js';
import { claimsFor, ordinalOf, podRevision, readStatefulSet, statefulPod, type StatefulSetView } from './stateful-set-pods.js';
import { podsToUpdate } from './stateful-set-update.js';

interface Members {
  /** Pods whose ordinal is in range, by ordinal. */
  readonly members: Map<number, SimObject>;
  /** Pods with an ordinal out of range, highest first. */
  readonly condemned: SimObject[];
  readonly all: SimObject[];
}

function members(ctx: ControllerContext, sts: SimObject, view: StatefulSetView): Members {
  const out: Members = { members: new Map(), condemned: [], all: [] };
  for (const pod of ownedPods(ctx.state, sts.key)) {
    const ordinal = ordinalOf(sts, pod);
    if (ordinal === undefined) continue;
    out.all.push(pod);
    if (ordinal >= view.start && ordinal < view.start + view.replicas) out.members.set(ordinal, pod);
    else out.condemned.push(pod);
  }
  out.condemned.sort((a, b) => (ordinalOf(sts, b) ?? 0) - (ordinalOf(sts, a) ?? 0));
  return out;
}

function deletePod(sts: SimObject, pod: SimObject, reason: string): Action[] {
  return [{ type: 'delete', key: pod.key, reason }, normalEvent(sts, 'SuccessfulDelete', `delete Pod ${pod.name} in StatefulSet ${sts.name} successful`)];
}

/** processReplica for every ordinal in range; true when OrderedReady must wait (nothing more this sync). */
function processReplicas(ctx: ControllerContext, sts: SimObject, view: StatefulSetView, m: Members, actions: Action[]): boolean {
  for (let ordinal = view.start; ordinal < view.start + view.replicas; ordinal++) {
    const pod = m.members.get(ordinal);
    const phase = pod === undefined ? '' : podPhase(pod);
    if (pod !== undefined && (phase === 'Failed' || phase === 'Succeeded')) {
      actions.push(...deletePod(sts, pod, `${phase} StatefulSet pod is replaced`));
      if (!view.parallel) return true;
      continue;
    }
    const missingClaims = claimsFor(sts, view, ordinal, ctx.names).filter(
      (c) => ctx.state.getObject('PersistentVolumeClaim', sts.namespace, asString(getIn(c, 'metadata', 'name')) ?? '') === undefined,
    );
    if (pod === undefined) {
      if (missingClaims.length > 0) actions.push(...missingClaims.map((c) => createAction(c, sts)));
      else actions.push(createAction(statefulPod(sts, view, ordinal, ctx.names), sts));
      if (!view.parallel) return true;
      continue;
    }
    if (phase === 'Pending' && missingClaims.length > 0) actions.push(...missingClaims.map((c) => createAction(c, sts)));
    if (!view.parallel && (!isRunningAndReady(pod) || isTerminating(pod))) return true;
  }
  return false;
}

/** processCondemned: Parallel removes every surplus pod; OrderedReady the highest one. */
function processCondemned(ctx: ControllerContext, sts: SimObject, view: StatefulSetView, m: Members): Action[] {
  const victims = view.parallel ? m.condemned : m.condemned.slice(0, 1);
  return victims.flatMap((pod) => {
    const ordinal = ordinalOf(sts, pod) ?? 0;
    const claims = view.whenScaled === 'Delete' ? claimsFor(sts, view, ordinal, ctx.names).map((c) => asString(getIn(c, 'metadata', 'name')) ?? '') : [];
    const claimDeletes = claims
      .map((name) => ctx.state.getObject('PersistentVolumeClaim', sts.namespace, name))
      .flatMap((c): Action[] => (c === undefined ? [] : [{ type: 'delete', key: c.key, reason: 'persistentVolumeClaimRetentionPolicy whenScaled: Delete' }]));
    return [...deletePod(sts, pod, `StatefulSet ${sts.name} scaled down`), ...claimDeletes];
  });
}

/** The rolling update's deletions, once the members are in place (and, for OrderedReady, no pod was condemned). */
function processUpdate(sts: SimObject, view: StatefulSetView, m: Members): Action[] {
  const byOrdinal = Array.from({ length: view.replicas }, (_, i) => m.members.get(view.start + i));
  const outdated = podsToUpdate(view.update, byOrdinal, (pod) => podRevision(pod) === view.revision);
  return outdated.flatMap((pod) => deletePod(sts, pod, `StatefulSet ${sts.name} rolling update to revision ${view.revision}`));
}

/**
 * updateStatefulSetStatus over every member and condemned pod. completeRollingUpdate: under RollingUpdate, once
 * every pod is updated and ready, the current revision catches up with the update revision.
 */
function statefulSetStatus(sts: SimObject, view: StatefulSetView, pods: readonly SimObject[]): Obj {
  const previous = asObject(sts.object.status) ?? {};
  const counted = pods.filter((p) => podPhase(p) !== '' && !isTerminating(p));
  const replicas = countPods(pods, (p) => podPhase(p) !== '');
  const ready = countPods(pods, isRunningAndReady);
  const updated = countPods(counted, (p) => podRevision(p) === view.revision);
  const done = view.update.type === 'RollingUpdate' && updated === replicas && ready === replicas;
  const currentRevision = done ? view.revision : asString(previous.currentRevision) || view.revision;
  return {
    observedGeneration: generationOf(sts),
    replicas,
    readyReplicas: ready,
    currentReplicas: countPods(counted, (p) => podRevision(p) === currentRevision),
    updatedReplicas: updated,
    currentRevision,
    updateRevision: view.revision,
    collisionCount: asNumber(previous.collisionCount) ?? 0,
    availableReplicas: countPods(pods, (p) => isRunningAndReady(p) && isPodAvailable(p)),
  };
}

export const statefulSetController: Controller = {
  kind: 'StatefulSet',
  reconcile(ctx: ControllerContext, sts: SimObject): Action[] {
    const view = readStatefulSet(sts);
    const m = members(ctx, sts, view);
    const actions: Action[] = [];
    const waiting = processReplicas(ctx, sts, view, m, actions);
    if (!waiting) {
      const condemned = processCondemned(ctx, sts, view, m);
      actions.push(...condemned);
      // Scaling takes precedence over updates: OrderedReady removes a surplus pod before it replaces any.
      if (view.parallel || condemned.length === 0) actions.push(...processUpdate(sts, view, m));
    }
    actions.push(...statusUpdate(sts, statefulSetStatus(sts, view, m.all)));
    return actions;
  },
};
