/**
 * How a rollout sizes a Deployment's ReplicaSets (pkg/controller/deployment/{rolling.go,recreate.go},
 * control-plane-semantics §9.4, §9.5): the rolling update's scale-up of the new ReplicaSet and scale-down of the
 * old ones within maxSurge/maxUnavailable, Recreate's "old to zero, wait, new to full", and the clean-up of old
 * ReplicaSets. A fresh Deployment only ever takes the first step; the rest makes a Deployment with an old
 * ReplicaSet converge too. The plain scaling of a paused Deployment or of a replicas change is deployment-sync.ts.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asNumber, getIn } from '../../model/fields.js';
import type { Action, SimObject } from '../types.js';
import { revisionOf } from './deployment-replica-sets.js';
import type { DeploymentView } from './deployment-spec.js';
import { isPodActive, ownedPods } from './pod-state.js';
import { availableReplicas, type ReplicaSetScaling } from './replica-set-scaling.js';
import { generationOf } from './sim-object.js';

/** NewRSNewReplicas: how big the new ReplicaSet may be now, given every ReplicaSet's size (`all` includes it). */
export function newRSNewReplicas(view: DeploymentView, all: readonly SimObject[], newRS: SimObject | undefined, scaling: ReplicaSetScaling): number {
  if (view.recreate) return view.replicas;
  const current = newRS === undefined ? 0 : scaling.replicasOf(newRS);
  const maxTotal = view.replicas + view.maxSurge;
  const total = scaling.total(all);
  if (total >= maxTotal) return current;
  return current + Math.min(maxTotal - total, view.replicas - current);
}

/** reconcileNewReplicaSet: true when the new ReplicaSet was resized. */
export function reconcileNewReplicaSet(view: DeploymentView, all: readonly SimObject[], newRS: SimObject, scaling: ReplicaSetScaling): boolean {
  const size = scaling.replicasOf(newRS);
  if (size === view.replicas) return false;
  return scaling.scale(newRS, size > view.replicas ? view.replicas : newRSNewReplicas(view, all, newRS, scaling));
}

/** cleanupUnhealthyReplicas: old replicas that are not available go first, within `maxCleanup`. */
export function cleanupUnhealthyReplicas(old: readonly SimObject[], maxCleanup: number, scaling: ReplicaSetScaling): number {
  let total = 0;
  for (const rs of old) {
    if (total >= maxCleanup) break;
    const size = scaling.replicasOf(rs);
    const unhealthy = size - availableReplicas(rs);
    if (size === 0 || unhealthy <= 0) continue;
    const count = Math.min(maxCleanup - total, unhealthy);
    scaling.scale(rs, size - count);
    total += count;
  }
  return total;
}

/** scaleDownOldReplicaSetsForRollingUpdate: never below `replicas − maxUnavailable` available pods. */
export function scaleDownOldForRollingUpdate(view: DeploymentView, all: readonly SimObject[], old: readonly SimObject[], scaling: ReplicaSetScaling): number {
  const minAvailable = view.replicas - view.maxUnavailable;
  const available = all.reduce((n, rs) => n + availableReplicas(rs), 0);
  if (available <= minAvailable) return 0;
  const wanted = available - minAvailable;
  let total = 0;
  for (const rs of old) {
    if (total >= wanted) break;
    const size = scaling.replicasOf(rs);
    if (size === 0) continue;
    const count = Math.min(size, wanted - total);
    scaling.scale(rs, size - count);
    total += count;
  }
  return total;
}

/** reconcileOldReplicaSets: true when an old ReplicaSet shrank. `old` are the active ones, oldest first. */
export function reconcileOldReplicaSets(view: DeploymentView, newRS: SimObject, old: readonly SimObject[], scaling: ReplicaSetScaling): boolean {
  if (scaling.total(old) === 0) return false;
  const all = [...old, newRS];
  const minAvailable = view.replicas - view.maxUnavailable;
  const newUnavailable = scaling.replicasOf(newRS) - availableReplicas(newRS);
  const maxScaledDown = scaling.total(all) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(old, maxScaledDown, scaling);
  return cleaned + scaleDownOldForRollingUpdate(view, all, old, scaling) > 0;
}

/** rolloutRolling once the new ReplicaSet exists (or is being created): scale up, else scale down. */
export function rollingSteps(view: DeploymentView, newRS: SimObject, old: readonly SimObject[], scaling: ReplicaSetScaling): boolean {
  if (reconcileNewReplicaSet(view, [...old, newRS], newRS, scaling)) return true;
  return reconcileOldReplicaSets(view, newRS, old.filter((rs) => scaling.replicasOf(rs) > 0), scaling);
}

/**
 * rolloutRecreate's first half: every old ReplicaSet to 0, then wait (oldPodsRunning) until their statuses count
 * no pod (GetActualReplicaCountForReplicaSets) and none of their pods is left outside a terminal phase. True
 * when the new ReplicaSet may be created or scaled up.
 */
export function recreateMayProceed(state: ClusterState, old: readonly SimObject[], scaling: ReplicaSetScaling): boolean {
  let scaledDown = false;
  for (const rs of old) if (scaling.replicasOf(rs) > 0) scaledDown = scaling.scale(rs, 0) || scaledDown;
  if (scaledDown) return false;
  if (old.some((rs) => (asNumber(getIn(rs.object, 'status', 'replicas')) ?? 0) > 0)) return false;
  return !old.some((rs) => ownedPods(state, rs.key).some(isPodActive));
}

/** cleanupDeployment: empty old ReplicaSets beyond revisionHistoryLimit are deleted, lowest revision first. */
export function cleanupOldReplicaSets(view: DeploymentView, old: readonly SimObject[], scaling: ReplicaSetScaling): Action[] {
  const excess = old.length - view.revisionHistoryLimit;
  if (excess <= 0) return [];
  const byRevision = [...old].sort((a, b) => revisionOf(a) - revisionOf(b) || a.seq - b.seq);
  return byRevision.slice(0, excess).flatMap((rs): Action[] => {
    const observed = asNumber(getIn(rs.object, 'status', 'observedGeneration')) ?? 0;
    const pods = asNumber(getIn(rs.object, 'status', 'replicas')) ?? 0;
    if (pods !== 0 || scaling.replicasOf(rs) !== 0 || generationOf(rs) > observed) return [];
    return [{ type: 'delete', key: rs.key, reason: `revisionHistoryLimit ${view.revisionHistoryLimit} of the Deployment` }];
  });
}
