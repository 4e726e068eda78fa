/**
 * The DaemonSet controller (pkg/controller/daemon/daemon_controller.go manage, podsShouldBeOnNode, syncNodes,
 * updateDaemonSetStatus): one pod `<ds>-<5 characters>` per node that should run it, pinned there by a
 * `metadata.name` node-affinity term and left to the scheduler (which may keep it Pending: Insufficient cpu...).
 * A node that does not qualify gets no pod at all. Extra pods on a node (all but the oldest), failed ones and
 * ones on nodes they no longer fit are deleted. Not modelled: rolling updates (the rollout issue), surge.
 */
import { asNumber, asObject, asString, getIn, type Obj } from '../../model/fields.js';
import type { Action, Controller, ControllerContext, SimObject } from '../types.js';
import { nodeShouldRunDaemonPod, targetNodeOf, withDaemonTolerations, withNodeNameAffinity } from './daemon-set-pods.js';
import { freshNames, podsPrefix } from './generated-names.js';
import { podFromTemplate, templateSpec } from './pod-from-template.js';
import { isPodAvailable, isPodReady, isTerminating, ownedPods, podNodeName, podPhase } from './pod-state.js';
import { computeHash } from './pod-template-hash.js';
import { controllerRef, createAction, generationOf, normalEvent, statusUpdate } from './sim-object.js';

export const REVISION_HASH_LABEL = 'controller-revision-hash';
export const TEMPLATE_GENERATION_LABEL = 'pod-template-generation';
/** The API server keeps the template generation in this annotation; pods carry it as a label. */
const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

/** podByCreationTimestampAndPhase: bound pods first, then oldest. */
const byAge = (a: SimObject, b: SimObject): number => Number(podNodeName(a) === '') - Number(podNodeName(b) === '') || a.seq - b.seq;

interface Sync {
  readonly ds: SimObject;
  readonly spec: Obj;
  readonly hash: string;
  readonly actions: Action[];
}

function deletePod(sync: Sync, pod: SimObject, reason: string): void {
  sync.actions.push({ type: 'delete', key: pod.key, reason }, normalEvent(sync.ds, 'SuccessfulDelete', `Deleted pod: ${pod.name}`));
}

/** podsShouldBeOnNode for one node's existing pods (creations are batched by the caller). */
function syncNode(sync: Sync, node: string, shouldRun: boolean, shouldContinueRunning: boolean, pods: SimObject[]): void {
  const live = pods.filter((p) => !isTerminating(p));
  if (!shouldContinueRunning) {
    for (const pod of live) deletePod(sync, pod, `DaemonSet ${sync.ds.name} does not fit node ${node}`);
    return;
  }
  if (shouldRun && pods.length === 0) return;
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
  for (const pod of running.sort(byAge).slice(1)) deletePod(sync, pod, `more than one pod of DaemonSet ${sync.ds.name} on node ${node}`);
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

export const daemonSetController: Controller = {
  kind: 'DaemonSet',
  reconcile(ctx: ControllerContext, ds: SimObject): Action[] {
    const template = asObject(getIn(ds.object, 'spec', 'template'));
    const sync: Sync = {
      ds,
      spec: withDaemonTolerations(templateSpec(template)),
      hash: computeHash(template, asNumber(getIn(ds.object, 'status', 'collisionCount'))),
      actions: [],
    };
    const byNode = new Map<string, SimObject[]>();
    for (const pod of ownedPods(ctx.state, ds.key)) {
      const node = targetNodeOf(pod.object);
      if (node !== undefined) byNode.set(node, [...(byNode.get(node) ?? []), pod]);
    }
    const status = { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0, observedGeneration: generationOf(ds), updatedNumberScheduled: 0, numberAvailable: 0, numberUnavailable: 0 };
    const needing: string[] = [];
    const known = new Set<string>();
    for (const node of ctx.state.nodes()) {
      known.add(node.name);
      const pods = byNode.get(node.name) ?? [];
      const { shouldRun, shouldContinueRunning } = nodeShouldRunDaemonPod(node, sync.spec);
      if (shouldRun && pods.length === 0) needing.push(node.name);
      syncNode(sync, node.name, shouldRun, shouldContinueRunning, pods);
      const oldest = [...pods].sort(byAge)[0];
      if (!shouldRun) status.numberMisscheduled += pods.length > 0 ? 1 : 0;
      else {
        status.desiredNumberScheduled++;
        if (oldest === undefined) continue;
        status.currentNumberScheduled++;
        if (isPodReady(oldest)) status.numberReady++;
        if (isPodReady(oldest) && isPodAvailable(oldest)) status.numberAvailable++;
        if (getIn(oldest.object, 'metadata', 'labels', REVISION_HASH_LABEL) === sync.hash) status.updatedNumberScheduled++;
      }
    }
    // getUnscheduledPodsWithoutNode: a pending pod pinned to a node that is gone can never run.
    for (const [node, pods] of byNode) if (!known.has(node)) for (const pod of pods) if (podNodeName(pod) === '') deletePod(sync, pod, `node ${node} does not exist`);
    createPods(ctx, sync, needing);
    status.numberUnavailable = status.desiredNumberScheduled - status.numberAvailable;
    return [...sync.actions, ...statusUpdate(ds, { ...status, ...collisionCountOf(ds) })];
  },
};

function collisionCountOf(ds: SimObject): Obj {
  const c = asNumber(getIn(ds.object, 'status', 'collisionCount'));
  return c === undefined ? {} : { collisionCount: c };
}
