/**
 * The engine's side of the scheduler: feeds it the pending pods of each round in queue order (PrioritySort:
 * priority, then creation), turns its answers into pod updates (bound and Running, or Pending with the
 * FitError message) and events, and keeps its view in step with pods deleted by controllers, preemption and
 * eviction. Pod and node IPs are assigned here, deterministically.
 */
import type { ClusterState } from '../cluster/cluster-state.js';
import type { NodeInfo } from '../cluster/node-info.js';
import { asArray, asObject, asString, getIn, type Obj } from '../model/fields.js';
import { claimInfo } from './controllers/pv-claim-info.js';
import { SELECTED_NODE_ANNOTATION } from './controllers/volume-binding-assign.js';
import { defaultSpreadSelectors } from './default-spread-selectors.js';
import { createScheduler, type Scheduler } from './scheduler/index.js';
import type { SchedulingExplanation } from './scheduler/explanation.js';
import type { Action, SimEvent, SimObject } from './types.js';
import { nodeAddressesOf, PodIps } from './pod-ips.js';

const DEFAULT_SCHEDULER = 'default-scheduler';

function isTerminal(pod: SimObject): boolean {
  const phase = getIn(pod.object, 'status', 'phase');
  return phase === 'Succeeded' || phase === 'Failed';
}

export function nodeNameOf(pod: SimObject): string | undefined {
  const n = getIn(pod.object, 'spec', 'nodeName');
  return typeof n === 'string' && n !== '' ? n : undefined;
}

function priorityOf(pod: SimObject): number {
  const p = getIn(pod.object, 'spec', 'priority');
  return typeof p === 'number' ? p : 0;
}

/** Pods waiting for a node, in scheduling-queue order. Pods with scheduling gates wait for them to be removed. */
function pendingPods(state: ClusterState): SimObject[] {
  return state
    .list('Pod')
    .filter((p) => nodeNameOf(p) === undefined && !isTerminal(p) && (asArray(getIn(p.object, 'spec', 'schedulingGates'))?.length ?? 0) === 0)
    .sort((a, b) => priorityOf(b) - priorityOf(a) || a.seq - b.seq);
}

function podRef(pod: SimObject): string {
  return `${pod.namespace ?? ''}/${pod.name}`;
}

function withStatus(pod: SimObject, spec: Obj, status: Obj): SimObject {
  return { ...pod, object: { ...pod.object, spec, status } };
}

export class PodBinder {
  private readonly scheduler: Scheduler;
  private readonly nodes: readonly NodeInfo[];
  private readonly ips: PodIps;
  private current: ClusterState;
  private readonly explain: ReadonlySet<string>;
  private readonly recorded = new Map<string, SchedulingExplanation>();
  /** Keys of the pods the scheduler counts on a node. */
  private readonly placed = new Set<string>();

  constructor(state: ClusterState, explain: readonly string[]) {
    this.current = state;
    this.nodes = state.nodes();
    this.explain = new Set(explain);
    this.ips = new PodIps(this.nodes.map((n, i) => nodeAddressesOf(state.getObject('Node', undefined, n.name)?.object, i)));
    this.scheduler = createScheduler(this.nodes, {
      namespaceLabels: (ns) => asObject(getIn(this.current.getObject('Namespace', undefined, ns)?.object, 'metadata', 'labels')) as Record<string, string> | undefined,
      defaultSpreadSelectors: (pod) => defaultSpreadSelectors(this.current, pod),
      claim: (ns, name) => claimInfo(this.current, ns, name),
    });
  }

  /** Counts the pods already bound in the cluster (a dump's running pods) against their nodes. */
  bindExisting(state: ClusterState): ClusterState {
    for (const pod of state.list('Pod')) {
      if (nodeNameOf(pod) === undefined || isTerminal(pod)) continue;
      this.scheduler.addPod(pod.object);
      this.placed.add(pod.key);
      this.ips.reserve(asString(getIn(pod.object, 'status', 'podIP')));
    }
    return state;
  }

  /** A pod left the cluster: its node gets its resources, ports and topology counts back. */
  removePod(pod: SimObject): void {
    if (!this.placed.delete(pod.key)) return;
    this.scheduler.removePod(pod.namespace ?? '', pod.name);
  }

  requested(node: string): Readonly<Record<string, number>> {
    return this.scheduler.requested(node);
  }

  explanations(): SchedulingExplanation[] {
    return [...this.recorded.values()];
  }

