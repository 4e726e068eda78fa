import type {
  PlanChange,
  PlanCronJob,
  PlanDocument,
  PlanEndpoint,
  PlanEvent,
  PlanIngressRoute,
  PlanNode,
  PlanObject,
  PlanPlacementChange,
  PlanPod,
  PlanRollout,
  PlanRolloutScale,
  PlanService,
  PlanServicePort,
  PlanSummary,
  PlanVolumeClaim,
  ResourceAmounts,
  RolloutStep,
} from '../plan/plan-document.js';
import { sortDiagnostics } from './display.js';
import { jsonDiagnostic, type JsonDiagnostic } from './render-json.js';

/**
 * `T` with every key written, optional ones possibly undefined. The rebuilds below return it, so a field the
 * contract gains cannot be left out of the JSON by mistake: the compiler names the rebuild that misses it.
 */
type Complete<T> = { [K in keyof Required<T>]: T[K] };

/** The document as written: diagnostics in `lint -o json`'s shape (1-based positions), the rest as built. */
export interface JsonPlanDocument extends Omit<PlanDocument, 'diagnostics'> {
  diagnostics: JsonDiagnostic[];
}

/**
 * `kubeplan plan --output json`: the PlanDocument (schemaVersion 1, docs/plan-json.md) with 2-space indent and a
 * trailing newline. Every object is rebuilt field by field in the order the contract declares them (never
 * spread), absent optional fields left out, label keys sorted and diagnostics in their one stable order, so the
 * same plan always gives byte-identical output whatever order the engine filled the objects' keys in. Array
 * order is the engine's (itself deterministic): objects in creation order, nodes in cluster order.
 */
export function renderPlanJson(doc: PlanDocument): string {
  const out: Complete<JsonPlanDocument> = {
    schemaVersion: doc.schemaVersion,
    kubeplanVersion: doc.kubeplanVersion,
    kubeVersion: doc.kubeVersion,
    cluster: { source: doc.cluster.source, nodes: doc.cluster.nodes },
    now: doc.now,
    objects: doc.objects.map(object),
    pods: doc.pods.map(pod),
    nodes: doc.nodes.map(node),
    services: doc.services.map(service),
    volumeClaims: doc.volumeClaims.map(volumeClaim),
    cronJobs: doc.cronJobs.map(cronJob),
    ingresses: doc.ingresses.map(ingress),
    events: doc.events.map(event),
    diagnostics: sortDiagnostics(doc.diagnostics).map(jsonDiagnostic),
    changes: doc.changes.map(change),
    rollouts: doc.rollouts.map(rollout),
    placements: doc.placements.map(placement),
    base: doc.base,
    summary: summary(doc.summary),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function summary(s: PlanSummary): Complete<PlanSummary> {
  return {
    add: s.add,
    change: s.change,
    destroy: s.destroy,
    rejected: s.rejected,
    podsScheduled: s.podsScheduled,
    podsPending: s.podsPending,
    rollouts: s.rollouts,
    stuckRollouts: s.stuckRollouts,
  };
}

// Optional fields are written in place with their possibly undefined value: JSON.stringify leaves undefined
// properties out, so the order stays the declared one without a branch per field.

function object(o: PlanObject): Complete<PlanObject> {
  return { apiVersion: o.apiVersion, kind: o.kind, namespace: o.namespace, name: o.name, owner: o.owner, action: o.action, generated: o.generated, reason: o.reason, file: o.file, line: o.line };
}

function pod(p: PlanPod): Complete<PlanPod> {
  return {
    namespace: p.namespace,
    name: p.name,
    owner: p.owner,
    node: p.node,
    phase: p.phase,
    message: p.message,
    priority: p.priority,
    requests: { cpu: p.requests.cpu, memory: p.requests.memory },
    nominatedNode: p.nominatedNode,
  };
}

/** cpu, memory, pods first, then other resources (ephemeral-storage, extended resources) by name. */
function amounts(a: ResourceAmounts): ResourceAmounts {
  const out: ResourceAmounts = { cpu: a.cpu, memory: a.memory, pods: a.pods };
  for (const key of Object.keys(a).sort()) if (!(key in out)) out[key] = a[key] ?? 0;
  return out;
}

function sortedRecord(r: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k] ?? '']));
}

