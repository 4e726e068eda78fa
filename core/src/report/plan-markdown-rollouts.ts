import type { PlanPlacementChange, PlanRollout, RolloutStep } from '../plan/plan-document.js';
import { markdownDetails, markdownTable, markdownText as md } from './markdown-escape.js';
import { markdownSection } from './plan-markdown-sections.js';
import { clippedNote, rolloutDowntime, rolloutFacts, rolloutOutcome, rolloutRevisions, rolloutsByConcern, rolloutsCount, rolloutSettings, scaledPods, shownSteps } from './plan-rollout-facts.js';

/** Rollouts shown with their step table (stuck and downtime first); the others get a row in a summary table. */
const MAX_ROLLOUT_TABLES = 10;
/** Characters of a step's note in a table cell. */
const MAX_NOTE = 200;
/** Pods a scaling adds, and removes, listed under its table. */
const MAX_SCALED = 10;
/** Step rows per rollout table (the first ones and the last). */
const MAX_STEPS = 30;

const OUTCOME_ICON = { STUCK: '🛑', COMPLETED: '✅' } as const;

function outcomeText(r: PlanRollout): string {
  const outcome = rolloutOutcome(r);
  const icon = outcome === 'STUCK' || outcome === 'COMPLETED' ? OUTCOME_ICON[outcome] : '⏸️';
  return `${icon} **${outcome}**`;
}

function downtimeText(r: PlanRollout): string {
  const downtime = rolloutDowntime(r);
  return downtime !== undefined ? `📉 **downtime**: ${md(downtime)}` : 'no downtime';
}

/**
 * The rollouts: for each (stuck first, then those with downtime) a header — settings and outcome, then min
 * available, max pods, peak extra capacity, downtime and the stuck reason — over its step table; past
 * `MAX_ROLLOUT_TABLES`, one summary row each. Open when a rollout is stuck or causes downtime.
 */
export function rolloutsMarkdown(rollouts: readonly PlanRollout[]): string[] {
  if (rollouts.length === 0) return [];
  const ordered = rolloutsByConcern(rollouts);
  const body: string[] = [];
  for (const r of ordered.slice(0, MAX_ROLLOUT_TABLES)) body.push(...rolloutBlock(r), '');
  const rest = ordered.slice(MAX_ROLLOUT_TABLES);
  if (rest.length > 0) {
    const rows = rest.map((r) => [md(r.object), md(rolloutSettings(r).join(', ')), md(rolloutFacts(r).join(', ')), downtimeText(r), outcomeText(r)]);
    body.push(`${rest.length} more:`, '', ...markdownTable(['Rollout', 'Settings', 'During the rollout', 'Downtime', 'Result'], rows), '');
  }
  const open = rollouts.some((r) => r.stuck || r.downtime);
  return markdownDetails(`Rollouts (${rolloutsCount(rollouts)})`, body.slice(0, -1), open);
}

function rolloutBlock(r: PlanRollout): string[] {
  const revisions = rolloutRevisions(r);
  const lines = [
    `**${md(r.object)}** · ${md(rolloutSettings(r).join(' · '))} · ${outcomeText(r)}<br>`,
    `${md([...(revisions !== undefined ? [revisions] : []), ...rolloutFacts(r)].join(' · '))} · ${downtimeText(r)}`,
  ];
  if (r.message !== undefined) lines.push('', `> ${md(r.message)}`);
  const { head, omitted, last } = shownSteps(r.steps, MAX_STEPS);
  const row = (s: RolloutStep): string[] => [String(s.step), String(s.old), String(s.new), String(s.available), String(s.total), md(clippedNote(s.note, MAX_NOTE))];
  const rows = head.map(row);
  if (last !== undefined) rows.push(['…', '', '', '', '', `${omitted} more steps`], row(last));
  const scaled = scaledPods(r, MAX_SCALED);
  const pods = scaled.pods.map((p) =>
    p.sign === '+'
      ? `- ➕ ${md(p.pod)} ${p.node !== null ? `→ ${md(p.node)}` : '**Pending**'}`
      : `- ➖ ${md(p.pod)} ${p.node !== null ? `from ${md(p.node)}` : 'was Pending'} (${md(p.reason ?? '')})`,
  );
  const more = scaled.more > 0 ? [`- … and ${scaled.more} more pods`] : [];
  return [...lines, '', ...markdownTable(['Step', 'Old', 'New', 'Available', 'Total', 'Note'], rows), ...(pods.length > 0 ? ['', ...pods, ...more] : [])];
}

/** Pods that change node or leave one. */
export function placementsMarkdown(placements: readonly PlanPlacementChange[]): string[] {
  const rows = placements.map((p) => [md(p.pod), md(p.owner), md(p.from ?? '(none)'), md(p.to ?? '(none)'), md(p.reason)]);
  return markdownSection('Placement changes', ['Pod', 'Owner', 'From', 'To', 'Reason'], rows);
}
