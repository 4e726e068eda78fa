/**
 * A Deployment's status (pkg/controller/deployment/sync.go calculateStatus, progress.go syncRolloutStatus,
 * checkPausedConditions): counts summed from its ReplicaSets' statuses, the Available condition, and the
 * Progressing condition's story — NewReplicaSetCreated, ReplicaSetUpdated while pods come up,
 * NewReplicaSetAvailable when complete, DeploymentPaused. A progress deadline is never reported as exceeded:
 * the simulation has no passing time; a steady state with the Deployment incomplete is the plan's "stuck".
 */
import { asNumber, asObject, getIn, type Obj } from '../../model/fields.js';
import type { SimObject } from '../types.js';
import { conditionsOf, findCondition, removeCondition, setCondition, type ConditionSpec } from './conditions.js';
import type { DeploymentView } from './deployment-spec.js';
import { availableReplicas, type ReplicaSetScaling } from './replica-set-scaling.js';
import { generationOf } from './sim-object.js';

export interface DeploymentStatusInput {
  readonly d: SimObject;
  readonly view: DeploymentView;
  readonly now: Date;
  readonly newRS: SimObject | undefined;
  /** Every ReplicaSet, the new one included (just made ones have no status yet). */
  readonly all: readonly SimObject[];
  readonly scaling: ReplicaSetScaling;
  /** A rollout sync (syncRolloutStatus) rather than a plain scaling sync (syncDeploymentStatus). */
  readonly rollout: boolean;
  /** The new ReplicaSet was created by this sync. */
  readonly created: boolean;
}

const statusCount = (rs: SimObject, field: string): number => asNumber(getIn(rs.object, 'status', field)) ?? 0;

const progressing = (status: ConditionSpec['status'], reason: string, message: string): ConditionSpec => ({ type: 'Progressing', status, reason, message });

/** The Progressing condition as getNewReplicaSet and checkPausedConditions leave it before the status sync. */
function preludeConditions(input: DeploymentStatusInput, previous: Obj[]): Obj[] {
  const { view, newRS, now } = input;
  if (!view.hasProgressDeadline) return previous;
  let conditions = previous;
  const current = findCondition(conditions, 'Progressing');
  if (current?.reason !== 'ProgressDeadlineExceeded') {
    const pausedNow = current?.reason === 'DeploymentPaused';
    if (view.paused && !pausedNow) conditions = setCondition(conditions, progressing('Unknown', 'DeploymentPaused', 'Deployment is paused'), now, true);
    else if (!view.paused && pausedNow) conditions = setCondition(conditions, progressing('Unknown', 'DeploymentResumed', 'Deployment is resumed'), now, true);
  }
  if (newRS !== undefined && input.created) conditions = setCondition(conditions, progressing('True', 'NewReplicaSetCreated', `Created new replica set "${newRS.name}"`), now, true);
  else if (newRS !== undefined && findCondition(conditions, 'Progressing') === undefined) {
    conditions = setCondition(conditions, progressing('True', 'FoundNewReplicaSet', `Found new replica set "${newRS.name}"`), now, true);
  }
  return conditions;
}

/** getReplicaFailures: the new ReplicaSet's ReplicaFailure first, else any other's. */
function replicaFailure(input: DeploymentStatusInput): Obj | undefined {
  const failureOf = (rs: SimObject): Obj | undefined => findCondition(conditionsOf(asObject(rs.object.status)), 'ReplicaFailure');
  return (input.newRS === undefined ? undefined : failureOf(input.newRS)) ?? input.all.map(failureOf).find((c) => c !== undefined);
}

/** The status the sync writes (the caller compares it with the stored one). */
export function nextDeploymentStatus(input: DeploymentStatusInput): Obj {
  const { d, view, now, newRS, all, scaling } = input;
  const previous = asObject(d.object.status) ?? {};
  let conditions = preludeConditions(input, conditionsOf(previous));
  const available = all.reduce((n, rs) => n + availableReplicas(rs), 0);
  const status = {
    observedGeneration: generationOf(d),
    replicas: all.reduce((n, rs) => n + statusCount(rs, 'replicas'), 0),
    updatedReplicas: newRS === undefined ? 0 : statusCount(newRS, 'replicas'),
    readyReplicas: all.reduce((n, rs) => n + statusCount(rs, 'readyReplicas'), 0),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, scaling.total(all) - available),
  };
  conditions =
    available >= view.replicas - view.maxUnavailable
      ? setCondition(conditions, { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' }, now, true)
      : setCondition(conditions, { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' }, now, true);
  if (input.rollout) {
    if (!view.hasProgressDeadline) conditions = removeCondition(conditions, 'Progressing');
    const current = findCondition(conditionsOf(previous), 'Progressing');
    const alreadyComplete = status.replicas === status.updatedReplicas && current?.reason === 'NewReplicaSetAvailable';
    const complete = status.updatedReplicas === view.replicas && status.replicas === view.replicas && status.availableReplicas === view.replicas;
    // DeploymentProgressing: more updated, ready or available pods, or fewer old ones, than the stored status says.
    const before = (field: string): number => asNumber(previous[field]) ?? 0;
    const progressed =
      status.updatedReplicas > before('updatedReplicas') ||
      status.replicas - status.updatedReplicas < before('replicas') - before('updatedReplicas') ||
      status.readyReplicas > before('readyReplicas') ||
      status.availableReplicas > before('availableReplicas');
    const rsName = newRS === undefined ? `Deployment "${d.name}"` : `ReplicaSet "${newRS.name}"`;
    if (view.hasProgressDeadline && !alreadyComplete && complete) {
      conditions = setCondition(conditions, progressing('True', 'NewReplicaSetAvailable', `${rsName} has successfully progressed.`), now, true);
    } else if (view.hasProgressDeadline && !alreadyComplete && progressed) {
      const kept = findCondition(conditions, 'Progressing');
      const next = setCondition(removeCondition(conditions, 'Progressing'), progressing('True', 'ReplicaSetUpdated', `${rsName} is progressing.`), now, true);
      conditions = kept?.status === 'True' ? next.map((c) => (c.type === 'Progressing' ? { ...c, lastTransitionTime: kept.lastTransitionTime } : c)) : next;
    }
    const failure = replicaFailure(input);
    conditions = failure === undefined ? removeCondition(conditions, 'ReplicaFailure') : setCondition(conditions, { type: 'ReplicaFailure', status: 'True', reason: String(failure.reason), message: String(failure.message ?? '') }, now, true);
  }
  return { ...status, ...(conditions.length === 0 ? {} : { conditions }), ...(view.collisionCount === undefined ? {} : { collisionCount: view.collisionCount }) };
}
