/**
 * The engine's side of the scheduler: feeds it the pending pods of each round in queue order (PrioritySort:
 * priority, then creation), turns its answers into pod updates (bound and Running, or Pending with the
 * FitError message) and events, and keeps its view in step with pods deleted by controllers, preemption and
 * eviction. Pod and node IPs are assigned here, deterministically. Which pods wait for the scheduler, and which
 * name a node, is an index the snapshots keep up to date as pods change (POD_QUEUES), so a round reads the pods
 * that concern it, not every pod of the cluster.
 */
import type { ClusterState, DerivedIndex, ObjectChange } from '../cluster/cluster-state.js';
import type { NodeInfo } from '../cluster/node-info.js';
import { asArray, asObject, asString, asStringMap, getIn, type Obj } from '../model/fields.js';
import type { LabelSelector } from '../model/label-selector.js';
import { claimInfo } from './controllers/pv-claim-info.js';
import { SELECTED_NODE_ANNOTATION } from './controllers/volume-binding-assign.js';
import { defaultSpreadSelectors } from './default-spread-selectors.js';
import { createScheduler, type Scheduler } from './scheduler/index.js';
import type { SchedulingExplanation } from './scheduler/explanation.js';
import type { Action, ObjectKey, SimEvent, SimObject } from './types.js';
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

/** Waiting for a node: unbound, not terminal, without scheduling gates (a gated pod waits for them to go). */
function isWaiting(p: SimObject): boolean {
  return nodeNameOf(p) === undefined && !isTerminal(p) && (asArray(getIn(p.object, 'spec', 'schedulingGates'))?.length ?? 0) === 0;
}

/** Naming a node and not terminal: run by that node's kubelet, counted by the scheduler once it knows it. */
function isNamingNode(p: SimObject): boolean {
  return nodeNameOf(p) !== undefined && !isTerminal(p);
}

/** The keys of the pods that concern the scheduler, kept with each snapshot. */
interface PodQueues {
  readonly waiting: ReadonlySet<ObjectKey>;
  readonly namingNode: ReadonlySet<ObjectKey>;
}

/** `set` with `key` in or out as `member` says; copied (once, into `copy`) only when that changes it. */
function withMember(set: ReadonlySet<ObjectKey>, copy: Set<ObjectKey> | undefined, key: ObjectKey, member: boolean): Set<ObjectKey> | undefined {
  if ((copy ?? set).has(key) === member) return copy;
  const out = copy ?? new Set(set);
  if (member) out.add(key);
  else out.delete(key);
  return out;
}

function queuesAfter(previous: PodQueues, changes: readonly ObjectChange[]): PodQueues {
  let waiting: Set<ObjectKey> | undefined;
  let namingNode: Set<ObjectKey> | undefined;
  for (const { before, after } of changes) {
    const key = (after ?? before)?.key;
    if (key === undefined) continue;
    waiting = withMember(previous.waiting, waiting, key, after !== undefined && isWaiting(after));
    namingNode = withMember(previous.namingNode, namingNode, key, after !== undefined && isNamingNode(after));
  }
  return waiting === undefined && namingNode === undefined ? previous : { waiting: waiting ?? previous.waiting, namingNode: namingNode ?? previous.namingNode };
}

const POD_QUEUES: DerivedIndex<PodQueues> = {
  kinds: ['Pod'],
  build: (state) => queuesAfter({ waiting: new Set(), namingNode: new Set() }, state.list('Pod').map((after) => ({ before: undefined, after }))),
  update: queuesAfter,
};

/**
 * The pods of `keys` in creation order; undefined when two share a `seq` (a snapshot made with ClusterState.of):
 * then only the kind's own order tells them apart, and the caller reads the full list.
 */
function inCreationOrder(state: ClusterState, keys: Iterable<ObjectKey>): SimObject[] | undefined {
  const pods: SimObject[] = [];
  for (const key of keys) {
    const pod = state.get(key);
    if (pod !== undefined) pods.push(pod);
  }
  pods.sort((a, b) => a.seq - b.seq);
  for (let i = 1; i < pods.length; i++) if ((pods[i] as SimObject).seq === (pods[i - 1] as SimObject).seq) return undefined;
  return pods;
}

/** Pods waiting for a node, in scheduling-queue order (PrioritySort: priority, then creation). */
function pendingPods(state: ClusterState): SimObject[] {
  const waiting = inCreationOrder(state, state.derived(POD_QUEUES).waiting) ?? state.list('Pod').filter(isWaiting);
  return waiting.sort((a, b) => priorityOf(b) - priorityOf(a) || a.seq - b.seq);
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
  /** Each node's index in `nodes` (the first, should two share a name). */
  private readonly nodeIndex = new Map<string, number>();
  private readonly ips: PodIps;
  private current: ClusterState;
  private readonly explain: ReadonlySet<string>;
  private readonly recorded = new Map<string, SchedulingExplanation>();
  /** Keys of the pods the scheduler counts on a node. */
  private readonly placed = new Set<string>();
  /**
   * The default spread selectors of `current` by namespace and labels: they depend on nothing else, and the
   * pods of one ReplicaSet share them (reset when the snapshot changes).
   */
  private spreadSelectors = { state: undefined as ClusterState | undefined, byLabels: new Map<string, readonly LabelSelector[]>() };

  constructor(state: ClusterState, explain: readonly string[]) {
    this.current = state;
    this.nodes = state.nodes();
    this.nodes.forEach((n, i) => {
      if (!this.nodeIndex.has(n.name)) this.nodeIndex.set(n.name, i);
    });
    this.explain = new Set(explain);
    this.ips = new PodIps(this.nodes.map((n, i) => nodeAddressesOf(state.getObject('Node', undefined, n.name)?.object, i)));
    this.scheduler = createScheduler(this.nodes, {
      namespaceLabels: (ns) => asObject(getIn(this.current.getObject('Namespace', undefined, ns)?.object, 'metadata', 'labels')) as Record<string, string> | undefined,
      defaultSpreadSelectors: (pod) => this.defaultSpreadSelectors(pod),
      claim: (ns, name) => claimInfo(this.current, ns, name),
    });
  }

  private defaultSpreadSelectors(pod: Obj): LabelSelector[] {
    const namespace = getIn(pod, 'metadata', 'namespace');
    if (typeof namespace !== 'string') return defaultSpreadSelectors(this.current, pod);
    if (this.spreadSelectors.state !== this.current) this.spreadSelectors = { state: this.current, byLabels: new Map() };
    // Equal keys mean equal namespace and labels (what the selectors depend on); labels written in another
    // order only miss the cache.
    const key = JSON.stringify([namespace, asStringMap(getIn(pod, 'metadata', 'labels'))]);
    let selectors = this.spreadSelectors.byLabels.get(key);
    if (selectors === undefined) {
      selectors = defaultSpreadSelectors(this.current, pod);
      this.spreadSelectors.byLabels.set(key, selectors);
    }
    return [...selectors];
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
    const unplaced = [...state.derived(POD_QUEUES).namingNode].filter((key) => !this.placed.has(key));
    const pods = unplaced.length === 0 ? [] : (inCreationOrder(state, unplaced) ?? state.list('Pod'));
    for (const pod of pods) {
      const node = nodeNameOf(pod);
      if (node === undefined || isTerminal(pod) || this.placed.has(pod.key)) continue;
      if (!this.nodeIndex.has(node)) {
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
    const { hostIP, podIP } = this.ips.assign(this.nodeIndex.get(node) ?? -1, hostNetwork);
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
