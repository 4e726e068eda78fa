/**
 * Turns a simulation into the plan document (`schemaVersion: 1`): what gets created (declared objects in input
 * order, each followed by what the control plane makes for it), where every pod lands or why it waits, node
 * usage, services, claims, CronJob schedules, Ingress routes and events — and, against a base (`--base`, or
 * the live objects of a `--cluster` dump), the object changes with their field diffs, where running pods move,
 * node usage before the change and the rollouts. Pure: data in, document out.
 */
import type { ClusterState } from '../cluster/cluster-state.js';
import type { Diagnostic } from '../diagnostic.js';
import { asArray, asObject, asString, getIn } from '../model/fields.js';
import { podRequests } from '../model/pod-requests.js';
import { resourceAmount } from '../model/resource-units.js';
import { nextScheduleTimes } from '../simulate/controllers/cron-job-schedule.js';
import { ingressRoutes } from '../simulate/controllers/ingress-routes.js';
import { planServices, planVolumeClaims } from '../simulate/controllers/service-output.js';
import type { RejectedObject, SimulationResult } from '../simulate/engine.js';
import type { SimObject } from '../simulate/types.js';
import { VERSION } from '../version.js';
import { objectChanges } from './object-changes.js';
import { placementChanges } from './placement-changes.js';
import { PLAN_SCHEMA_VERSION, type PlanCronJob, type PlanDocument, type PlanObject, type PlanPod, type PlanRollout, type PlanSummary } from './plan-document.js';
import { planNodes } from './plan-nodes.js';
import { objectsInTreeOrder, rejectedObject } from './plan-objects.js';

export interface PlanDocumentInput {
  readonly simulation: SimulationResult;
  /** Objects refused before admission (lint found an error the API server would also find). */
  readonly refused: readonly RejectedObject[];
  readonly diagnostics: readonly Diagnostic[];
  readonly kubeVersion: string;
  readonly now: Date;
  readonly clusterSource: PlanDocument['cluster']['source'];
  /** What the plan compares with (`git:<rev>`, a path, `cluster`); null or absent: nothing, every object is new. */
  readonly base?: string | null;
  /** The rollout recorder's report. */
  readonly rollouts?: readonly PlanRollout[];
}

function scheduledMessage(pod: SimObject): string | undefined {
  const conditions = asArray(getIn(pod.object, 'status', 'conditions')) ?? [];
  const scheduled = conditions.map(asObject).find((c) => c?.type === 'PodScheduled' && c.status === 'False');
  return asString(scheduled?.message);
}

function planPod(pod: SimObject): PlanPod {
  const spec = asObject(pod.object.spec) ?? {};
  const requests = podRequests(spec);
  const amount = (name: string): number => {
    const q = requests.get(name);
    return q === undefined ? 0 : resourceAmount(name, q);
  };
  const node = asString(spec.nodeName) ?? null;
  const phase = asString(getIn(pod.object, 'status', 'phase'));
  const message = node === null ? scheduledMessage(pod) : undefined;
  return {
    namespace: pod.namespace ?? '',
    name: pod.name,
    owner: pod.owner,
    node,
    phase: phase === 'Running' || phase === 'Succeeded' || phase === 'Failed' ? phase : 'Pending',
    ...(message === undefined ? {} : { message }),
    priority: typeof spec.priority === 'number' ? spec.priority : 0,
    requests: { cpu: amount('cpu'), memory: amount('memory') },
  };
}

function planCronJobs(state: ClusterState, now: Date, isListed: (o: SimObject) => boolean): PlanCronJob[] {
  return state
    .list('CronJob')
    .filter(isListed)
    .map((c) => {
      const timeZone = asString(getIn(c.object, 'spec', 'timeZone'));
      return {
        namespace: c.namespace ?? '',
        name: c.name,
        schedule: asString(getIn(c.object, 'spec', 'schedule')) ?? '',
        ...(timeZone === undefined ? {} : { timeZone }),
        suspended: getIn(c.object, 'spec', 'suspend') === true,
        next: nextScheduleTimes(c.object, now, 3).map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z')),
      };
    });
}

const byRef = <T extends { namespace: string; name: string }>(a: T, b: T): number =>
  a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/**
 * terraform's counts: a replacement is one add and one destroy. `add` also counts what the control plane
 * creates (ReplicaSets, Pods...), as it always has in the version 1 document; `change` and `destroy` count
 * the declared (and pruned) objects.
 */
function summaryOf(objects: readonly PlanObject[], pods: readonly PlanPod[], rollouts: readonly PlanRollout[]): PlanSummary {
  const count = (...actions: PlanObject['action'][]): number => objects.filter((o) => actions.includes(o.action)).length;
  const scheduled = pods.filter((p) => p.node !== null).length;
  return {
    add: count('create', 'replace'),
    change: count('update'),
    destroy: count('delete', 'replace'),
    rejected: count('rejected'),
    podsScheduled: scheduled,
    podsPending: pods.length - scheduled,
    rollouts: rollouts.length,
    stuckRollouts: rollouts.filter((r) => r.stuck).length,
  };
}

export function buildPlanDocument(input: PlanDocumentInput): PlanDocument {
  const { simulation } = input;
  const { initial, final: state } = simulation;
  const base = input.base ?? null;
  // What the plan makes: objects of the after state created during the change (new, or made again).
  const isPlanned = (o: SimObject): boolean => initial.get(o.key)?.seq !== o.seq;
  const declared = new Set(simulation.changes.filter((c) => c.action !== 'delete').map((c) => c.key));
  const isListed = (o: SimObject): boolean => isPlanned(o) || declared.has(o.key);
  const rejected = [...input.refused, ...simulation.rejected].map(rejectedObject);
  const objects = [...objectsInTreeOrder(initial, state, simulation.changes, isPlanned), ...rejected];
  const pods = state.list('Pod').filter(isPlanned).map(planPod).sort(byRef);
  const services = planServices(state).filter((s) => isListed(state.getObject('Service', s.namespace, s.name) as SimObject));
  // One endpoint entry per pod and port: a Service's ready endpoints are its distinct ready pods.
  const readyEndpoints = new Map(services.map((s) => [`Service/${s.namespace}/${s.name}`, new Set(s.endpoints.filter((e) => e.ready).map((e) => e.pod)).size]));
  const changes = base === null ? [] : objectChanges(simulation.changes, initial, state);
  const rollouts = [...(input.rollouts ?? [])];
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    kubeplanVersion: VERSION,
    kubeVersion: input.kubeVersion,
    cluster: { source: input.clusterSource, nodes: state.nodes().length },
    now: input.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    objects,
    pods,
    nodes: planNodes(state, { requested: simulation.requested, ...(base === null ? {} : { requestedBefore: simulation.requestedBefore }) }),
    services,
    volumeClaims: planVolumeClaims(state).filter((c) => isListed(state.getObject('PersistentVolumeClaim', c.namespace, c.name) as SimObject)),
    cronJobs: planCronJobs(state, input.now, isListed).sort(byRef),
    ingresses: ingressRoutes(state, (key) => readyEndpoints.get(key) ?? 0),
    events: state.events.slice(initial.events.length).map((e) => ({ type: e.type, reason: e.reason, object: e.object, message: e.message })),
    diagnostics: [...input.diagnostics],
    changes,
    rollouts,
    placements: base === null ? [] : placementChanges({ initial, final: state, applied: simulation.changes, changes }),
    base,
    summary: summaryOf(objects, pods, rollouts),
  };
}