  /** One pass of the scheduling queue over the snapshot's pending pods: the actions that bind or mark them. */
  scheduleRound(state: ClusterState, now: Date): Action[] {
    this.current = state;
    const actions: Action[] = this.startPreBound(state, now);
    for (const pod of pendingPods(state)) {
      const schedulerName = asString(getIn(pod.object, 'spec', 'schedulerName')) ?? DEFAULT_SCHEDULER;
      if (schedulerName !== DEFAULT_SCHEDULER) {
        // kube-scheduler leaves pods of other schedulers alone (and records no event for them).
        actions.push(...this.markPending(pod, `waiting for scheduler "${schedulerName}", which kubeplan does not simulate`, false));
        continue;
      }
      const explain = this.explain.has(podRef(pod));
      const result = this.scheduler.schedule(pod.object, { explain });
      if (result.explanation !== undefined) this.recorded.set(podRef(pod), result.explanation);
      if (result.node === null) {
        actions.push(...this.markPending(pod, result.message));
        continue;
      }
      for (const victim of result.victims) {
        const key = `Pod/${victim.namespace}/${victim.name}`;
        actions.push({ type: 'delete', key, reason: 'Preempted' });
        actions.push(event('Normal', 'Preempted', key, `Preempted by pod ${asString(getIn(pod.object, 'metadata', 'uid')) ?? podRef(pod)} on node ${victim.node}`));
      }
      this.placed.add(pod.key);
      for (const victim of result.victims) this.placed.delete(`Pod/${victim.namespace}/${victim.name}`);
      actions.push({ type: 'update', object: this.bound(pod, result.node, now) });
      actions.push(...this.selectNodeForClaims(state, pod, result.node));
    }
    return actions;
  }

  /**
   * Pods that name their node (`spec.nodeName`: static pods, DaemonSet pods of old controllers, hand-placed
   * pods) skip the scheduler: the node's kubelet runs them. One naming a node that does not exist never runs.
   */
  private startPreBound(state: ClusterState, now: Date): Action[] {
    const actions: Action[] = [];
    for (const pod of state.list('Pod')) {
      const node = nodeNameOf(pod);
      if (node === undefined || isTerminal(pod) || this.placed.has(pod.key)) continue;
      if (!this.nodes.some((n) => n.name === node)) {
        actions.push(...this.markPending(pod, `node "${node}" not found: the pod names a node the cluster does not have`));
        continue;
      }
      this.scheduler.addPod(pod.object);
      this.placed.add(pod.key);
      actions.push({ type: 'update', object: this.bound(pod, node, now) });
    }
    return actions;
  }

  private bound(pod: SimObject, node: string, now: Date): SimObject {
    const spec: Obj = { ...(asObject(pod.object.spec) ?? {}), nodeName: node };
    const hostNetwork = spec.hostNetwork === true;
    const { hostIP, podIP } = this.ips.assign(this.nodes.findIndex((n) => n.name === node), hostNetwork);
    const at = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const condition = (type: string): Obj => ({ type, status: 'True', lastTransitionTime: at });
    return withStatus(pod, spec, {
      phase: 'Running',
      conditions: [condition('PodReadyToStartContainers'), condition('Initialized'), condition('Ready'), condition('ContainersReady'), condition('PodScheduled')],
      hostIP,
      hostIPs: [{ ip: hostIP }],
      podIP,
      podIPs: [{ ip: podIP }],
      startTime: at,
    });
  }

  private markPending(pod: SimObject, message: string, withEvent = true): Action[] {
    const previous = asArray(getIn(pod.object, 'status', 'conditions'))?.map(asObject).find((c) => c?.type === 'PodScheduled');
    if (previous?.message === message) return [];
    const status = { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message }] };
    const update: Action = { type: 'update', object: withStatus(pod, asObject(pod.object.spec) ?? {}, status) };
    return withEvent ? [update, event('Warning', 'FailedScheduling', pod.key, message)] : [update];
  }

  /** WaitForFirstConsumer claims learn their pod's node, so the provisioner can make the volume there. */
  private selectNodeForClaims(state: ClusterState, pod: SimObject, node: string): Action[] {
    const actions: Action[] = [];
    for (const volume of asArray(getIn(pod.object, 'spec', 'volumes')) ?? []) {
      const claimName = asString(getIn(volume, 'persistentVolumeClaim', 'claimName'));
      if (claimName === undefined || pod.namespace === undefined) continue;
      const claim = state.getObject('PersistentVolumeClaim', pod.namespace, claimName);
      const info = claimInfo(state, pod.namespace, claimName);
      if (claim === undefined || info === undefined || info.phase !== 'Pending' || !info.waitForFirstConsumer) continue;
      const metadata = asObject(claim.object.metadata) ?? {};
      const annotations = { ...(asObject(metadata.annotations) ?? {}), [SELECTED_NODE_ANNOTATION]: node };
      actions.push({ type: 'update', object: { ...claim, object: { ...claim.object, metadata: { ...metadata, annotations } } } });
    }
    return actions;
  }
}

export function event(type: SimEvent['type'], reason: string, object: string, message: string): Action {
  return { type: 'event', event: { type, reason, object, message } };
}