function node(n: PlanNode): Complete<PlanNode> {
  return {
    name: n.name,
    labels: sortedRecord(n.labels),
    taints: [...n.taints],
    unschedulable: n.unschedulable,
    allocatable: amounts(n.allocatable),
    requested: amounts(n.requested),
    requestedBefore: n.requestedBefore !== undefined ? amounts(n.requestedBefore) : undefined,
    pods: [...n.pods],
  };
}

function servicePort(p: PlanServicePort): Complete<PlanServicePort> {
  return { name: p.name, protocol: p.protocol, port: p.port, targetPort: p.targetPort, nodePort: p.nodePort };
}

function endpoint(e: PlanEndpoint): Complete<PlanEndpoint> {
  return { pod: e.pod, node: e.node, ready: e.ready, port: e.port };
}

function service(s: PlanService): Complete<PlanService> {
  return {
    namespace: s.namespace,
    name: s.name,
    type: s.type,
    clusterIP: s.clusterIP,
    externalName: s.externalName,
    externalIP: s.externalIP,
    ports: s.ports.map(servicePort),
    endpoints: s.endpoints.map(endpoint),
    dns: [...s.dns],
  };
}

function volumeClaim(v: PlanVolumeClaim): Complete<PlanVolumeClaim> {
  return { namespace: v.namespace, name: v.name, phase: v.phase, volume: v.volume, storageClass: v.storageClass, capacity: v.capacity, message: v.message };
}

function cronJob(j: PlanCronJob): Complete<PlanCronJob> {
  return { namespace: j.namespace, name: j.name, schedule: j.schedule, timeZone: j.timeZone, suspended: j.suspended, next: [...j.next] };
}

function ingress(r: PlanIngressRoute): Complete<PlanIngressRoute> {
  return { namespace: r.namespace, ingress: r.ingress, host: r.host, path: r.path, service: r.service, port: r.port, readyEndpoints: r.readyEndpoints, problem: r.problem };
}

function event(e: PlanEvent): Complete<PlanEvent> {
  return { type: e.type, reason: e.reason, object: e.object, message: e.message };
}

function change(ch: PlanChange): Complete<PlanChange> {
  return {
    action: ch.action,
    object: ch.object,
    apiVersion: ch.apiVersion,
    kind: ch.kind,
    namespace: ch.namespace,
    name: ch.name,
    fields: [...ch.fields],
    diff: ch.diff,
    replaceReason: ch.replaceReason,
    file: ch.file,
    line: ch.line,
  };
}

function step(s: RolloutStep): Complete<RolloutStep> {
  return { step: s.step, old: s.old, new: s.new, available: s.available, total: s.total, note: s.note };
}

function rollout(r: PlanRollout): Complete<PlanRollout> {
  return {
    object: r.object,
    strategy: r.strategy,
    replicas: r.replicas,
    maxSurge: r.maxSurge,
    maxUnavailable: r.maxUnavailable,
    partition: r.partition,
    steps: r.steps.map(step),
    minAvailableDuring: r.minAvailableDuring,
    maxPodsDuring: r.maxPodsDuring,
    peakExtra: { cpu: r.peakExtra.cpu, memory: r.peakExtra.memory },
    downtimeServices: [...r.downtimeServices],
    downtime: r.downtime,
    completed: r.completed,
    stuck: r.stuck,
    message: r.message,
    cause: r.cause,
    newRevision: r.newRevision,
    oldRevisions: r.oldRevisions !== undefined ? [...r.oldRevisions] : undefined,
    downtimeWindow: r.downtimeWindow !== undefined ? { fromStep: r.downtimeWindow.fromStep, toStep: r.downtimeWindow.toStep } : undefined,
    progressDeadlineSeconds: r.progressDeadlineSeconds,
    scale: r.scale !== undefined ? scale(r.scale) : undefined,
  };
}

function scale(s: PlanRolloutScale): Complete<PlanRolloutScale> {
  return {
    from: s.from,
    to: s.to,
    added: s.added.map((a) => ({ pod: a.pod, node: a.node })),
    removed: s.removed.map((r) => ({ pod: r.pod, node: r.node, reason: r.reason })),
  };
}

function placement(p: PlanPlacementChange): Complete<PlanPlacementChange> {
  return { pod: p.pod, owner: p.owner, from: p.from, to: p.to, reason: p.reason };
}
