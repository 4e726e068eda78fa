/**
 * Rollout timelines (`kubeplan plan`'s `rollouts[]`): a recorder that watches the simulation's snapshots and,
 * at the end, reports every Deployment, StatefulSet and DaemonSet whose pod template changed (and every
 * Deployment whose replicas changed) as a step-by-step timeline. See docs/rollouts.md.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import type { PlanRollout } from '../../plan/plan-document.js';
import type { SimulationPhase } from '../engine.js';

/** Watches `simulate()`'s rounds (pass `observe` as `SimulationInput.observe`, unbound) and reports the rollouts. */
export interface RolloutRecorder {
  /** Called with the snapshot after every round; safe to pass unbound. */
  readonly observe: (state: ClusterState, phase: SimulationPhase, round: number) => void;
  /** The rollouts seen so far, sorted by object; call once the simulation returned. */
  readonly report: () => PlanRollout[];
}

export { createRolloutRecorder } from './rollout-recorder.js';
