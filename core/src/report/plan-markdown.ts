import { SEVERITY_RANK, type Diagnostic } from '../diagnostic.js';
import type { PlanDocument, PlanPod } from '../plan/plan-document.js';
import { displayRange, sortDiagnostics } from './display.js';
import { markdownText as md } from './markdown-escape.js';
import { isDiffPlan, planBaseText, sourceLocation } from './plan-facts.js';
import { planHeadline } from './plan-headline.js';
import { fitMarkdownBlocks, type MarkdownBlock } from './plan-markdown-budget.js';
import { changesMarkdown } from './plan-markdown-changes.js';
import { nodesMarkdown } from './plan-markdown-nodes.js';
import { placementsMarkdown, rolloutsMarkdown } from './plan-markdown-rollouts.js';
import { cronJobsMarkdown, eventsMarkdown, ingressMarkdown, markdownSection, servicesMarkdown, volumeClaimsMarkdown } from './plan-markdown-sections.js';
import { plural } from './plan-style.js';
import { ACTION_SYMBOL, planTree, type PlanTreeNode } from './plan-tree.js';

const CLUSTER_SOURCE: Readonly<Record<PlanDocument['cluster']['source'], string>> = {
  default: 'the built-in default cluster',
  file: 'the --cluster files',
  flag: 'the --nodes flags',
};

/**
 * `kubeplan plan --output markdown`, for a pull-request comment: the `Plan:` headline and what needs a look
 * (stuck rollouts, downtime, Pending pods), then — against a base — one collapsible `<details>` per changed
 * object with its diff, the rollouts and the pods that move, then one `<details>` table per section (nodes
 * before/after). Every value from the manifests goes through `markdownText` (or a fence no value can close),
 * so a name, message or diff cannot break the layout, inject HTML or mention anyone. Long sections are capped,
 * and the whole stays under GitHub's comment limit (`fitMarkdownBlocks`), saying what was left out.
 */
