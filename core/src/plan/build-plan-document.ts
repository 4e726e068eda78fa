/**
 * Turns a simulation into the plan document (`schemaVersion: 1`): what gets created (declared objects in input
 * order, each followed by what the control plane makes for it), where every pod lands or why it waits, node
 * usage, services, claims, CronJob schedules, Ingress routes and events. Pure: data in, document out.
 */
import type { ClusterState } from '../cluster/cluster-state.js';
import type { Diagnostic } from '../diagnostic.js';
import { asArray, asObject, asString, getIn } from '../model/fields.js';
import { podRequests } from '../model/pod-requests.js';
import { resourceAmount } from '../model/resource-units.js';
import { formatTaint } from '../model/toleration.js';
import { nextScheduleTimes } from '../simulate/controllers/cron-job-schedule.js';
import { ingressRoutes } from '../simulate/controllers/ingress-routes.js';
import { planServices, planVolumeClaims } from '../simulate/controllers/service-output.js';
import type { RejectedObject, SimulationResult } from '../simulate/engine.js';
import type { SimObject } from '../simulate/types.js';
import { VERSION } from '../version.js';
import { PLAN_SCHEMA_VERSION, type PlanCronJob, type PlanDocument, type PlanNode, type PlanObject, type PlanPod, type ResourceAmounts } from './plan-document.js';

export interface PlanDocumentInput {
  readonly simulation: SimulationResult;
  /** Objects refused before admission (lint found an error the API server would also find). */
  readonly refused: readonly RejectedObject[];
  readonly diagnostics: readonly Diagnostic[];
  readonly kubeVersion: string;
  readonly now: Date;
  readonly clusterSource: PlanDocument['cluster']['source'];
}


function planObject(o: SimObject): PlanObject {
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    ...(o.namespace === undefined ? {} : { namespace: o.namespace }),
    name: o.name,
    owner: o.owner,
    action: 'create',
    generated: o.origin === 'generated',
    ...(o.source === undefined ? {} : { file: o.source.file, line: o.source.positions.documentRange.start.line + 1 }),
  };
}

function rejectedObject(r: RejectedObject): PlanObject {
  const kind = asString(r.object.kind) ?? '';
  const name = asString(getIn(r.object, 'metadata', 'name')) ?? '';
  const ref = r.namespace === undefined ? `${kind}/${name}` : `${kind}/${r.namespace}/${name}`;
  return {
    apiVersion: asString(r.object.apiVersion) ?? '',
    kind,
    ...(r.namespace === undefined ? {} : { namespace: r.namespace }),
    name,
    owner: ref,
    action: 'rejected',
    generated: false,
    reason: r.reason,
    ...(r.source === undefined ? {} : { file: r.source.file, line: r.source.positions.documentRange.start.line + 1 }),
  };
}

/** Declared objects in creation order, each followed by the objects generated for it (by owner, then creation). */
function objectsInTreeOrder(state: ClusterState, planned: readonly SimObject[]): PlanObject[] {
  const byOwner = new Map<string, SimObject[]>();
  for (const o of planned) {
    if (o.origin !== 'generated') continue;
    const list = byOwner.get(o.owner);
    if (list === undefined) byOwner.set(o.owner, [o]);
    else list.push(o);
  }
  const out: PlanObject[] = [];
  const placed = new Set<string>();
  for (const o of planned) {
    if (o.origin === 'generated') continue;
    out.push(planObject(o));
    for (const child of byOwner.get(o.key) ?? []) {
      out.push(planObject(child));
      placed.add(child.key);
    }
  }
  for (const o of planned) if (o.origin === 'generated' && !placed.has(o.key)) out.push(planObject(o));
  return out;
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

function amounts(values: Readonly<Record<string, number>>): ResourceAmounts {
  return { cpu: 0, memory: 0, pods: 0, ...values };
}

function planNodes(state: ClusterState, simulation: SimulationResult): PlanNode[] {
  return state.nodes().map((n) => {
    const a = n.allocatable;
    const allocatable: Record<string, number> = {};
    if (a !== undefined) {
      if (a.cpu !== undefined) allocatable.cpu = a.cpu;
      if (a.memory !== undefined) allocatable.memory = a.memory;
      if (a.pods !== undefined) allocatable.pods = a.pods;
      if (a.ephemeralStorage !== undefined) allocatable['ephemeral-storage'] = a.ephemeralStorage;
      Object.assign(allocatable, a.scalar);
    }
    const pods = state
      .podsOnNode(n.name)
      .filter((p) => !['Succeeded', 'Failed'].includes(asString(getIn(p.object, 'status', 'phase')) ?? ''))
      .map((p) => `${p.namespace ?? ''}/${p.name}`)
      .sort();
    return {
      name: n.name,
      labels: { ...n.labels },
      taints: n.taints.map(formatTaint),
      unschedulable: n.unschedulable,
      allocatable: amounts(allocatable),
      requested: amounts(simulation.requested(n.name)),
      pods,
    };
  });
}

function planCronJobs(state: ClusterState, now: Date, isPlanned: (o: SimObject) => boolean): PlanCronJob[] {
  return state
    .list('CronJob')
    .filter(isPlanned)
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

export function buildPlanDocument(input: PlanDocumentInput): PlanDocument {
  const { simulation } = input;
  const state = simulation.final;
  // What the plan adds: objects of the steady state after the change that the cluster did not have before.
  const isPlanned = (o: SimObject): boolean => simulation.initial.get(o.key) === undefined;
  const planned = state.all().filter(isPlanned);
  const rejected = [...input.refused, ...simulation.rejected].map(rejectedObject);
  const objects = [...objectsInTreeOrder(state, planned), ...rejected];
  const pods = planned.filter((o) => o.kind === 'Pod').map(planPod).sort(byRef);
  const services = planServices(state).filter((s) => simulation.initial.getObject('Service', s.namespace, s.name) === undefined);
  // One endpoint entry per pod and port: a Service's ready endpoints are its distinct ready pods.
  const readyEndpoints = new Map(services.map((s) => [`Service/${s.namespace}/${s.name}`, new Set(s.endpoints.filter((e) => e.ready).map((e) => e.pod)).size]));
  const scheduled = pods.filter((p) => p.node !== null).length;
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    kubeplanVersion: VERSION,
    kubeVersion: input.kubeVersion,
    cluster: { source: input.clusterSource, nodes: state.nodes().length },
    now: input.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    objects,
    pods,
    nodes: planNodes(state, simulation),
    services,
    volumeClaims: planVolumeClaims(state).filter((c) => simulation.initial.getObject('PersistentVolumeClaim', c.namespace, c.name) === undefined),
    cronJobs: planCronJobs(state, input.now, isPlanned).sort(byRef),
    ingresses: ingressRoutes(state, (key) => readyEndpoints.get(key) ?? 0),
    events: state.events.slice(simulation.initial.events.length).map((e) => ({ type: e.type, reason: e.reason, object: e.object, message: e.message })),
    diagnostics: [...input.diagnostics],
    changes: [],
    rollouts: [],
    placements: [],
    base: null,
    summary: {
      add: objects.filter((o) => o.action === 'create').length,
      change: 0,
      destroy: 0,
      rejected: rejected.length,
      podsScheduled: scheduled,
      podsPending: pods.length - scheduled,
      rollouts: 0,
      stuckRollouts: 0,
    },
  };
}
