import type { PlanDocument, PlanEvent, PlanNode, PlanService, PlanServicePort } from '../plan/plan-document.js';

/** Facts derived from a PlanDocument the same way for every plan renderer (text, Markdown). */

/** Normal events still worth a line: something was taken away from a running pod. */
const NOTABLE_NORMAL_REASONS: ReadonlySet<string> = new Set(['Preempted', 'Evicted', 'Killing']);

/**
 * The events worth reading: warnings (FailedCreate, rejections...) and evictions or preemptions. Scheduling
 * failures are left to the Pending pods section, routine Normal events (Scheduled, SuccessfulCreate) out.
 */
export function notableEvents(events: readonly PlanEvent[]): PlanEvent[] {
  return events.filter((e) => (e.type === 'Warning' && e.reason !== 'FailedScheduling') || NOTABLE_NORMAL_REASONS.has(e.reason));
}

/** `80:30080/TCP → 8080`: port, node port, protocol as kubectl shows them, then the target port. */
export function servicePortText(p: PlanServicePort): string {
  const nodePort = p.nodePort !== undefined ? `:${p.nodePort}` : '';
  return `${p.port}${nodePort}/${p.protocol} → ${p.targetPort}`;
}

/** Endpoint pods behind a Service: how many are ready, of how many. */
export function endpointPods(s: PlanService): { ready: number; total: number } {
  const total = new Set(s.endpoints.map((e) => e.pod)).size;
  const ready = new Set(s.endpoints.filter((e) => e.ready).map((e) => e.pod)).size;
  return { ready, total };
}

/** The node's zone label, `-` without one. */
export function nodeZone(n: PlanNode): string {
  return n.labels['topology.kubernetes.io/zone'] ?? '-';
}

/** `app.yaml:12`, `app.yaml` without a line, `` without a file. */
export function sourceLocation(s: { file?: string; line?: number }): string {
  return s.file === undefined ? '' : `${s.file}${s.line !== undefined ? `:${s.line}` : ''}`;
}

/**
 * A plan against something (`--base`, or the live objects of a `--cluster` dump): the renderers show what
 * changes. Without one, every object is a create and the plan reads as before the diff engine existed.
 */
export function isDiffPlan(doc: Pick<PlanDocument, 'base' | 'changes'>): boolean {
  return doc.base !== null || doc.changes.length > 0;
}

/** What the plan compares with, for a heading: `git:HEAD~1`, a path, `the live objects of --cluster`. */
export function planBaseText(base: string | null): string {
  return base === null || base === 'cluster' ? 'the live objects of --cluster' : base;
}
