/**
 * The Plan view as one self-contained HTML page: no CDN, no external file, a strict Content-Security-Policy
 * (nothing but the nonce'd style and script). Pure: the same page renders in VS Code's webview and in
 * headless Chromium for the tests.
 */
import { barSvg, changesSvg, rolloutSvg } from './charts.js';
import { esc } from './escape.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';
import type { NodeView, PlanView, PodView, SourceLocation } from './view-model.js';

export interface RenderOptions {
  /** A fresh random value per render: the only script and style allowed run under it. */
  nonce: string;
  /** The webview's `cspSource` (its resource origin); `'none'`-like outside VS Code. */
  cspSource: string;
}

function at(loc: SourceLocation | undefined): string {
  return loc === undefined ? '' : ` data-file="${esc(loc.file)}" data-line="${loc.line}"`;
}

function focusClass(view: PlanView, owner: string): string {
  return view.focus !== undefined && view.focus === owner ? ' focus' : '';
}

function pod(view: PlanView, p: PodView): string {
  const owner = p.colour < 0 ? 'owner-x' : `owner-${p.colour % 8}`;
  return `<span class="pod ${p.state} ${owner}${focusClass(view, p.owner)}" data-pod="${esc(p.id)}" data-owner="${esc(p.owner)}" title="${esc(`${p.id} (${p.owner || 'already running'}) ${p.state}`)}"${at(p.location)}>${esc(p.name)}</span>`;
}

function node(view: PlanView, n: NodeView): string {
  const flags = [n.unschedulable ? 'cordoned' : '', ...n.taints].filter((t) => t !== '');
  return `<section class="node${n.unschedulable ? ' cordoned' : ''}" data-node="${esc(n.name)}">
<h3><span>${esc(n.name)}</span>${n.zone !== undefined ? `<span class="zone">${esc(n.zone)}</span>` : ''}</h3>
${flags.map((t) => `<div class="taint">${esc(t)}</div>`).join('')}
${n.bars.map((b) => `<div class="bar-row"><span>${esc(b.label)}</span>${barSvg(b)}</div>`).join('')}
<div class="pods">${n.pods.length === 0 ? '<span class="empty">no pods</span>' : n.pods.map((p) => pod(view, p)).join('')}</div>
</section>`;
}

function legend(view: PlanView): string {
  if (view.owners.length === 0) return '';
  return `<div class="legend">${view.owners
    .map((o, i) => `<span class="owner${focusClass(view, o.owner)}"${at(o.location)}><span class="swatch owner-${i % 8}"></span>${esc(o.owner)}</span>`)
    .join('')}</div>`;
}

function pending(view: PlanView): string {
  if (view.pending.length === 0) return '<p class="empty">Every pod is scheduled.</p>';
  return `<ul class="pending-list">${view.pending
    .map((p) => `<li class="pending-pod${focusClass(view, p.pod.owner)}" data-pod="${esc(p.pod.id)}"${at(p.pod.location)}><strong>${esc(p.pod.id)}</strong> <span class="meta">${esc(p.pod.owner)}</span>
<ul>${p.reasons.map((r) => `<li class="reason">${esc(r)}</li>`).join('')}</ul></li>`)
    .join('')}</ul>`;
}

function services(view: PlanView): string {
  if (view.services.length === 0) return '<p class="empty">No Services.</p>';
  const rows = view.services.map((s) => {
    const eps = s.endpoints.length === 0
      ? '<span class="not-ready">no endpoints</span>'
      : s.endpoints.map((e) => `<span class="${e.ready ? 'ready' : 'not-ready'}">${esc(e.pod)}${e.node ? ` @ ${esc(e.node)}` : ''}</span>`).join('<br>');
    return `<tr class="service${focusClass(view, s.id)}" data-service="${esc(s.id)}"><td${at(s.location)}>${esc(s.id)}</td><td>${esc(s.type)}</td><td>${esc(s.address)}</td><td>${esc(s.ports)}</td><td>${eps}</td></tr>`;
  });
  return `<table><thead><tr><th>Service</th><th>type</th><th>address</th><th>ports</th><th>endpoints</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function changes(view: PlanView): string {
  if (view.base === null) return '';
  const list = view.changes
    .map((c) => `<li class="change"${at(c.location)}><span class="action-${c.action}">${esc(c.action)}</span> ${esc(c.object)}${c.fields.length > 0 ? ` <span class="meta">${esc(c.fields.join(', '))}</span>` : ''}${c.reason ? ` <span class="reason">${esc(c.reason)}</span>` : ''}</li>`)
    .join('');
  const rollouts = view.rollouts
    .map((r) => `<div class="rollout${focusClass(view, r.object)}"${at(r.location)}>${rolloutSvg(r)}<div><strong>${esc(r.object)}</strong> ${esc(r.strategy)}, ${r.steps.length - 1} steps
${r.stuck ? '<span class="badge not-ready">stuck</span>' : ''}${r.downtime ? '<span class="badge not-ready">downtime</span>' : ''}${r.message ? `<div class="reason">${esc(r.message)}</div>` : ''}</div></div>`)
    .join('');
  return `<h2>Changes against ${esc(view.base)}</h2>${changesSvg(view.changes)}<ul class="changes">${list || '<li class="empty">No changes.</li>'}</ul>
${view.rollouts.length > 0 ? `<h2>Rollouts</h2>${rollouts}` : ''}`;
}

/** The whole page for a Plan view. */
export function renderPlanHtml(view: PlanView, options: RenderOptions): string {
  const { nonce, cspSource } = options;
  const csp = `default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const rejected = view.rejected.length === 0 ? '' : `<h2>Rejected</h2><ul>${view.rejected.map((r) => `<li${at(r.location)}><strong>${esc(r.object)}</strong> <span class="reason">${esc(r.reason)}</span></li>`).join('')}</ul>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kubeplan: Plan</title>
<style nonce="${esc(nonce)}">${PAGE_STYLE}</style>
</head><body>
<h1>kubeplan plan <span class="meta" id="headline">${esc(view.headline)}</span></h1>
<div class="meta">${esc(view.summary)} Kubernetes ${esc(view.kubeVersion)} · ${esc(view.cluster)}${view.base !== null ? ` · against ${esc(view.base)}` : ''}</div>
${legend(view)}
<h2>Nodes</h2><div class="nodes">${view.nodes.map((n) => node(view, n)).join('')}</div>
<h2>Pending pods</h2>${pending(view)}
${rejected}
<h2>Services</h2>${services(view)}
${changes(view)}
<script nonce="${esc(nonce)}">${PAGE_SCRIPT}</script>
</body></html>
`;
}
