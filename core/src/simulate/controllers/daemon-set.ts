/**
 * The DaemonSet controller (pkg/controller/daemon/daemon_controller.go manage, podsShouldBeOnNode, syncNodes,
 * updateDaemonSetStatus; update.go rollingUpdate): one pod `<ds>-<5 characters>` per node that should run it,
 * pinned there by a `metadata.name` node-affinity term and left to the scheduler (which may keep it Pending:
 * Insufficient cpu...). A node that does not qualify gets no pod at all. Extra pods on a node (all but the
 * oldest; with maxSurge one old and one new may share a node), failed ones and ones on nodes they no longer
 * fit are deleted. A template change rolls out node by node (daemon-set-update.ts) once the manage loop has
 * nothing left to do (upstream: its expectations are satisfied).
 */
import { asObject, asString, getIn, type Obj } from '../../model/fields.js';
import type { Action, Controller, ControllerContext, SimObject } from '../types.js';
import { nodeShouldRunDaemonPod, targetNodeOf, withDaemonTolerations, withNodeNameAffinity } from './daemon-set-pods.js';
import { allowsSurge, collisionCountOf, isDaemonPodUpdated, readDaemonSetUpdate, REVISION_HASH_LABEL, rollingUpdate, TEMPLATE_GENERATION_ANNOTATION, TEMPLATE_GENERATION_LABEL } from './daemon-set-update.js';
import { freshNames, podsPrefix } from './generated-names.js';
import { podFromTemplate, templateSpec } from './pod-from-template.js';
import { isPodAvailable, isPodReady, isTerminating, ownedPods, podNodeName, podPhase } from './pod-state.js';
import { computeHash } from './pod-template-hash.js';
import { controllerRef, createAction, generationOf, normalEvent, statusUpdate } from './sim-object.js';

/** podByCreationTimestampAndPhase: bound pods first, then oldest. */
const byAge = (a: SimObject, b: SimObject): number => Number(podNodeName(a) === '') - Number(podNodeName(b) === '') || a.seq - b.seq;

interface Sync {
  readonly ds: SimObject;
  readonly spec: Obj;
  readonly hash: string;
  readonly surge: boolean;
  readonly actions: Action[];
}

function deletePod(sync: Sync, pod: SimObject, reason: string): void {
  sync.actions.push({ type: 'delete', key: pod.key, reason }, normalEvent(sync.ds, 'SuccessfulDelete', `Deleted pod: ${pod.name}`));
}

/**
 * With surge, two pods may share a node only while the oldest new one is not available and the oldest old one
 * is ready; every other extra pod goes (podsShouldBeOnNode).
 */
function pruneSurged(sync: Sync, running: SimObject[]): void {
  let oldestNew: SimObject | undefined;
  let oldestOld: SimObject | undefined;
  for (const pod of running.sort(byAge)) {
    const updated = isDaemonPodUpdated(sync.ds, pod, sync.hash);
    if (updated && oldestNew === undefined) oldestNew = pod;
    else if (!updated && oldestOld === undefined) oldestOld = pod;
    else deletePod(sync, pod, `more than one pod of DaemonSet ${sync.ds.name} on node ${podNodeName(pod)}`);
  }
  if (oldestNew === undefined || oldestOld === undefined) return;
  if (!isPodReady(oldestOld)) deletePod(sync, oldestOld, 'old daemon pod is not ready and is replaced by the new one');
  else if (isPodAvailable(oldestNew)) deletePod(sync, oldestOld, 'new daemon pod is available and replaces the old one');
}

/** podsShouldBeOnNode for one node's existing pods; true when the node needs a new pod. */
function syncNode(sync: Sync, node: string, shouldRun: boolean, shouldContinueRunning: boolean, pods: SimObject[]): boolean {
  const live = pods.filter((p) => !isTerminating(p));
  if (!shouldContinueRunning) {
    for (const pod of live) deletePod(sync, pod, `DaemonSet ${sync.ds.name} does not fit node ${node}`);
    return false;
  }
  if (shouldRun && pods.length === 0) return true;
  const running: SimObject[] = [];
  for (const pod of live) {
    const phase = podPhase(pod);
    if (phase === 'Failed') {
      const message = `Found failed daemon pod ${pod.namespace ?? ''}/${pod.name} on node ${node}, will try to kill it`;
      sync.actions.push({ type: 'event', event: { type: 'Warning', reason: 'FailedDaemonPod', object: sync.ds.key, message } });
      deletePod(sync, pod, 'failed daemon pod');
    } else if (phase === 'Succeeded') deletePod(sync, pod, 'succeeded daemon pod');
    else running.push(pod);
  }
  if (!sync.surge) {
    for (const pod of running.sort(byAge).slice(1)) deletePod(sync, pod, `more than one pod of DaemonSet ${sync.ds.name} on node ${node}`);
    return false;
  }
  if (running.length === 0) return shouldRun;
  if (running.length > 1) pruneSurged(sync, running);
  return false;
}

