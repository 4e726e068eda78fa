import type { PlanDocument, PlanPod, PlanService } from '@kubeplan/core';

/** Where the plan puts a workload's pods. */
export interface Placement {
  pods: PlanPod[];
  scheduled: number;
  /** Nodes holding its pods, sorted. */
  nodes: string[];
  pending: number;
  /** The scheduler's reasons for the Pending pods, most frequent first (`Insufficient cpu`). */
  reasons: string[];
}

/**
 * The reasons of a kube-scheduler FitError (`0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had
 * untolerated taint(s). preemption: ...`), without their node counts; the message itself when it is not one.
 */
export function fitReasons(message: string): string[] {
  const m = /nodes are available: (.*?)\.(?: preemption:|$)/.exec(message);
  if (m === null) return [message];
  return (m[1] as string).split(', ').map((r) => r.replace(/^\d+ /, ''));
}

/** The plan's pods of a workload (`Deployment/shop/web`), with where they land and why some do not. */
export function workloadPlacement(doc: PlanDocument, owner: string): Placement | undefined {
  const pods = doc.pods.filter((p) => p.owner === owner);
  if (pods.length === 0) return undefined;
  const nodes = [...new Set(pods.flatMap((p) => (p.node === null ? [] : [p.node])))].sort();
  const counts = new Map<string, number>();
  for (const p of pods) {
    if (p.node !== null) continue;
    for (const r of fitReasons(p.message ?? 'Pending')) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  const reasons = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
  const scheduled = pods.filter((p) => p.node !== null).length;
  return { pods, scheduled, nodes, pending: pods.length - scheduled, reasons };
}

/** `3/3 scheduled: node-a, node-b · 1 Pending: Insufficient cpu`. */
export function placementTitle(p: Placement): string {
  const nodes = p.nodes.length > 3 ? `${p.nodes.slice(0, 3).join(', ')}, +${p.nodes.length - 3}` : p.nodes.join(', ');
  const head = `${p.scheduled}/${p.pods.length} scheduled${nodes === '' ? '' : `: ${nodes}`}`;
  return p.pending === 0 ? head : `${head} · ${p.pending} Pending: ${p.reasons.join('; ')}`;
}

export function planService(doc: PlanDocument, namespace: string, name: string): PlanService | undefined {
  return doc.services.find((s) => s.namespace === namespace && s.name === name);
}

/** `3 ready endpoints` (`1 ready endpoint`, `0 ready endpoints (2 not ready)`). */
export function endpointsTitle(s: PlanService): string {
  const ready = new Set(s.endpoints.filter((e) => e.ready).map((e) => e.pod)).size;
  const notReady = new Set(s.endpoints.filter((e) => !e.ready).map((e) => e.pod)).size;
  const head = `${ready} ready endpoint${ready === 1 ? '' : 's'}`;
  if (s.type === 'ExternalName') return `ExternalName: ${s.externalName ?? ''}`;
  return notReady === 0 ? head : `${head} (${notReady} not ready)`;
}
