/**
 * The simulated control plane: declared objects go through admission into the model cluster, then rounds of
 * reconcile → admit → schedule → evict run until a round changes nothing (the steady state of
 * control-plane-semantics §16: every bound pod Running and Ready, every timer elapsed). Controllers are pure;
 * this loop is the only place that turns their actions into the next `ClusterState`.
 *
 * Two phases, as `terraform plan` compares state with configuration: `settle` brings the cluster (with the
 * base manifests of `--base` applied) to its steady state — the before state; `applyChange` applies the new
 * manifests over it as `kubectl apply --prune` would (creates, in-place updates, replacements, pruning with
 * garbage collection), swaps in the cluster's new nodes when they changed, and runs to the after state.
 */
import type { ClusterState } from '../cluster/cluster-state.js';
import type { ManifestSource } from '../load/types.js';
import type { Obj } from '../model/fields.js';
import { applyDeclared, type AppliedChange } from './apply/apply-declared.js';
import { withNodes } from './apply/node-changes.js';
import { createNameGenerator } from './names.js';
import { PodBinder } from './pod-binder.js';
import { runRound, type RoundContext } from './round.js';
import type { SchedulingExplanation } from './scheduler/explanation.js';
import type { ObjectKey, SimObject } from './types.js';

export { admitObject, stamp } from './apply/admit-object.js';
export type { AppliedChange } from './apply/apply-declared.js';

/** An object the user declared (namespace already filled for namespaced kinds). */
export interface DeclaredObject {
  readonly object: Obj;
  readonly namespace?: string;
  readonly source?: ManifestSource;
}

/** A declared object the API server would refuse at admission (the lint-rejected ones never get here). */
export interface RejectedObject {
  readonly object: Obj;
  readonly namespace?: string;
  readonly source?: ManifestSource;
  readonly reason: string;
}

export interface SimulationInput {
  /** The cluster before the plan: nodes, built-in namespaces and services, live objects of a dump. */
  readonly cluster: ClusterState;
  readonly objects: readonly DeclaredObject[];
  /** The simulation clock. */
  readonly now: Date;
  /** Pods (`namespace/name`) whose scheduling is recorded in full for `kubeplan explain`. */
  readonly explain?: readonly string[];
  /** A safety stop for controllers that would never settle (a bug, not a user error): default 500 rounds. */
  readonly maxRounds?: number;
  /**
   * Called with the snapshot after every round (`before`: the cluster settling; `after`: the declared objects
   * taking effect). Rollout timelines are read from these snapshots; observers must not keep them mutable.
   */
  readonly observe?: (state: ClusterState, phase: SimulationPhase, round: number) => void;
  /** `--base`: the previous manifests, applied to `cluster` before it settles (part of the before state). */
  readonly base?: readonly DeclaredObject[];
  /** Keys deleted with their dependents once `objects` are applied (`kubectl apply --prune`: base objects no longer declared). */
  readonly prune?: readonly ObjectKey[];
  /** The cluster's Nodes after the change, when they differ from `cluster`'s (`--base-cluster` gave the before). */
  readonly nodesAfter?: readonly SimObject[];
}

export type SimulationPhase = 'before' | 'after';

export interface SimulationResult {
  readonly initial: ClusterState;
  readonly final: ClusterState;
  readonly rejected: readonly RejectedObject[];
  readonly explanations: readonly SchedulingExplanation[];
  /** Requested resources per node as the scheduler counts them. */
  readonly requested: (node: string) => Readonly<Record<string, number>>;
  /** The same in the before state (`initial`): the cluster with the base, before the change. */
  readonly requestedBefore: (node: string) => Readonly<Record<string, number>>;
  /** What applying did to each declared object and each pruned one, in the order applied. */
  readonly changes: readonly AppliedChange[];
  /** Base objects the API server would have refused (they are not part of the before state). */
  readonly baseRejected: readonly RejectedObject[];
  readonly rounds: number;
  /** False when maxRounds stopped the loop before a steady state. */
  readonly converged: boolean;
}

/** The before state, and the control loop that reached it (carried on into the change). */
export interface SettledCluster {
  readonly state: ClusterState;
  readonly requested: ReadonlyMap<string, Readonly<Record<string, number>>>;
  readonly baseRejected: readonly RejectedObject[];
  readonly rounds: number;
  readonly converged: boolean;
  readonly ctx: RoundContext;
}