export function renderPlanMarkdown(doc: PlanDocument): string {
  const diffMode = isDiffPlan(doc);
  const blocks: MarkdownBlock[] = [
    { lines: headline(doc, diffMode) },
    { lines: diagnosticsMarkdown(doc.diagnostics), title: `Diagnostics (${doc.diagnostics.length})`, dropRank: 9 },
    diffMode ? changesMarkdown(doc.changes) : { lines: [] },
    { lines: rolloutsMarkdown(doc.rollouts), title: `Rollouts (${doc.rollouts.length})`, dropRank: 10 },
    { lines: placementsMarkdown(doc.placements), title: `Placement changes (${doc.placements.length})`, dropRank: 8 },
    { lines: objectsMarkdown(doc, diffMode), title: 'Objects', dropRank: 6 },
    { lines: pendingMarkdown(doc.pods), title: 'Pending pods', dropRank: 11 },
    { lines: nodesMarkdown(doc.nodes), title: `Nodes (${doc.nodes.length})`, dropRank: 7 },
    { lines: servicesMarkdown(doc.services), title: `Services (${doc.services.length})`, dropRank: 5 },
    { lines: volumeClaimsMarkdown(doc.volumeClaims), title: `Volume claims (${doc.volumeClaims.length})`, dropRank: 4 },
    { lines: cronJobsMarkdown(doc.cronJobs, doc.now), title: `CronJobs (${doc.cronJobs.length})`, dropRank: 3 },
    { lines: ingressMarkdown(doc.ingresses), title: `Ingress routes (${doc.ingresses.length})`, dropRank: 2 },
    { lines: eventsMarkdown(doc.events), title: 'Events', dropRank: 1 },
  ].filter((b) => b.lines.length > 0);
  return `${fitMarkdownBlocks(blocks).map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function headline(doc: PlanDocument, diffMode: boolean): string[] {
  const s = doc.summary;
  const errors = doc.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = doc.diagnostics.filter((d) => d.severity === 'warning').length;
  const downtime = doc.rollouts.filter((r) => r.downtime).length;
  const attention = [
    ...(s.rejected > 0 ? [`❌ ${plural(s.rejected, 'object')} rejected`] : []),
    ...(errors > 0 ? [`❌ ${plural(errors, 'error')} in the manifests`] : []),
    ...(s.stuckRollouts > 0 ? [`🛑 ${plural(s.stuckRollouts, 'rollout')} stuck`] : []),
    ...(downtime > 0 ? [`📉 ${plural(downtime, 'rollout')} with downtime`] : []),
    ...(s.podsPending > 0 ? [`⏳ ${plural(s.podsPending, 'pod')} pending`] : []),
    ...(warnings > 0 ? [`⚠️ ${plural(warnings, 'warning')}`] : []),
  ];
  const status = attention.length > 0 ? attention.join(' · ') : '✅ Every object is accepted and every pod is scheduled.';
  const against = diffMode ? ` · against ${md(planBaseText(doc.base))}` : '';
  const context = `Kubernetes ${md(doc.kubeVersion)} · ${plural(doc.nodes.length, 'node')} from ${CLUSTER_SOURCE[doc.cluster.source]}${against} · clock ${md(doc.now)}`;
  return ['### kubeplan plan', '', `**${planHeadline(s)}**`, '', status, ...callouts(doc), '', `<sub>${context}</sub>`];
}

/** One line per rollout that needs a reviewer: stuck (with the reason) or taking a Service down. */
function callouts(doc: PlanDocument): string[] {
  const lines = doc.rollouts.flatMap((r) => [
    ...(r.stuck ? [`- 🛑 **${md(r.object)}** is stuck: ${md(r.message ?? 'the rollout cannot progress')}`] : []),
    ...(r.downtime ? [`- 📉 **${md(r.object)}** leaves ${md(r.downtimeServices.join(', ') || 'a Service')} without ready endpoints during the rollout`] : []),
  ]);
  return lines.length > 0 ? ['', ...lines] : [];
}

function diagnosticsMarkdown(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return [];
  // Errors first: the reviewer reads the top of the table.
  const sorted = sortDiagnostics(diagnostics).sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const rows = sorted.map((d) => {
    const r = displayRange(d.range);
    return [d.severity, `${md(d.file)}:${r.line}:${r.column}`, md(d.rule), md(d.object !== undefined ? `${d.message} (${d.object})` : d.message)];
  });
  return markdownSection('Diagnostics', ['Severity', 'Location', 'Rule', 'Message'], rows, diagnostics.some((d) => d.severity === 'error'));
}

/** The objects table (generated objects under their owners); against a base, only the objects that change. */
function objectsMarkdown(doc: PlanDocument, diffMode: boolean): string[] {
  const objects = diffMode ? doc.objects.filter((o) => o.action !== 'unchanged') : doc.objects;
  const pods = new Map(doc.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
  const rows: string[][] = [];
  const walk = (nodes: readonly PlanTreeNode[], depth: number): void => {
    for (const n of nodes) {
      const o = n.object;
      // Non-breaking spaces indent generated objects under their owner (Markdown collapses plain spaces).
      const indent = depth > 0 ? `${'&nbsp;&nbsp;'.repeat(2 * (depth - 1))}└&nbsp;` : '';
      const name = o.namespace !== undefined ? `${o.namespace}/${o.name}` : o.name;
      rows.push([`\`${ACTION_SYMBOL[o.action]}\``, `${indent}${md(o.kind)} ${md(name)}`, md(sourceLocation(o)), objectResult(o.action, o.reason, pods.get(`${o.namespace ?? ''}/${o.name}`), o.kind)]);
      walk(n.children, depth + 1);
    }
  };
  walk(planTree(objects), 0);
  return markdownSection('Objects', ['', 'Object', 'Source', 'Result'], rows);
}

function objectResult(action: string, reason: string | undefined, pod: PlanPod | undefined, kind: string): string {
  if (action === 'rejected') return `**rejected**: ${md(reason ?? 'refused by the API server')}`;
  if (kind !== 'Pod' || pod === undefined) return '';
  return pod.node !== null ? `→ ${md(pod.node)}` : `**${md(pod.phase)}**`;
}

function pendingMarkdown(pods: readonly PlanPod[]): string[] {
  const rows = pods.filter((p) => p.phase === 'Pending').map((p) => [md(`${p.namespace}/${p.name}`), md(p.owner), md(p.message ?? 'not scheduled yet')]);
  return markdownSection('Pending pods', ['Pod', 'Owner', 'Scheduler'], rows, true);
}
