/**
 * The Plan view's data: the plan document (`kubeplan.plan`'s `document`, docs/plan-json.md) turned into what
 * the page draws — nodes with their bars and pods, Pending pods with their reasons, Services with their
 * endpoints, and against a base the changes and rollouts. Pure, so it is tested without VS Code.
 */
import type { JsonPlanDocument, PlanPod } from '@kubeplan/core';
import { pendingReasons } from './pending-reasons.js';

/** Where an object is written (1-based line), so a click can open it. */
export interface SourceLocation {
  file: string;
  line: number;
}

export interface ResourceBar {
  resource: 'cpu' | 'memory' | 'pods';
  /** `1.25 / 4 cores`, `512Mi / 16Gi`, `3 / 110`. */
  label: string;
  /** Requested over allocatable, 0–1 (more than 1 is over-committed and drawn full). */
  fraction: number;
  /** The fraction before the change, against a base. */
  before?: number;
}

export type PodState = 'running' | 'pending' | 'done' | 'failed';

export interface PodView {
  /** `namespace/name`. */
  id: string;
  name: string;
  owner: string;
  /** Index of the owner in `owners`: the page's colour for it. */
  colour: number;
  state: PodState;
  location?: SourceLocation;
}

export interface NodeView {
  name: string;
  zone?: string;
  taints: string[];
  unschedulable: boolean;
  bars: ResourceBar[];
  pods: PodView[];
}

export interface PendingView {
  pod: PodView;
  message: string;
  reasons: string[];
}

export interface ServiceView {
  id: string;
  type: string;
  address: string;
  ports: string;
  endpoints: { pod: string; node: string | null; ready: boolean }[];
  location?: SourceLocation;
}

export interface ChangeView {
  action: 'create' | 'update' | 'delete' | 'replace';
  object: string;
  fields: string[];
  reason?: string;
  location?: SourceLocation;
}

export interface RolloutView {
  object: string;
  strategy: string;
  steps: { step: number; old: number; new: number; available: number; total: number; note?: string }[];
  stuck: boolean;
  downtime: boolean;
  message?: string;
  location?: SourceLocation;
}

export interface PlanView {
  /** `12 pods · 1 pending · 3 errors`. */
  headline: string;
  /** `Plan: 5 to add, 0 to change, 0 to destroy.` */
  summary: string;
  kubeVersion: string;
  cluster: string;
  base: string | null;
  owners: { owner: string; location?: SourceLocation }[];
  nodes: NodeView[];
  pending: PendingView[];
  rejected: { object: string; reason: string; location?: SourceLocation }[];
  services: ServiceView[];
  changes: ChangeView[];
  rollouts: RolloutView[];
  /** The object the view was opened for (`Deployment/shop/web`), highlighted. */
  focus?: string;
}

const MI = 1024 * 1024;

function memory(bytes: number): string {
  if (bytes >= 1024 * MI) return `${+(bytes / (1024 * MI)).toFixed(1)}Gi`;
  return `${Math.round(bytes / MI)}Mi`;
}

function cores(milli: number): string {
  return milli % 1000 === 0 ? `${milli / 1000}` : `${+(milli / 1000).toFixed(2)}`;
}

function ratio(used: number, total: number): number {
  return total > 0 ? used / total : used > 0 ? 1 : 0;
}

function bars(n: JsonPlanDocument['nodes'][number]): ResourceBar[] {
  const a = n.allocatable;
  const r = n.requested;
  const b = n.requestedBefore;
  const out: ResourceBar[] = [
    { resource: 'cpu', label: `cpu ${cores(r.cpu)} / ${cores(a.cpu)}`, fraction: ratio(r.cpu, a.cpu) },
    { resource: 'memory', label: `memory ${memory(r.memory)} / ${memory(a.memory)}`, fraction: ratio(r.memory, a.memory) },
    { resource: 'pods', label: `pods ${r.pods} / ${a.pods}`, fraction: ratio(r.pods, a.pods) },
  ];
  if (b !== undefined) {
    const [cpu, mem, pods] = out;
    if (cpu) cpu.before = ratio(b.cpu, a.cpu);
    if (mem) mem.before = ratio(b.memory, a.memory);
    if (pods) pods.before = ratio(b.pods, a.pods);
  }
  return out;
}

