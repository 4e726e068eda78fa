import type { Diagnostic, SourceRange } from '../diagnostic.js';
import type {
  PlanCronJob,
  PlanDocument,
  PlanEndpoint,
  PlanEvent,
  PlanIngressRoute,
  PlanNode,
  PlanObject,
  PlanPod,
  PlanService,
  PlanServicePort,
  PlanVolumeClaim,
  ResourceAmounts,
} from '../plan/plan-document.js';
import { sortDiagnostics } from './display.js';
import { jsonDiagnostic, type JsonDiagnostic } from './render-json.js';

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
  const out: JsonPlanDocument = {
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
    changes: doc.changes,
    rollouts: doc.rollouts,
    placements: doc.placements,
    base: doc.base,
    summary: {
      add: doc.summary.add,
      change: doc.summary.change,
      destroy: doc.summary.destroy,
      rejected: doc.summary.rejected,
      podsScheduled: doc.summary.podsScheduled,
      podsPending: doc.summary.podsPending,
      rollouts: doc.summary.rollouts,
      stuckRollouts: doc.summary.stuckRollouts,
    },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

// Optional fields are written in place with their possibly undefined value: JSON.stringify leaves undefined
// properties out, so the order stays the declared one without a branch per field.

function object(o: PlanObject): PlanObject {
  return { apiVersion: o.apiVersion, kind: o.kind, namespace: o.namespace, name: o.name, owner: o.owner, action: o.action, generated: o.generated, reason: o.reason, file: o.file, line: o.line };
}

function pod(p: PlanPod): PlanPod {
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

function node(n: PlanNode): PlanNode {
  return {
    name: n.name,
    labels: sortedRecord(n.labels),
    taints: [...n.taints],
    unschedulable: n.unschedulable,
    allocatable: amounts(n.allocatable),
    requested: amounts(n.requested),
    pods: [...n.pods],
  };
}

function servicePort(p: PlanServicePort): PlanServicePort {
  return { name: p.name, protocol: p.protocol, port: p.port, targetPort: p.targetPort, nodePort: p.nodePort };
}

function endpoint(e: PlanEndpoint): PlanEndpoint {
  return { pod: e.pod, node: e.node, ready: e.ready, port: e.port };
}

function service(s: PlanService): PlanService {
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

function volumeClaim(v: PlanVolumeClaim): PlanVolumeClaim {
  return { namespace: v.namespace, name: v.name, phase: v.phase, volume: v.volume, storageClass: v.storageClass, capacity: v.capacity, message: v.message };
}

function cronJob(j: PlanCronJob): PlanCronJob {
  return { namespace: j.namespace, name: j.name, schedule: j.schedule, timeZone: j.timeZone, suspended: j.suspended, next: [...j.next] };
}

function ingress(r: PlanIngressRoute): PlanIngressRoute {
  return { namespace: r.namespace, ingress: r.ingress, host: r.host, path: r.path, service: r.service, port: r.port, readyEndpoints: r.readyEndpoints, problem: r.problem };
}

function event(e: PlanEvent): PlanEvent {
  return { type: e.type, reason: e.reason, object: e.object, message: e.message };
}

function range(r: SourceRange): SourceRange {
  return { start: { line: r.start.line, col: r.start.col }, end: { line: r.end.line, col: r.end.col } };
}

