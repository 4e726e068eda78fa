/**
 * sync.go `scale`: what a Deployment does when it is paused or its replica count changed (a scaling event)
 * instead of rolling out. The only active ReplicaSet (or, with none active, the newest) takes the full count;
 * a saturated new ReplicaSet retires the old ones; several active ReplicaSets (a rollout under way) share the
 * change in proportion to their size (control-plane-semantics §9.6).
 */
import { asNumber, getIn } from '../../model/fields.js';
import type { SimObject } from '../types.js';
import { DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION, annotationsOf } from './deployment-replica-sets.js';
import type { DeploymentView } from './deployment-spec.js';
import { availableReplicas, type ReplicaSetScaling } from './replica-set-scaling.js';

/** isScalingEvent: an active ReplicaSet was sized for another `spec.replicas`. */
export function isScalingEvent(view: DeploymentView, replicaSets: readonly SimObject[], scaling: ReplicaSetScaling): boolean {
  return replicaSets.some((rs) => {
    const desired = annotationsOf(rs)[DESIRED_REPLICAS_ANNOTATION];
    return scaling.replicasOf(rs) > 0 && desired !== undefined && Number(desired) !== view.replicas;
  });
}

/** getReplicaSetFraction: the ReplicaSet's share of the change, from the max-replicas it was sized for. */
function fraction(rs: SimObject, view: DeploymentView, size: number, deploymentReplicas: number): number {
  if (view.replicas === 0) return -size;
  const annotated = Number(annotationsOf(rs)[MAX_REPLICAS_ANNOTATION] ?? '0');
  const before = Number.isInteger(annotated) && annotated > 0 ? annotated : deploymentReplicas;
  if (before === 0) return 0;
  const exact = (size * (view.replicas + view.maxSurge)) / before;
  // integer.RoundToInt32 rounds half away from zero.
  return Math.sign(exact) * Math.round(Math.abs(exact)) - size;
}

/** Proportional scaling of the active ReplicaSets, largest first, the leftover to the largest. */
function scaleProportionally(view: DeploymentView, active: SimObject[], scaling: ReplicaSetScaling, deploymentReplicas: number): void {
  const allowed = view.replicas > 0 ? view.replicas + view.maxSurge : 0;
  const toAdd = allowed - scaling.total(active);
  // ReplicaSetsBySizeNewer when adding, BySizeOlder when removing.
  active.sort((a, b) => scaling.replicasOf(b) - scaling.replicasOf(a) || (toAdd > 0 ? b.seq - a.seq : a.seq - b.seq));
  let added = 0;
  const sizes = active.map((rs) => {
    const size = scaling.replicasOf(rs);
    if (toAdd === 0 || size === 0 || added === toAdd) return size;
    const share = fraction(rs, view, size, deploymentReplicas);
    const proportion = toAdd > 0 ? Math.min(share, toAdd - added) : Math.max(share, toAdd - added);
    added += proportion;
    return size + proportion;
  });
  if (toAdd !== 0 && sizes.length > 0) sizes[0] = Math.max(0, (sizes[0] as number) + toAdd - added);
  active.forEach((rs, i) => scaling.resize(rs, sizes[i] as number));
}

export function scaleForSync(d: SimObject, view: DeploymentView, newRS: SimObject | undefined, old: readonly SimObject[], scaling: ReplicaSetScaling): void {
  const all = newRS === undefined ? [...old] : [...old, newRS];
  const active = all.filter((rs) => scaling.replicasOf(rs) > 0);
  // FindActiveOrLatest: the one active ReplicaSet, or with none active the new one, else the newest old one.
  const target = active.length === 1 ? active[0] : active.length === 0 ? (newRS ?? old[old.length - 1]) : undefined;
  if (target !== undefined) {
    scaling.scale(target, view.replicas);
    return;
  }
  const saturated =
    newRS !== undefined &&
    scaling.replicasOf(newRS) === view.replicas &&
    annotationsOf(newRS)[DESIRED_REPLICAS_ANNOTATION] === String(view.replicas) &&
    availableReplicas(newRS) === view.replicas;
  if (saturated) for (const rs of old) scaling.scale(rs, 0);
  else if (!view.recreate) scaleProportionally(view, active, scaling, asNumber(getIn(d.object, 'status', 'replicas')) ?? 0);
}
