/**
 * SelectVictimsOnNode (pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go): take every
 * lower-priority pod off the node; if the pod still does not fit, the node is no candidate (its filter status
 * says why). Otherwise put them back one by one, most important first (higher priority, then longer running),
 * keeping each one the pod still fits beside; the others are the victims, most important first.
 * PodDisruptionBudgets are not modelled, so no victim counts as a violation.
 *
 * The dry run changes the live indexes and restores them before returning, instead of cloning the node:
 * PreFilter is re-run from the changed indexes, which gives what upstream's AddPod/RemovePod extensions give.
 */
import type { ClusterView } from '../cluster/cluster-view.js';
import type { NodeState, PodRecord } from '../cluster/node-state.js';
import type { PodInfo } from '../cluster/pod-info.js';
import { CycleState } from '../framework/cycle-state.js';
import type { FrameworkRunner } from '../framework/plugin.js';
import { SUCCESS, unresolvable, type Status } from '../framework/status.js';
import { PLUGIN } from '../names.js';

/** The preemption status of a node without lower-priority pods. */
export const ERR_REASON_NO_VICTIMS = 'No preemption victims found for incoming pod';

/** The outcome of SelectVictimsOnNode for one node. */
export interface VictimSelection {
  /** SUCCESS with victims, or why this node cannot be made to fit. */
  readonly status: Status;
  readonly victims: readonly PodRecord[];
}

/** util.MoreImportantPod: higher priority first, then the earlier start (kubeplan: bind order). */
export function moreImportant(a: PodRecord, b: PodRecord): number {
  return b.info.priority - a.info.priority || a.seq - b.seq;
}

function fits(runner: FrameworkRunner, pod: PodInfo, node: NodeState): Status {
  const state = new CycleState();
  const pre = runner.runPreFilter(state, pod);
  return pre.status === SUCCESS ? runner.runFilters(state, pod, node, pre.filters) : pre.status;
}

/** Dry-runs preemption on one node: the victims, or why the node cannot be made to fit. */
export function selectVictimsOnNode(view: ClusterView, runner: FrameworkRunner, pod: PodInfo, node: NodeState): VictimSelection {
  const potential = [...node.pods].filter((r) => r.info.priority < pod.priority).sort(moreImportant);
  if (potential.length === 0) return { status: unresolvable(PLUGIN.DefaultPreemption, ERR_REASON_NO_VICTIMS), victims: [] };
  const detached = new Set<PodRecord>();
  try {
    for (const r of potential) {
      view.detach(r);
      detached.add(r);
    }
    const status = fits(runner, pod, node);
    if (status !== SUCCESS) return { status, victims: [] };
    const victims: PodRecord[] = [];
    for (const r of potential) {
      view.attach(r);
      detached.delete(r);
      if (fits(runner, pod, node) === SUCCESS) continue;
      view.detach(r);
      detached.add(r);
      victims.push(r);
    }
    return { status: SUCCESS, victims };
  } finally {
    for (const r of detached) view.attach(r);
  }
}
