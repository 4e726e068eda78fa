/**
 * One snapshot of a workload during a rollout: its live pods (old and new revision, where they run, whether
 * they are available, why a Pending one waits), the pod counts a step reports, the cpu and memory they request,
 * and for a Deployment the size of each ReplicaSet. Consecutive measures make the timeline and its notes.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asArray, asNumber, asObject, asString, getIn } from '../../model/fields.js';
import { podRequests } from '../../model/pod-requests.js';
import { resourceAmount } from '../../model/resource-units.js';
import { isPodActive, isPodAvailable, podNodeName } from '../controllers/pod-state.js';
import type { SimObject } from '../types.js';
import type { WorkloadShape } from './workload-shape.js';

export interface PodFacts {
  readonly key: string;
  /** Creation order: a pod deleted and made again under the same name (a StatefulSet member) is another pod. */
  readonly seq: number;
  readonly name: string;
  readonly node: string | null;
  readonly available: boolean;
  readonly isNew: boolean;
  readonly revision: string;
  /** The PodScheduled=False message of a Pending pod. */
  readonly pending?: string;
}

export interface StepCounts {
  readonly old: number;
  readonly new: number;
  readonly available: number;
  readonly total: number;
}

export interface Measure {
  readonly counts: StepCounts;
  /** Requests of every live pod, Pending ones included: cpu in millicores, memory in bytes. */
  readonly cpu: number;
  readonly memory: number;
  readonly pods: ReadonlyMap<string, PodFacts>;
  /** Deployments: each ReplicaSet's `spec.replicas`, by name. */
  readonly replicaSets: ReadonlyMap<string, number>;
}

export interface Requests {
  readonly cpu: number;
  readonly memory: number;
}

/** A pod spec's cpu and memory requests in scheduler units (PodRequests: sidecars, init peak, overhead). */
export function specRequests(spec: Readonly<Record<string, unknown>>): Requests {
  const list = podRequests(spec);
  const amount = (name: string): number => {
    const q = list.get(name);
    return q === undefined ? 0 : resourceAmount(name, q);
  };
  return { cpu: amount('cpu'), memory: amount('memory') };
}

/** A pod's requests as the scheduler counts them, memoised by pod key (a pod's spec does not change). */
export class RequestsCache {
  private readonly byPod = new Map<string, Requests>();

  of(pod: SimObject): Requests {
    let r = this.byPod.get(pod.key);
    if (r === undefined) {
      r = specRequests(asObject(pod.object.spec) ?? {});
      this.byPod.set(pod.key, r);
    }
    return r;
  }

  /** The requests of a pod measured before, by key. */
  known(key: string): Requests | undefined {
    return this.byPod.get(key);
  }
}

function pendingMessage(pod: SimObject): string | undefined {
  const conditions = asArray(getIn(pod.object, 'status', 'conditions')) ?? [];
  const scheduled = conditions.map(asObject).find((c) => c?.type === 'PodScheduled' && c.status === 'False');
  return asString(scheduled?.message);
}

/** The workload's pods that still count: not Succeeded, not Failed, not being deleted. */
export function livePods(state: ClusterState, workloadKey: string): SimObject[] {
  return state.ownedBy(workloadKey).filter((o) => o.kind === 'Pod' && isPodActive(o));
}

/**
 * The workload in `state`. With `prev` (the snapshot before), a pod counts as available only if it was already
 * running there: the engine binds a pod Running and Ready in the round that creates it, while a real pod needs
 * its start-up time — counting it from the next round gives the dip in availability the controllers' bounds allow
 * (and the Deployment controller itself only sees it then). Without `prev` (before the change, at the fixed
 * point) every running Ready pod is available.
 */
export function measure(state: ClusterState, workload: SimObject, shape: WorkloadShape, requests: RequestsCache, prev?: Measure): Measure {
  const pods = new Map<string, PodFacts>();
  let old = 0;
  let fresh = 0;
  let available = 0;
  let cpu = 0;
  let memory = 0;
  for (const pod of livePods(state, workload.key)) {
    const isNew = shape.isNew(pod);
    const before = prev?.pods.get(pod.key);
    const ok = podNodeName(pod) !== '' && isPodAvailable(pod) && (prev === undefined || (before?.seq === pod.seq && before.node !== null));
    const message = podNodeName(pod) === '' ? pendingMessage(pod) : undefined;
    pods.set(pod.key, { key: pod.key, seq: pod.seq, name: pod.name, node: podNodeName(pod) || null, available: ok, isNew, revision: shape.revisionOf(pod), ...(message === undefined ? {} : { pending: message }) });
    if (isNew) fresh++;
    else old++;
    if (ok) available++;
    const r = requests.of(pod);
    cpu += r.cpu;
    memory += r.memory;
  }
  const replicaSets = new Map<string, number>();
  if (workload.kind === 'Deployment') {
    for (const rs of state.childrenOf(workload.key)) if (rs.kind === 'ReplicaSet') replicaSets.set(rs.name, asNumber(getIn(rs.object, 'spec', 'replicas')) ?? 1);
  }
  return { counts: { old, new: fresh, available, total: old + fresh }, cpu, memory, pods, replicaSets };
}

/** The same pod in two measures (not one made again under its name). */
export function samePod(a: PodFacts | undefined, b: PodFacts | undefined): boolean {
  return a !== undefined && b !== undefined && a.seq === b.seq;
}

/** True when both measures hold exactly the same pods. */
export function samePods(a: Measure, b: Measure): boolean {
  return a.pods.size === b.pods.size && [...a.pods.values()].every((p) => samePod(p, b.pods.get(p.key)));
}

export function sameCounts(a: StepCounts, b: StepCounts): boolean {
  return a.old === b.old && a.new === b.new && a.available === b.available && a.total === b.total;
}
