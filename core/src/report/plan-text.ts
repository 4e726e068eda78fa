import type { Diagnostic } from '../diagnostic.js';
import type { PlanDocument, PlanNode, PlanPod } from '../plan/plan-document.js';
import { displayRange, sortDiagnostics } from './display.js';
import { humanBytes, humanCpu } from './human-units.js';
import { nodeZone } from './plan-facts.js';
import { planHeadline } from './plan-headline.js';
import { planStyle, plural, safeText, type Palette } from './plan-style.js';
import { cronJobsSection, eventsSection, ingressSection, servicesSection, volumeClaimsSection } from './plan-text-sections.js';
import { ACTION_SYMBOL, planTree, type PlanTreeNode } from './plan-tree.js';
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
 * objects under their owners), the nodes with their utilization, Pending pods, Services, volume claims,
 * CronJobs, Ingress routes, notable events and the `Plan: ...` line. Sections with nothing to show are left out.
 */
export function renderPlanText(doc: PlanDocument, opts: PlanTextOptions): string {
  const c = planStyle(opts.color);
  const sections = [
    diagnosticsSection(doc.diagnostics, c),
    objectsSection(doc, c),
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

function objectsSection(doc: PlanDocument, c: Palette): string[] {
  if (doc.objects.length === 0) return [c.bold('Objects: none')];
  const pods = new Map(doc.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
  const lines = [c.bold('Objects')];
  const walk = (nodes: readonly PlanTreeNode[], prefix: string, depth: number): void => {
    nodes.forEach((n, i) => {
      const last = i === nodes.length - 1;
      const branch = depth === 0 ? '' : last ? '└─ ' : '├─ ';
      lines.push(`  ${prefix}${branch}${objectLine(n, pods, c)}`);
      walk(n.children, depth === 0 ? `${prefix}  ` : `${prefix}${last ? '   ' : '│  '}`, depth + 1);
    });
  };
  walk(planTree(doc.objects), '', 0);
  return lines;
}

function objectLine(n: PlanTreeNode, pods: ReadonlyMap<string, PlanPod>, c: Palette): string {
  const o = n.object;
  const symbol = ACTION_SYMBOL[o.action];
  const styled =
    o.action === 'rejected' || o.action === 'delete' || o.action === 'replace'
      ? c.red(symbol)
      : o.action === 'update'
        ? c.yellow(symbol)
        : o.action === 'create'
          ? c.green(symbol)
          : c.dim(symbol);
  const name = safeText(o.namespace !== undefined ? `${o.namespace}/${o.name}` : o.name);
  let line = `${styled} ${safeText(o.kind)} ${name}`;
  if (o.action === 'rejected') return `${line}  ${c.red('rejected:')} ${safeText(o.reason ?? 'refused by the API server')}`;
  const pod = o.kind === 'Pod' ? pods.get(`${o.namespace ?? ''}/${o.name}`) : undefined;
  if (pod !== undefined) line += pod.node !== null ? `  → ${safeText(pod.node)}` : `  ${c.yellow(pod.phase)}`;
  if (o.file !== undefined) line += `  ${c.dim(`${safeText(o.file)}${o.line !== undefined ? `:${o.line}` : ''}`)}`;
  return line;
}

function nodesSection(doc: PlanDocument, c: Palette): string[] {
  const head = c.bold(`Nodes (${doc.nodes.length}, ${CLUSTER_SOURCE[doc.cluster.source]}, Kubernetes ${safeText(doc.kubeVersion)})`);
  if (doc.nodes.length === 0) return [head];
  const notes = doc.nodes.map((n) => nodeNotes(n, c));
  const withNotes = notes.some((s) => s !== '');
  const rows = doc.nodes.map((n, i) => [
    safeText(n.name),
    safeText(nodeZone(n)),
    usageBar(n.requested.cpu, n.allocatable.cpu, c),
    `${humanCpu(n.requested.cpu)}/${humanCpu(n.allocatable.cpu)}`,
    usageBar(n.requested.memory, n.allocatable.memory, c),
    `${humanBytes(n.requested.memory)}/${humanBytes(n.allocatable.memory)}`,
    `${n.pods.length}/${n.allocatable.pods}`,
    ...(withNotes ? [notes[i] ?? ''] : []),
  ]);
  const header = ['NAME', 'ZONE', 'CPU', 'REQ/ALLOC', 'MEMORY', 'REQ/ALLOC', 'PODS', ...(withNotes ? ['NOTES'] : [])].map(c.dim);
  return [head, ...textTable([header, ...rows], { align: ['left', 'left', 'left', 'right', 'left', 'right', 'right'] })];
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