function createPods(ctx: ControllerContext, sync: Sync, nodes: readonly string[]): void {
  const template = asObject(getIn(sync.ds.object, 'spec', 'template'));
  const namespace = sync.ds.namespace ?? 'default';
  const base = podsPrefix(sync.ds.name);
  const generation = asString(getIn(sync.ds.object, 'metadata', 'annotations', TEMPLATE_GENERATION_ANNOTATION)) ?? String(generationOf(sync.ds));
  const labels = { [TEMPLATE_GENERATION_LABEL]: generation, [REVISION_HASH_LABEL]: sync.hash };
  const ownerRef = controllerRef(sync.ds, ctx.names);
  for (const node of nodes) {
    const [name] = freshNames(ctx, 'Pod', namespace, base, `${sync.ds.key}@${node}`, 1);
    if (name === undefined) continue;
    const pod = podFromTemplate(template, { namespace, name, generateName: base, ownerRef, labels }, withNodeNameAffinity(structuredClone(sync.spec), node));
    sync.actions.push(createAction(pod, sync.ds));
  }
}

interface NodeCounts {
  currentNumberScheduled: number;
  numberMisscheduled: number;
  desiredNumberScheduled: number;
  numberReady: number;
  updatedNumberScheduled: number;
  numberAvailable: number;
}

/** updateDaemonSetStatus's counts for one node, from its oldest pod. */
function countNode(sync: Sync, counts: NodeCounts, shouldRun: boolean, pods: readonly SimObject[]): void {
  const oldest = [...pods].sort(byAge)[0];
  if (!shouldRun) {
    counts.numberMisscheduled += pods.length > 0 ? 1 : 0;
    return;
  }
  counts.desiredNumberScheduled++;
  if (oldest === undefined) return;
  counts.currentNumberScheduled++;
  if (isPodReady(oldest)) counts.numberReady++;
  if (isPodReady(oldest) && isPodAvailable(oldest)) counts.numberAvailable++;
  if (isDaemonPodUpdated(sync.ds, oldest, sync.hash)) counts.updatedNumberScheduled++;
}

export const daemonSetController: Controller = {
  kind: 'DaemonSet',
  reconcile(ctx: ControllerContext, ds: SimObject): Action[] {
    const template = asObject(getIn(ds.object, 'spec', 'template'));
    const sync: Sync = { ds, spec: withDaemonTolerations(templateSpec(template)), hash: computeHash(template, collisionCountOf(ds)), surge: allowsSurge(ds), actions: [] };
    const byNode = new Map<string, SimObject[]>();
    for (const pod of ownedPods(ctx.state, ds.key)) {
      const node = targetNodeOf(pod.object);
      if (node !== undefined) byNode.set(node, [...(byNode.get(node) ?? []), pod]);
    }
    const counts: NodeCounts = { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0, updatedNumberScheduled: 0, numberAvailable: 0 };
    const needing: string[] = [];
    const wanted = new Set<string>();
    for (const node of ctx.state.nodes()) {
      const pods = byNode.get(node.name) ?? [];
      const { shouldRun, shouldContinueRunning } = nodeShouldRunDaemonPod(node, sync.spec);
      if (shouldRun) wanted.add(node.name);
      if (syncNode(sync, node.name, shouldRun, shouldContinueRunning, pods)) needing.push(node.name);
      countNode(sync, counts, shouldRun, pods);
    }
    // getUnscheduledPodsWithoutNode: a pending pod pinned to a node that is gone can never run.
    const known = new Set(ctx.state.nodes().map((n) => n.name));
    for (const [node, pods] of byNode) if (!known.has(node)) for (const pod of pods) if (podNodeName(pod) === '') deletePod(sync, pod, `node ${node} does not exist`);
    createPods(ctx, sync, needing);
    if (sync.actions.length === 0) {
      // The manage loop changed nothing (upstream: expectations satisfied): the rolling update may act.
      const nodes = new Map<string, readonly SimObject[]>([...byNode].filter(([n]) => known.has(n)));
      for (const n of wanted) if (!nodes.has(n)) nodes.set(n, []);
      const update = readDaemonSetUpdate(ds, counts.desiredNumberScheduled);
      const step = rollingUpdate({ update, nodes, shouldRun: (n) => wanted.has(n), desired: counts.desiredNumberScheduled, isUpdated: (p) => isDaemonPodUpdated(ds, p, sync.hash) });
      for (const pod of step.deletePods) deletePod(sync, pod, `DaemonSet ${ds.name} rolling update`);
      createPods(ctx, sync, step.createOn);
    }
    const status = { ...counts, observedGeneration: generationOf(ds), numberUnavailable: counts.desiredNumberScheduled - counts.numberAvailable };
    const collisionCount = collisionCountOf(ds);
    return [...sync.actions, ...statusUpdate(ds, { ...status, ...(collisionCount === undefined ? {} : { collisionCount }) })];
  },
};