function stateOf(p: PlanPod): PodState {
  if (p.phase === 'Pending') return 'pending';
  if (p.phase === 'Succeeded') return 'done';
  if (p.phase === 'Failed') return 'failed';
  return 'running';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The status-bar and header line: `12 pods · 1 pending · 3 errors`. */
export function headline(doc: Pick<JsonPlanDocument, 'pods' | 'summary' | 'diagnostics'>): string {
  const errors = doc.diagnostics.filter((d) => d.severity === 'error').length;
  return `${plural(doc.pods.length, 'pod')} · ${doc.summary.podsPending} pending · ${plural(errors, 'error')}`;
}

/** Turns a plan document into the Plan view's data; `focus` is a `Kind/namespace/name` to highlight. */
export function planView(doc: JsonPlanDocument, focus?: string): PlanView {
  const locations = new Map<string, SourceLocation>();
  for (const o of doc.objects) {
    if (o.generated || o.file === undefined || o.line === undefined) continue;
    if (!locations.has(o.owner)) locations.set(o.owner, { file: o.file, line: o.line });
  }
  const owners = [...new Set(doc.pods.map((p) => p.owner))].sort();
  const colour = new Map(owners.map((o, i) => [o, i]));
  const pods = new Map<string, PodView>();
  const pending: PendingView[] = [];
  for (const p of doc.pods) {
    const id = `${p.namespace}/${p.name}`;
    const location = locations.get(p.owner);
    const view: PodView = { id, name: p.name, owner: p.owner, colour: colour.get(p.owner) ?? 0, state: stateOf(p), ...(location ? { location } : {}) };
    pods.set(id, view);
    if (p.phase === 'Pending' && p.node === null) pending.push({ pod: view, message: p.message ?? 'not scheduled', reasons: pendingReasons(p.message ?? '') });
  }
  const nodes: NodeView[] = doc.nodes.map((n) => {
    const zone = n.labels['topology.kubernetes.io/zone'];
    return {
      name: n.name,
      ...(zone !== undefined ? { zone } : {}),
      taints: n.taints,
      unschedulable: n.unschedulable,
      bars: bars(n),
      // Pods already running in a cluster dump are not in `pods`: drawn in a neutral colour.
      pods: n.pods.map((id) => pods.get(id) ?? { id, name: id.slice(id.indexOf('/') + 1), owner: '', colour: -1, state: 'running' }),
    };
  });
  const s = doc.summary;
  return {
    headline: headline(doc),
    summary: `Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy.${s.rejected > 0 ? ` ${s.rejected} rejected.` : ''}`,
    kubeVersion: doc.kubeVersion,
    cluster: `${plural(doc.cluster.nodes, 'node')} (${doc.cluster.source === 'default' ? 'built-in default cluster' : doc.cluster.source === 'file' ? 'cluster file' : '--nodes'})`,
    base: doc.base,
    owners: owners.map((owner) => ({ owner, ...(locations.has(owner) ? { location: locations.get(owner) as SourceLocation } : {}) })),
    nodes,
    pending,
    rejected: doc.objects
      .filter((o) => o.action === 'rejected')
      .map((o) => ({ object: o.owner, reason: o.reason ?? 'rejected', ...(o.file !== undefined && o.line !== undefined ? { location: { file: o.file, line: o.line } } : {}) })),
    services: doc.services.map((v) => {
      const id = `Service/${v.namespace}/${v.name}`;
      const location = locations.get(id);
      return {
        id,
        type: v.type,
        address: v.externalName ?? v.clusterIP ?? '',
        ports: v.ports.map((p) => `${p.port}→${p.targetPort}/${p.protocol}`).join(', '),
        endpoints: v.endpoints.map((e) => ({ pod: e.pod, node: e.node, ready: e.ready })),
        ...(location ? { location } : {}),
      };
    }),
    changes: doc.changes.map((c) => ({
      action: c.action,
      object: c.object,
      fields: c.fields,
      ...(c.replaceReason !== undefined ? { reason: c.replaceReason } : {}),
      ...(c.file !== undefined && c.line !== undefined ? { location: { file: c.file, line: c.line } } : {}),
    })),
    rollouts: doc.rollouts.map((r) => {
      const location = locations.get(r.object);
      return {
        object: r.object,
        strategy: r.strategy,
        steps: r.steps.map((st) => ({ step: st.step, old: st.old, new: st.new, available: st.available, total: st.total, ...(st.note !== undefined ? { note: st.note } : {}) })),
        stuck: r.stuck,
        downtime: r.downtime,
        ...(r.message !== undefined ? { message: r.message } : {}),
        ...(location ? { location } : {}),
      };
    }),
    ...(focus !== undefined ? { focus } : {}),
  };
}
