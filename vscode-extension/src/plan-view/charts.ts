/**
 * Small inline SVG charts of the Plan view. SVG attributes, not inline styles, carry the geometry: the page's
 * Content-Security-Policy allows no `style=` attributes.
 */
import { esc } from './escape.js';
import type { ChangeView, ResourceBar, RolloutView } from './view-model.js';

const pct = (f: number): string => `${(Math.min(Math.max(f, 0), 1) * 100).toFixed(1)}%`;

/** One resource bar: requested over allocatable, with a tick where it was before the change. */
export function barSvg(bar: ResourceBar): string {
  const over = bar.fraction > 1 ? ' over' : bar.fraction >= 0.85 ? ' high' : '';
  const tick = bar.before === undefined ? '' : `<line class="before" x1="${pct(bar.before)}" x2="${pct(bar.before)}" y1="0" y2="8"/>`;
  return `<svg class="bar${over}" role="img" aria-label="${esc(bar.label)}" width="100%" height="8"><rect class="track" width="100%" height="8" rx="2"/><rect class="fill ${bar.resource}" width="${pct(bar.fraction)}" height="8" rx="2"/>${tick}</svg>`;
}

/** Counts of changes by action as one stacked bar with a legend. */
export function changesSvg(changes: readonly ChangeView[]): string {
  const actions = ['create', 'update', 'replace', 'delete'] as const;
  const total = changes.length || 1;
  let x = 0;
  const parts = actions.map((a) => {
    const n = changes.filter((c) => c.action === a).length;
    const w = (n / total) * 100;
    const rect = n === 0 ? '' : `<rect class="chg ${a}" x="${x.toFixed(1)}%" width="${w.toFixed(1)}%" height="10"><title>${n} ${a}</title></rect>`;
    x += w;
    return rect;
  });
  return `<svg class="changes-chart" role="img" aria-label="changes by action" width="100%" height="10">${parts.join('')}</svg>`;
}

/** A rollout's steps as columns: old pods below new pods, the available count as a line. */
export function rolloutSvg(r: RolloutView): string {
  const max = Math.max(1, ...r.steps.map((s) => Math.max(s.total, s.old + s.new)));
  const w = 18;
  const h = 48;
  const cols = r.steps.map((s, i) => {
    const x = i * (w + 4);
    const oldH = (s.old / max) * h;
    const newH = (s.new / max) * h;
    const tip = `step ${s.step}: ${s.old} old, ${s.new} new, ${s.available} available${s.note ? ` — ${s.note}` : ''}`;
    return `<g><title>${esc(tip)}</title><rect class="old" x="${x}" y="${(h - oldH).toFixed(1)}" width="${w}" height="${oldH.toFixed(1)}"/><rect class="new" x="${x}" y="${(h - oldH - newH).toFixed(1)}" width="${w}" height="${newH.toFixed(1)}"/></g>`;
  });
  const points = r.steps.map((s, i) => `${i * (w + 4) + w / 2},${(h - (s.available / max) * h).toFixed(1)}`).join(' ');
  const width = Math.max(1, r.steps.length) * (w + 4);
  return `<svg class="rollout-chart" role="img" aria-label="${esc(`rollout of ${r.object}`)}" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}">${cols.join('')}<polyline class="available" fill="none" points="${points}"/></svg>`;
}
