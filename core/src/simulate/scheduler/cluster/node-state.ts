/**
 * The scheduler's view of one node (framework.NodeInfo): its fixed facts read once (labels, taints split by
 * effect, allocatable as numbers) and the running sums that change as pods bind (requested, non-zero
 * requested, pod count, host ports, the pods themselves). Plain numeric fields, so Filter and Score read them
 * without lookups.
 */
import type { NodeInfo } from '../../../cluster/node-info.js';
import type { Taint } from '../../../model/toleration.js';
import { HostPortUsage } from './host-ports.js';
import type { PodInfo } from './pod-info.js';

/** A pod bound (or assumed) on a node, with what it added to the indexes so that removal undoes exactly that. */
export interface PodRecord {
  readonly info: PodInfo;
  readonly node: NodeState;
  /** Bind order: kubeplan's stand-in for the pod's start time (preemption prefers evicting the youngest). */
  readonly seq: number;
}

/** One node as the scheduler sees it: fixed facts plus sums updated on every bind and unbind. */
export class NodeState {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  /** NoSchedule and NoExecute taints: the ones Filter checks (DoNotScheduleTaintsFilterFunc). */
  readonly hardTaints: readonly Taint[];
  /** PreferNoSchedule taints: the ones TaintToleration scores. */
  readonly preferTaints: readonly Taint[];
  readonly unschedulable: boolean;
  /** Allocatable in scheduler units; Infinity where the Node does not say (nothing is checked). */
  readonly allocCpu: number;
  readonly allocMemory: number;
  readonly allocEphemeral: number;
  readonly allocPods: number;
  /** Scalar resources; one the node does not list is 0. */
  readonly allocScalar: ReadonlyMap<string, number>;

  /** Pods on the node (kept beside `pods.size` so the hot fit check reads a plain field). */
  podCount = 0;
  requestedCpu = 0;
  requestedMemory = 0;
  requestedEphemeral = 0;
  nonZeroCpu = 0;
  nonZeroMemory = 0;
  readonly requestedScalar = new Map<string, number>();
  readonly ports = new HostPortUsage();
  readonly pods = new Set<PodRecord>();
  /** Position of the name in name order: tie-breaks compare integers instead of strings. */
  nameRank = 0;

  constructor(
    readonly index: number,
    readonly info: NodeInfo,
  ) {
    this.name = info.name;
    this.labels = info.labels;
    this.hardTaints = info.taints.filter((t) => t.effect !== 'PreferNoSchedule');
    this.preferTaints = info.taints.filter((t) => t.effect === 'PreferNoSchedule');
    this.unschedulable = info.unschedulable;
    const a = info.allocatable;
    this.allocCpu = a?.cpu ?? Number.POSITIVE_INFINITY;
    this.allocMemory = a?.memory ?? Number.POSITIVE_INFINITY;
    this.allocEphemeral = a?.ephemeralStorage ?? Number.POSITIVE_INFINITY;
    this.allocPods = a?.pods ?? Number.POSITIVE_INFINITY;
    this.allocScalar = new Map(Object.entries(a?.scalar ?? {}));
  }

  /** NodeInfo.update: adds (+1) or subtracts (-1) a pod's requests and ports. */
  account(pod: PodInfo, sign: 1 | -1): void {
    const r = pod.resources;
    this.podCount += sign;
    this.requestedCpu += sign * r.cpu;
    this.requestedMemory += sign * r.memory;
    this.requestedEphemeral += sign * r.ephemeralStorage;
    this.nonZeroCpu += sign * r.nonZeroCpu;
    this.nonZeroMemory += sign * r.nonZeroMemory;
    for (const [name, amount] of r.scalar) this.requestedScalar.set(name, (this.requestedScalar.get(name) ?? 0) + sign * amount);
    for (const port of pod.hostPorts) this.ports.add(port, sign);
  }
}
