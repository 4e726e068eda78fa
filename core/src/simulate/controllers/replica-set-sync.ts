/**
 * The ReplicaSet controller's sync (pkg/controller/replicaset/replica_set.go syncReplicaSet, manageReplicas,
 * calculateStatus), shared with ReplicationControllers, which upstream runs through the same code: create the
 * missing pods, delete the surplus ones in ActivePodsWithRanks order, report what the pods are doing.
 *
 * Not modelled: slow-start batches (1, 2, 4, ... creations that stop at the first failure) — the engine admits
 * every create of a round on its own, which ends in the same pods; adoption of orphan pods by selector.
 */
import { controllerKeyOf } from '../../cluster/cluster-state.js';
import { asNumber, asObject, asStringMap, getIn, type Obj } from '../../model/fields.js';
import type { Action, ControllerContext, SimObject } from '../types.js';
import { conditionsOf, removeCondition, setCondition } from './conditions.js';
import { freshNames, podsPrefix } from './generated-names.js';
import { podFromTemplate } from './pod-from-template.js';
import { countPods, isPodActive, isPodAvailable, isPodReady, ownedPods } from './pod-state.js';
import { podsToDelete } from './pods-to-delete.js';
import { controllerRef, createAction, generationOf, normalEvent, statusUpdate } from './sim-object.js';

/** replicaset.BurstReplicas: at most this many creations or deletions per sync. */
export const BURST_REPLICAS = 500;

/** The prefix the engine puts before an admission refusal in its FailedCreate event. */
const FAILED_CREATE_PREFIX = 'Error creating: ';

/** `spec.replicas`, defaulted to 1 as the API server does for every scalable workload. */
export function specReplicas(o: SimObject): number {
  return asNumber(getIn(o.object, 'spec', 'replicas')) ?? 1;
}

/** The newest FailedCreate message on `rs`, without the event's prefix: why its last creation failed. */
function lastFailedCreate(ctx: ControllerContext, rs: SimObject): string | undefined {
  const e = ctx.state.lastEvent(rs.key, 'FailedCreate');
  if (e === undefined) return undefined;
  return e.message.startsWith(FAILED_CREATE_PREFIX) ? e.message.slice(FAILED_CREATE_PREFIX.length) : e.message;
}

/** The pods counted for deletion ranking: those of every ReplicaSet under the same Deployment, or our own. */
function relatedPods(ctx: ControllerContext, rs: SimObject, own: SimObject[]): SimObject[] {
  const parent = controllerKeyOf(rs);
  if (parent === undefined) return own;
  return ctx.state.childrenOf(parent).filter((s) => s.kind === rs.kind).flatMap((s) => ownedPods(ctx.state, s.key));
}

function createPods(ctx: ControllerContext, rs: SimObject, count: number): Action[] {
  const template = asObject(getIn(rs.object, 'spec', 'template'));
  const namespace = rs.namespace ?? 'default';
  const base = podsPrefix(rs.name);
  const ownerRef = controllerRef(rs, ctx.names);
  return freshNames(ctx, 'Pod', namespace, base, rs.key, count).map((name) =>
    createAction(podFromTemplate(template, { namespace, name, generateName: base, ownerRef }), rs),
  );
}

function calculateStatus(ctx: ControllerContext, rs: SimObject, active: SimObject[]): Obj {
  const templateLabels = asStringMap(getIn(rs.object, 'spec', 'template', 'metadata', 'labels')) ?? {};
  const fullyLabeled = (pod: SimObject): boolean => {
    const labels = asStringMap(getIn(pod.object, 'metadata', 'labels')) ?? {};
    return Object.entries(templateLabels).every(([k, v]) => labels[k] === v);
  };
  const previous = asObject(rs.object.status);
  let conditions = conditionsOf(previous);
  const failure = lastFailedCreate(ctx, rs);
  if (active.length < specReplicas(rs) && failure !== undefined) {
    conditions = setCondition(conditions, { type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: failure }, ctx.now);
  } else if (active.length >= specReplicas(rs)) {
    conditions = removeCondition(conditions, 'ReplicaFailure');
  }
  return {
    replicas: active.length,
    fullyLabeledReplicas: countPods(active, fullyLabeled),
    readyReplicas: countPods(active, isPodReady),
    availableReplicas: countPods(active, isPodAvailable),
    observedGeneration: generationOf(rs),
    ...(conditions.length === 0 ? {} : { conditions }),
  };
}

/** One sync of a ReplicaSet or ReplicationController: pod creations or deletions, then its status. */
export function syncReplicas(ctx: ControllerContext, rs: SimObject): Action[] {
  const own = ownedPods(ctx.state, rs.key);
  const active = own.filter(isPodActive);
  const diff = active.length - specReplicas(rs);
  const actions: Action[] = [];
  let remaining = active;
  if (diff < 0) actions.push(...createPods(ctx, rs, Math.min(-diff, BURST_REPLICAS)));
  else if (diff > 0) {
    const victims = podsToDelete(active, Math.min(diff, BURST_REPLICAS), relatedPods(ctx, rs, own));
    for (const pod of victims) {
      actions.push({ type: 'delete', key: pod.key, reason: `${rs.kind} ${rs.name} scaled down` }, normalEvent(rs, 'SuccessfulDelete', `Deleted pod: ${pod.name}`));
    }
    // Upstream writes this sync's status from the pods before the deletions, then resyncs as soon as its
    // informer sees them go (expectations) — long before a new pod of a rollout becomes available. Counting
    // the deleted pods out at once is that resync: the Deployment controller never sizes a rollout on pods
    // that are already gone.
    const gone = new Set(victims.map((p) => p.key));
    remaining = active.filter((p) => !gone.has(p.key));
  }
  actions.push(...statusUpdate(rs, calculateStatus(ctx, rs, remaining)));
  return actions;
}
