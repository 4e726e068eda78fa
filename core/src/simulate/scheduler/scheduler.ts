/**
 * kubeplan's kube-scheduler: the default profile over a fixed set of nodes. The engine adds the pods already
 * bound, then hands over pending pods one at a time in queue order; each `schedule` is one scheduling cycle
 * whose result is assumed at once (resources, ports, spread and affinity counts), as the scheduler cache does.
 * See docs/scheduler.md for the data structures and what is not modelled.
 */
import type { NodeInfo } from '../../cluster/node-info.js';
import type { Obj } from '../../model/fields.js';
import { ClusterView } from './cluster/cluster-view.js';
import { podInfoOf } from './cluster/pod-info.js';
import { Framework } from './framework/framework.js';
import { DEFAULT_PROFILE } from './framework/profile.js';
import type { SchedulerLookups } from './lookups.js';
import { IN_TREE_REGISTRY } from './registry.js';
import { SchedulingCycle, type CycleResult } from './schedule-one.js';

export type { ClaimInfo, SchedulerLookups } from './lookups.js';

/** Scheduler configuration (KubeSchedulerConfiguration's relevant part). */
export interface SchedulerOptions {
  /** kube-scheduler's percentageOfNodesToScore; undefined = adaptive default (50 - nodes/125, min 5%, at least 100 nodes) */
  percentageOfNodesToScore?: number;
}

/** The outcome of `schedule`: the node (and preemption victims), or the Pending message. */
export type ScheduleResult = CycleResult;

/** kube-scheduler over a fixed node set. */
export interface Scheduler {
  /** A pod already bound (spec.nodeName set): existing cluster pods, pods bound in earlier rounds. Consumes resources, ports, counts for spread/affinity. */
  addPod(pod: Obj): void;
  removePod(namespace: string, name: string): void;
  /** One scheduling cycle for a pending pod (the engine feeds pods in queue order: priority desc, then creation). On success the pod is assumed on the node (its resources counted) and, with preemption, the victims are removed from the scheduler's state (the engine deletes them). */
  schedule(pod: Obj, options?: { explain?: boolean }): ScheduleResult;
  /** Requested resources per node as the scheduler counts them (for the plan's node table): cpu (m), memory (bytes), pods, plus scalar resources. */
  requested(node: string): Readonly<Record<string, number>>;
}

/**
 * A scheduler over `nodes`. Adding a pod whose node is unknown is a no-op (upstream's cache would keep it for a
 * node that may still register; a plan's nodes are fixed). Adding a pod again replaces it.
 */
export function createScheduler(nodes: readonly NodeInfo[], lookups: SchedulerLookups, options: SchedulerOptions = {}): Scheduler {
  const view = new ClusterView(nodes, lookups);
  const fw = new Framework(DEFAULT_PROFILE, IN_TREE_REGISTRY, { view });
  const cycle = new SchedulingCycle(view, fw, options.percentageOfNodesToScore);
  const forget = (key: string): void => {
    const record = view.record(key);
    if (record !== undefined) view.unbind(record);
  };
  return {
    addPod(pod) {
      const info = podInfoOf(pod, view.podResources);
      const node = info.nodeName === undefined ? undefined : view.node(info.nodeName);
      forget(info.key);
      if (node !== undefined) view.bind(info, node);
    },
    removePod(namespace, name) {
      forget(`${namespace}/${name}`);
    },
    schedule(pod, opts = {}) {
      const info = podInfoOf(pod, view.podResources);
      forget(info.key);
      return cycle.run(info, opts.explain === true);
    },
    requested(name) {
      const node = view.node(name);
      if (node === undefined) return { cpu: 0, memory: 0, pods: 0 };
      const out: Record<string, number> = { cpu: node.requestedCpu, memory: node.requestedMemory, pods: node.podCount };
      if (node.requestedEphemeral !== 0) out['ephemeral-storage'] = node.requestedEphemeral;
      for (const [resource, amount] of node.requestedScalar) if (amount !== 0) out[resource] = amount;
      return out;
    },
  };
}
