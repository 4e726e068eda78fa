import { SEVERITY_RANK, type Diagnostic } from '../diagnostic.js';
import type { PlanDocument, PlanPod } from '../plan/plan-document.js';
import { displayRange, sortDiagnostics } from './display.js';
import { humanBytes, humanCpu } from './human-units.js';
import { markdownDetails, markdownTable, markdownText as md } from './markdown-escape.js';
import { nodeZone } from './plan-facts.js';
import { planHeadline } from './plan-headline.js';
import { cronJobsMarkdown, eventsMarkdown, ingressMarkdown, servicesMarkdown, volumeClaimsMarkdown } from './plan-markdown-sections.js';
import { planStyle, plural } from './plan-style.js';
import { ACTION_SYMBOL, planTree, type PlanTreeNode } from './plan-tree.js';
import { usageBar } from './usage-bar.js';

const PLAIN = planStyle(false);
const CLUSTER_SOURCE: Readonly<Record<PlanDocument['cluster']['source'], string>> = {
  default: 'the built-in default cluster',
  file: 'the --cluster files',
  flag: 'the --nodes flags',
};

/**
 * `kubeplan plan --output markdown`, for a pull-request comment: the `Plan:` headline and what needs a look,
 * then one collapsible `<details>` per section with a table. Every value from the manifests goes through
 * `markdownText`, so a name or message cannot break the tables, inject HTML or mention anyone.
 */
export function renderPlanMarkdown(doc: PlanDocument): string {
  const blocks = [
    headline(doc),
    diagnosticsMarkdown(doc.diagnostics),
    objectsMarkdown(doc),
    pendingMarkdown(doc.pods),
    nodesMarkdown(doc),
    servicesMarkdown(doc.services),
    volumeClaimsMarkdown(doc.volumeClaims),
    cronJobsMarkdown(doc.cronJobs, doc.now),
    ingressMarkdown(doc.ingresses),
    eventsMarkdown(doc.events),
  ].filter((lines) => lines.length > 0);
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function headline(doc: PlanDocument): string[] {
  const s = doc.summary;
  const errors = doc.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = doc.diagnostics.filter((d) => d.severity === 'warning').length;
  const attention = [
    ...(s.rejected > 0 ? [`❌ ${plural(s.rejected, 'object')} rejected`] : []),
    ...(errors > 0 ? [`❌ ${plural(errors, 'error')} in the manifests`] : []),
    ...(s.podsPending > 0 ? [`⏳ ${plural(s.podsPending, 'pod')} pending`] : []),
    ...(warnings > 0 ? [`⚠️ ${plural(warnings, 'warning')}`] : []),
  ];
  const status = attention.length > 0 ? attention.join(' · ') : '✅ Every object is accepted and every pod is scheduled.';
  const context = `Kubernetes ${md(doc.kubeVersion)} · ${plural(doc.nodes.length, 'node')} from ${CLUSTER_SOURCE[doc.cluster.source]} · clock ${md(doc.now)}`;
  return ['### kubeplan plan', '', `**${planHeadline(s)}**`, '', status, '', `<sub>${context}</sub>`];
}

function diagnosticsMarkdown(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return [];
  // Errors first: the reviewer reads the top of the table.
  const sorted = sortDiagnostics(diagnostics).sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const rows = sorted.map((d) => {
    const r = displayRange(d.range);
    return [d.severity, `${md(d.file)}:${r.line}:${r.column}`, md(d.rule), md(d.object !== undefined ? `${d.message} (${d.object})` : d.message)];
  });
  const errors = diagnostics.some((d) => d.severity === 'error');
  return markdownDetails(`Diagnostics (${diagnostics.length})`, markdownTable(['Severity', 'Location', 'Rule', 'Message'], rows), errors);
}

function objectsMarkdown(doc: PlanDocument): string[] {
  if (doc.objects.length === 0) return [];
  const pods = new Map(doc.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
  const rows: string[][] = [];
  const walk = (nodes: readonly PlanTreeNode[], depth: number): void => {
    for (const n of nodes) {
      const o = n.object;
      // Non-breaking spaces indent generated objects under their owner (Markdown collapses plain spaces).
      const indent = depth > 0 ? `${'&nbsp;&nbsp;'.repeat(2 * (depth - 1))}└&nbsp;` : '';
      const name = o.namespace !== undefined ? `${o.namespace}/${o.name}` : o.name;
      const where = o.file !== undefined ? `${o.file}${o.line !== undefined ? `:${o.line}` : ''}` : '';
      rows.push([`\`${ACTION_SYMBOL[o.action]}\``, `${indent}${md(o.kind)} ${md(name)}`, md(where), objectResult(o.action, o.reason, pods.get(`${o.namespace ?? ''}/${o.name}`), o.kind)]);
      walk(n.children, depth + 1);
    }
  };
  walk(planTree(doc.objects), 0);
  return markdownDetails(`Objects (${doc.objects.length})`, markdownTable(['', 'Object', 'Source', 'Result'], rows));
}

function objectResult(action: string, reason: string | undefined, pod: PlanPod | undefined, kind: string): string {
  if (action === 'rejected') return `**rejected**: ${md(reason ?? 'refused by the API server')}`;
  if (kind !== 'Pod' || pod === undefined) return '';
  return pod.node !== null ? `→ ${md(pod.node)}` : `**${md(pod.phase)}**`;
}

function pendingMarkdown(pods: readonly PlanPod[]): string[] {
  const pending = pods.filter((p) => p.phase === 'Pending');
  if (pending.length === 0) return [];
  const rows = pending.map((p) => [md(`${p.namespace}/${p.name}`), md(p.owner), md(p.message ?? 'not scheduled yet')]);
  return markdownDetails(`Pending pods (${pending.length})`, markdownTable(['Pod', 'Owner', 'Scheduler'], rows), true);
}

function nodesMarkdown(doc: PlanDocument): string[] {
  if (doc.nodes.length === 0) return [];
  const rows = doc.nodes.map((n) => {
    const notes = [...(n.unschedulable ? ['cordoned'] : []), ...n.taints];
    return [
      md(n.name),
      md(nodeZone(n)),
      `${usageBar(n.requested.cpu, n.allocatable.cpu, PLAIN).replace(/ +/, ' ')} (${humanCpu(n.requested.cpu)} of ${humanCpu(n.allocatable.cpu)})`,
      `${usageBar(n.requested.memory, n.allocatable.memory, PLAIN).replace(/ +/, ' ')} (${humanBytes(n.requested.memory)} of ${humanBytes(n.allocatable.memory)})`,
      `${n.pods.length}/${n.allocatable.pods}`,
      md(notes.join(', ')),
    ];
  });
  return markdownDetails(`Nodes (${doc.nodes.length})`, markdownTable(['Node', 'Zone', 'CPU requests', 'Memory requests', 'Pods', 'Notes'], rows));
}
