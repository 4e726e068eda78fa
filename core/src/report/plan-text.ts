import type { Diagnostic } from '../diagnostic.js';
import type { PlanDocument, PlanNode, PlanPod, ResourceAmounts } from '../plan/plan-document.js';
import { displayRange, sortDiagnostics } from './display.js';
import { humanBytes, humanCpu } from './human-units.js';
import { nodeZone } from './plan-facts.js';
import { planHeadline } from './plan-headline.js';
import { planStyle, plural, safeText, type Palette } from './plan-style.js';
import { objectsSection } from './plan-text-objects.js';
import { placementsSection, rolloutsSection } from './plan-text-rollouts.js';
import { cronJobsSection, eventsSection, ingressSection, servicesSection, volumeClaimsSection } from './plan-text-sections.js';
import { textTable } from './text-table.js';
import { usageBar } from './usage-bar.js';

export interface PlanTextOptions {
  /** ANSI colours. The caller decides (TTY, `--color`, `NO_COLOR`); the renderer never looks at the environment. */
  color: boolean;
}

/** Error-level findings listed before "run kubeplan lint" takes over. */
const MAX_LISTED_ERRORS = 10;
const CLUSTER_SOURCE: Readonly<Record<PlanDocument['cluster']['source'], string>> = {
  default: 'built-in default cluster',
  file: 'from --cluster',
  flag: 'from --nodes',
};

/**
 * `kubeplan plan` for people, like `terraform plan`: the findings, the objects to create as a tree (generated
 * objects under their owners) — against a base, the objects that change with their field diffs —, the
 * rollouts step by step, pods that move, the nodes with their utilization (before → after against a base),
 * Pending pods, Services, volume claims, CronJobs, Ingress routes, notable events and the `Plan: ...` line.
 * Sections with nothing to show are left out.
 */
export function renderPlanText(doc: PlanDocument, opts: PlanTextOptions): string {
  const c = planStyle(opts.color);
  const sections = [
    diagnosticsSection(doc.diagnostics, c),
    objectsSection(doc, c),
    rolloutsSection(doc.rollouts, c),
    placementsSection(doc.placements, c),
    nodesSection(doc, c),
    pendingSection(doc.pods, c),
    servicesSection(doc.services, c),
    volumeClaimsSection(doc.volumeClaims, c),
    cronJobsSection(doc.cronJobs, doc.now, c),
    ingressSection(doc.ingresses, c),
    eventsSection(doc.events, c),
  ].filter((lines) => lines.length > 0);
  const headline = c.bold(planHeadline(doc.summary));
  return `${[...sections.map((lines) => lines.join('\n')), headline].join('\n\n')}\n`;
}

function diagnosticsSection(diagnostics: readonly Diagnostic[], c: Palette): string[] {
  if (diagnostics.length === 0) return [c.green('✔ No problems found in the manifests')];
  const count = (severity: Diagnostic['severity']): number => diagnostics.filter((d) => d.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const head = `${c.bold('Diagnostics:')} ${errors > 0 ? c.red(plural(errors, 'error')) : plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${count('info')} info`;
  const listed = sortDiagnostics(diagnostics.filter((d) => d.severity === 'error'));
  const rows = listed.slice(0, MAX_LISTED_ERRORS).map((d) => {
    const r = displayRange(d.range);
    const message = d.object !== undefined ? `${d.message} (${d.object})` : d.message;
    return [`${safeText(d.file)}:${r.line}:${r.column}`, c.red('error'), c.dim(safeText(d.rule)), safeText(message)];
  });
  const more = listed.length - rows.length;
  const tail = more > 0 || warnings + count('info') > 0 ? [c.dim(`  ${more > 0 ? `… and ${more} more errors; ` : ''}run kubeplan lint for every finding`)] : [];
  return [head, ...textTable(rows), ...tail];
}

function nodesSection(doc: PlanDocument, c: Palette): string[] {
  const moved = doc.nodes.some((n) => n.requestedBefore !== undefined) ? '; requests before → after' : '';
  const head = c.bold(`Nodes (${doc.nodes.length}, ${CLUSTER_SOURCE[doc.cluster.source]}, Kubernetes ${safeText(doc.kubeVersion)}${moved})`);
  if (doc.nodes.length === 0) return [head];
  const notes = doc.nodes.map((n) => nodeNotes(n, c));
  const withNotes = notes.some((s) => s !== '');
  const rows = doc.nodes.map((n, i) => [
    safeText(n.name),
    safeText(nodeZone(n)),
    usageBar(n.requested.cpu, n.allocatable.cpu, c),
    `${change(n.requestedBefore, n.requested, 'cpu', humanCpu)}/${humanCpu(n.allocatable.cpu)}`,
    usageBar(n.requested.memory, n.allocatable.memory, c),
    `${change(n.requestedBefore, n.requested, 'memory', humanBytes)}/${humanBytes(n.allocatable.memory)}`,
    `${n.requestedBefore !== undefined && n.requestedBefore.pods !== n.pods.length ? `${n.requestedBefore.pods} → ` : ''}${n.pods.length}/${n.allocatable.pods}`,
    ...(withNotes ? [notes[i] ?? ''] : []),
  ]);
  const header = ['NAME', 'ZONE', 'CPU', 'REQ/ALLOC', 'MEMORY', 'REQ/ALLOC', 'PODS', ...(withNotes ? ['NOTES'] : [])].map(c.dim);
  return [head, ...textTable([header, ...rows], { align: ['left', 'left', 'left', 'right', 'left', 'right', 'right'] })];
}

/** `1.5 → 2.25` when the requests moved (against a base), else the amount alone. */
function change(before: ResourceAmounts | undefined, after: ResourceAmounts, key: 'cpu' | 'memory', unit: (n: number) => string): string {
  return before !== undefined && before[key] !== after[key] ? `${unit(before[key])} → ${unit(after[key])}` : unit(after[key]);
}

function nodeNotes(n: PlanNode, c: Palette): string {
  const notes = [...(n.unschedulable ? [c.yellow('cordoned')] : []), ...n.taints.map((t) => c.dim(safeText(t)))];
  return notes.join(', ');
}

function pendingSection(pods: readonly PlanPod[], c: Palette): string[] {
  const pending = pods.filter((p) => p.phase === 'Pending');
  if (pending.length === 0) return [];
  const lines = [c.bold(c.yellow(`Pending pods (${pending.length})`))];
  for (const p of pending) {
    const nominated = p.nominatedNode !== undefined ? c.dim(`  nominated: ${safeText(p.nominatedNode)}`) : '';
    lines.push(`  ${c.yellow(safeText(`${p.namespace}/${p.name}`))}  ${c.dim(safeText(p.owner))}${nominated}`);
    lines.push(`      ${safeText(p.message ?? 'not scheduled yet')}`);
  }
  return lines;
}
