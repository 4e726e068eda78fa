/**
 * A tiny stand-in for the engine's rounds, for controller tests: every controller reconciles every object of
 * its kind against one snapshot, the actions are applied together (creates stamped with a uid, as admission
 * does), then pending pods are "scheduled" — bound, Running and Ready — unless the test says a pod cannot be.
 * The loop ends when a round yields no action at all: that is the idempotence check every test relies on.
 */
import { ClusterState } from '../../../src/cluster/cluster-state.js';
import { simObjectOf } from '../../../src/cluster/sim-object-of.js';
import { asObject, getIn, type Obj } from '../../../src/model/fields.js';
import { targetNodeOf } from '../../../src/simulate/controllers/daemon-set-pods.js';
import { workloadControllers } from '../../../src/simulate/controllers/workload-controllers.js';
import { createNameGenerator } from '../../../src/simulate/names.js';
import type { Action, Controller, ControllerContext, SimEvent, SimObject } from '../../../src/simulate/types.js';

export const NOW = new Date('2024-05-01T12:00:00Z');
export const names = createNameGenerator();

/** An object as the engine holds a declared one: origin manifest, its own owner, a namespace and a uid. */
export function declared(object: Obj, seq = 0): SimObject {
  const metadata = { ...asObject(object.metadata) };
  if (object.kind !== 'Node') metadata.namespace ??= 'default';
  const { key } = simObjectOf({ ...object, metadata }, 'manifest');
  return simObjectOf({ ...object, metadata: { ...metadata, uid: metadata.uid ?? names.uid(key) } }, 'manifest', { seq });
}

/** A Node (labels, taints, cordon). */
export function node(name: string, spec: { labels?: Record<string, string>; taints?: Obj[]; unschedulable?: boolean } = {}): SimObject {
  return declared({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...spec.labels } },
    spec: { ...(spec.taints === undefined ? {} : { taints: spec.taints }), ...(spec.unschedulable === true ? { unschedulable: true } : {}) },
  });
}

/** A minimal pod template with one container. */
export function template(labels: Record<string, string> = { app: 'web' }, spec: Obj = {}): Obj {
  return { metadata: { labels }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }], ...spec } };
}

export function context(state: ClusterState): ControllerContext {
  return { state, now: NOW, names };
}

/** The actions of one reconcile of `object` (looked up in `state` by key). */
export function reconcileOnce(controller: Controller, state: ClusterState, key: string): Action[] {
  const object = state.get(key);
  if (object === undefined) throw new Error(`no ${key} in the state`);
  return controller.reconcile(context(state), object);
}

/** Where a pending pod goes: a node name, or undefined to leave it Pending. */
export type Schedule = (pod: SimObject, state: ClusterState) => string | undefined;

const defaultSchedule: Schedule = (pod, state) => targetNodeOf(pod.object) ?? state.nodes()[0]?.name ?? 'node-1';

function bound(pod: SimObject, nodeName: string): SimObject {
  const conditions = ['PodScheduled', 'Initialized', 'ContainersReady', 'Ready'].map((type) => ({ type, status: 'True' }));
  return { ...pod, object: { ...pod.object, spec: { ...asObject(pod.object.spec), nodeName }, status: { phase: 'Running', conditions } } };
}

/** The scheduler's stand-in: binds every pending pod the schedule places. */
export function schedulePods(state: ClusterState, schedule: Schedule = defaultSchedule): ClusterState {
  const updates: Action[] = [];
  for (const pod of state.list('Pod')) {
    if (getIn(pod.object, 'spec', 'nodeName') !== undefined || getIn(pod.object, 'status', 'phase') !== 'Pending') continue;
    const nodeName = schedule(pod, state);
    if (nodeName !== undefined) updates.push({ type: 'update', object: bound(pod, nodeName) });
  }
  return state.apply(updates);
}

/** Applies actions as the engine does: creates of existing keys are dropped, created objects get a uid. */
export function applyActions(state: ClusterState, actions: readonly Action[]): ClusterState {
  const effective = actions.flatMap((a): Action[] => {
    if (a.type !== 'create') return [a];
    if (state.get(a.object.key) !== undefined) return [];
    const metadata = { ...asObject(a.object.object.metadata), uid: names.uid(a.object.key) };
    return [{ type: 'create', object: { ...a.object, object: { ...a.object.object, metadata } } }];
  });
  return state.apply(effective);
}

export interface FixedPoint {
  readonly state: ClusterState;
  readonly rounds: number;
  readonly events: readonly SimEvent[];
  /** The state after each round (after scheduling), for tests that check what happened on the way. */
  readonly history: readonly ClusterState[];
}

export interface FixedPointOptions {
  readonly controllers?: readonly Controller[];
  readonly schedule?: Schedule;
  readonly maxRounds?: number;
}

/** Runs rounds until no controller returns an action; throws when that takes more than `maxRounds`. */
export function runToFixedPoint(start: ClusterState | readonly SimObject[], options: FixedPointOptions = {}): FixedPoint {
  const controllers = options.controllers ?? workloadControllers;
  let state = start instanceof ClusterState ? start : ClusterState.of(start.map((o, i) => ({ ...o, seq: i })));
  const history: ClusterState[] = [];
  for (let round = 1; round <= (options.maxRounds ?? 100); round++) {
    const ctx = context(state);
    const actions = controllers.flatMap((c) => state.list(c.kind).flatMap((o) => c.reconcile(ctx, o)));
    if (actions.length === 0) return { state, rounds: round - 1, events: state.events, history };
    state = schedulePods(applyActions(state, actions), options.schedule);
    history.push(state);
  }
  throw new Error(`no fixed point after ${options.maxRounds ?? 100} rounds`);
}

/** The pods of the state, by name. */
export function podNames(state: ClusterState): string[] {
  return state.list('Pod').map((p) => p.name);
}