/** Rounds until one changes nothing (or the safety stop). */
function toSteadyState(
  state: ClusterState,
  ctx: RoundContext,
  maxRounds: number,
  observe?: (state: ClusterState, round: number) => void,
): { state: ClusterState; rounds: number; converged: boolean } {
  let rounds = 0;
  while (rounds < maxRounds) {
    rounds++;
    const next = runRound(state, ctx);
    if (next === state) return { state, rounds, converged: true };
    state = next;
    observe?.(state, rounds);
  }
  return { state, rounds, converged: false };
}

/**
 * The before state: the cluster with the base manifests applied, at its steady state (its controllers catch up
 * with a dump, built-in Services get their endpoints), so that what the change does is told apart from what
 * the cluster would do anyway.
 */
export function settle(input: SimulationInput): SettledCluster {
  const names = createNameGenerator();
  const binder = new PodBinder(input.cluster, input.explain ?? []);
  const ctx: RoundContext = { names, now: input.now, binder, seenEvents: new Set() };
  let state = binder.bindExisting(input.cluster);
  let baseRejected: RejectedObject[] = [];
  if (input.base !== undefined && input.base.length > 0) {
    const applied = applyDeclared(state, { objects: input.base, names, now: input.now, onPodRemoved: (pod) => binder.removePod(pod) });
    state = applied.state;
    baseRejected = applied.rejected;
  }
  const observe = input.observe;
  const settled = toSteadyState(state, ctx, input.maxRounds ?? 500, observe && ((s, r) => observe(s, 'before', r)));
  // A cluster already at rest changes in no round: observers still get the before state once.
  if (settled.rounds === 1 && settled.converged) observe?.(settled.state, 'before', 0);
  const requested = new Map(settled.state.nodes().map((n) => [n.name, { ...binder.requested(n.name) }]));
  return { state: settled.state, requested, baseRejected, rounds: settled.rounds, converged: settled.converged, ctx };
}

/** A new scheduler view when the nodes changed; the same control loop otherwise. */
function afterNodeChange(before: SettledCluster, input: SimulationInput): { state: ClusterState; ctx: RoundContext } {
  if (input.nodesAfter === undefined) return { state: before.state, ctx: before.ctx };
  const changed = withNodes(before.state, input.nodesAfter);
  const binder = new PodBinder(changed.state, input.explain ?? []);
  return { state: binder.bindExisting(changed.state), ctx: { ...before.ctx, binder } };
}

/** Explanations of both phases' schedulers, the later one winning for a pod scheduled in both. */
function explanationsOf(before: RoundContext, after: RoundContext): SchedulingExplanation[] {
  if (before.binder === after.binder) return after.binder.explanations();
  const byPod = new Map(before.binder.explanations().map((e) => [e.pod, e]));
  for (const e of after.binder.explanations()) byPod.set(e.pod, e);
  return [...byPod.values()];
}

/** The after state: the new manifests applied over the before state (see the file comment), run to steady state. */
export function applyChange(before: SettledCluster, input: SimulationInput): SimulationResult {
  const { state: start, ctx } = afterNodeChange(before, input);
  const binder = ctx.binder;
  const applied = applyDeclared(start, {
    objects: input.objects,
    ...(input.prune === undefined ? {} : { prune: input.prune }),
    names: ctx.names,
    now: input.now,
    onPodRemoved: (pod) => binder.removePod(pod),
  });
  const observe = input.observe;
  observe?.(applied.state, 'after', 0);
  const after = toSteadyState(applied.state, ctx, input.maxRounds ?? 500, observe && ((s, r) => observe(s, 'after', r)));
  const none: Readonly<Record<string, number>> = {};
  return {
    initial: before.state,
    final: after.state,
    rejected: applied.rejected,
    explanations: explanationsOf(before.ctx, ctx),
    requested: (node) => binder.requested(node),
    requestedBefore: (node) => before.requested.get(node) ?? none,
    changes: applied.changes,
    baseRejected: before.baseRejected,
    rounds: before.rounds + after.rounds,
    converged: before.converged && after.converged,
  };
}

/** Runs the plan's objects through the simulated control plane to a steady state. Pure: same input, same result. */
export function simulate(input: SimulationInput): SimulationResult {
  return applyChange(settle(input), input);
}
