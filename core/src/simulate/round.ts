/**
 * One round of the control loop: every controller reconciles every object of its kind against the same
 * snapshot; their creates pass admission (a refused pod becomes the owner's FailedCreate event, as the
 * ReplicaSet controller reports it); the scheduler then binds what is pending; NoExecute taints evict what
 * they must. A round that changes nothing returns the very same snapshot: that is the steady state.
 *
 * A reconcile whose object and inputs did not change since the last round is not run again: its actions are
 * the ones it returned then (reconcile-memo.ts), so a round costs what changed, not the size of the cluster.
 */
import { controllerKeyOf, type ClusterState } from '../cluster/cluster-state.js';
import { networkingControllers } from './controllers/networking-controllers.js';
import { serviceAccountController } from './controllers/service-account-controller.js';
import { podsToEvict } from './controllers/taint-eviction.js';
import { workloadControllers } from './controllers/workload-controllers.js';
import { QuotaTracker } from './admission/index.js';
import { admitObject, stamp } from './engine.js';
import { jsonEqual } from './json-equal.js';
import { ReconcileMemo } from './reconcile-memo.js';
import { event, nodeNameOf, type PodBinder } from './pod-binder.js';
import type { Action, Controller, ControllerContext, NameGenerator, SimEvent } from './types.js';

const CONTROLLERS: readonly Controller[] = [serviceAccountController, ...workloadControllers, ...networkingControllers];

export interface RoundContext {
  readonly names: NameGenerator;
  readonly now: Date;
  readonly binder: PodBinder;
  /** Events already recorded (type, reason, object, message): an event is reported once, not once per round. */
  readonly seenEvents: Set<string>;
}

/**
 * Each control loop's memo of reconciles (one per RoundContext: the same clock and name generator). Kept
 * beside the context rather than in it, so that the engine's contexts stay plain data.
 */
const memos = new WeakMap<RoundContext, ReconcileMemo>();

function memoOf(ctx: RoundContext): ReconcileMemo {
  let memo = memos.get(ctx);
  if (memo === undefined) memos.set(ctx, (memo = new ReconcileMemo()));
  return memo;
}

function eventKey(e: SimEvent): string {
  return `${e.type}\0${e.reason}\0${e.object}\0${e.message}`;
}

/**
 * The actions that change something, in order: creates admitted (or turned into FailedCreate events),
 * updates that differ from the stored object, deletes of objects that exist, events not seen before.
 */
function effectiveActions(state: ClusterState, actions: readonly Action[], ctx: RoundContext): Action[] {
  const out: Action[] = [];
  const created = new Set<string>();
  const deleted = new Set<string>();
  const tracker = new QuotaTracker();
  const recordEvent = (e: SimEvent): void => {
    const key = eventKey(e);
    if (ctx.seenEvents.has(key)) return;
    ctx.seenEvents.add(key);
    out.push({ type: 'event', event: e });
  };
  for (const action of actions) {
    if (action.type === 'event') recordEvent(action.event);
    else if (action.type === 'delete') {
      const existing = state.get(action.key);
      if (existing === undefined || deleted.has(action.key)) continue;
      deleted.add(action.key);
      if (existing.kind === 'Pod') ctx.binder.removePod(existing);
      out.push(action);
    } else if (action.type === 'update') {
      const existing = state.get(action.object.key);
      if (existing !== undefined && jsonEqual(existing.object, action.object.object)) continue;
      out.push(action);
    } else {
      const { object } = action;
      if (created.has(object.key) || (state.get(object.key) !== undefined && !deleted.has(object.key))) continue;
      const admitted = admitObject(state, stamp(object.object as Record<string, unknown>, object.key, ctx.names, ctx.now), tracker);
      if (!admitted.allowed) {
        const owner = controllerKeyOf(object) ?? object.owner;
        recordEvent({ type: 'Warning', reason: 'FailedCreate', object: owner, message: `Error creating: ${admitted.message}` });
        continue;
      }
      created.add(object.key);
      out.push({ type: 'create', object: { ...object, object: admitted.object } });
    }
  }
  return out;
}

function evictions(state: ClusterState): Action[] {
  const nodes = state.nodes();
  if (!nodes.some((n) => n.taints.some((t) => t.effect === 'NoExecute'))) return [];
  const bound = state.list('Pod').filter((p) => nodeNameOf(p) !== undefined);
  return podsToEvict(nodes, bound.map((p) => p.object)).flatMap((e) => {
    const key = `Pod/${e.namespace}/${e.name}`;
    return [{ type: 'delete', key, reason: 'Evicted' } as const, event('Warning', 'Evicted', key, e.message)];
  });
}

export function runRound(state: ClusterState, ctx: RoundContext): ClusterState {
  const cctx: ControllerContext = { state, now: ctx.now, names: ctx.names };
  const reconciled = memoOf(ctx).reconcileAll(CONTROLLERS, cctx);
  let next = state.apply(effectiveActions(state, reconciled, ctx));
  next = next.apply(effectiveActions(next, ctx.binder.scheduleRound(next, ctx.now), ctx));
  next = next.apply(effectiveActions(next, evictions(next), ctx));
  return next;
}
