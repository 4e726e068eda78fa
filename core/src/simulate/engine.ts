/**
 * The simulated control plane: declared objects go through admission into the model cluster, then rounds of
 * reconcile → admit → schedule → evict run until a round changes nothing (the steady state of
 * control-plane-semantics §16: every bound pod Running and Ready, every timer elapsed). Controllers are pure;
 * this loop is the only place that turns their actions into the next `ClusterState`.
 */
import type { ClusterState } from '../cluster/cluster-state.js';
import { simObjectOf } from '../cluster/sim-object-of.js';
import type { ManifestSource } from '../load/types.js';
import { asObject, asString, getIn, type Obj } from '../model/fields.js';
import { admit, type AdmissionResult, type QuotaTracker } from './admission/index.js';
import { inInstallOrder } from './install-order.js';
import { createNameGenerator } from './names.js';
import { PodBinder } from './pod-binder.js';
import { runRound, type RoundContext } from './round.js';
import type { SchedulingExplanation } from './scheduler/explanation.js';
import type { NameGenerator, ObjectKey, SimObject } from './types.js';
import { allocateService } from './controllers/service-allocation.js';

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
}

export type SimulationPhase = 'before' | 'after';

export interface SimulationResult {
  readonly initial: ClusterState;
  readonly final: ClusterState;
  readonly rejected: readonly RejectedObject[];
  readonly explanations: readonly SchedulingExplanation[];
  /** Requested resources per node as the scheduler counts them. */
  readonly requested: (node: string) => Readonly<Record<string, number>>;
  readonly rounds: number;
  /** False when maxRounds stopped the loop before a steady state. */
  readonly converged: boolean;
}

/** Every object gets a stable uid and the plan's creation time, as the API server would stamp them. */
export function stamp(object: Obj, key: ObjectKey, names: NameGenerator, now: Date): Obj {
  const metadata = { ...(asObject(object.metadata) ?? {}) };
  if (asString(metadata.uid) === undefined) metadata.uid = names.uid(key);
  if (asString(metadata.creationTimestamp) === undefined) metadata.creationTimestamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { ...object, metadata };
}


/**
 * Admission, then the registry's own allocation step for Services (cluster IPs, node ports). Creates
 * admitted against the same snapshot share a `QuotaTracker`, so that each sees the quota the others used.
 */
export function admitObject(state: ClusterState, object: Obj, tracker?: QuotaTracker): AdmissionResult {
  const admitted = admit(state, object, 'CREATE', tracker);
  if (!admitted.allowed || object.kind !== 'Service') return admitted;
  const allocated = allocateService(state, admitted.object);
  return allocated.allowed ? { allowed: true, object: allocated.object, warnings: admitted.warnings } : { allowed: false, message: allocated.message, status: 'Invalid' };
}

function applyDeclared(start: ClusterState, input: SimulationInput, names: NameGenerator): { state: ClusterState; rejected: RejectedObject[] } {
  let state = start;
  const rejected: RejectedObject[] = [];
  for (const declared of inInstallOrder(input.objects, (d) => asString(d.object.kind) ?? '')) {
    const draft = simObjectOf(declared.object, 'manifest', declared.source === undefined ? {} : { source: declared.source });
    if (state.get(draft.key) !== undefined) {
      // Without a base, an object that already exists in the cluster dump is replaced by the declared one
      // (kubectl apply); the plan issue's diff shows the change.
      state = state.apply([{ type: 'delete', key: draft.key }]);
    }
    const result = admitObject(state, stamp(declared.object, draft.key, names, input.now));
    if (!result.allowed) {
      rejected.push({ object: declared.object, ...(declared.namespace === undefined ? {} : { namespace: declared.namespace }), ...(declared.source === undefined ? {} : { source: declared.source }), reason: result.message });
      continue;
    }
    state = state.apply([{ type: 'create', object: { ...draft, object: result.object } }]);
  }
  return { state, rejected };
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
 * Runs the plan's objects through the simulated control plane to a steady state. The cluster is first brought
 * to its own steady state (its controllers catch up with a dump, built-in Services get their endpoints), so
 * that what the plan adds is told apart from what the cluster would do anyway. Pure: same input, same result.
 */
export function simulate(input: SimulationInput): SimulationResult {
  const names = createNameGenerator();
  const binder = new PodBinder(input.cluster, input.explain ?? []);
  const ctx: RoundContext = { names, now: input.now, binder, seenEvents: new Set() };
  const maxRounds = input.maxRounds ?? 500;
  const observe = input.observe;
  const before = toSteadyState(binder.bindExisting(input.cluster), ctx, maxRounds, observe && ((s, r) => observe(s, 'before', r)));
  const { state: declared, rejected } = applyDeclared(before.state, input, names);
  observe?.(declared, 'after', 0);
  const after = toSteadyState(declared, ctx, maxRounds, observe && ((s, r) => observe(s, 'after', r)));
  return {
    initial: before.state,
    final: after.state,
    rejected,
    explanations: binder.explanations(),
    requested: (node) => binder.requested(node),
    rounds: before.rounds + after.rounds,
    converged: before.converged && after.converged,
  };
}
