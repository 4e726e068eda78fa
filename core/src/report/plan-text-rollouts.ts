import type { PlanPlacementChange, PlanRollout, RolloutStep } from '../plan/plan-document.js';
import { clippedNote, rolloutDowntime, rolloutFacts, rolloutOutcome, rolloutRevisions, rolloutsCount, rolloutSettings, scaledPods, shownSteps } from './plan-rollout-facts.js';
import { safeText, type Palette } from './plan-style.js';
import { textTable } from './text-table.js';

/** Step rows shown per rollout (the first ones and the last); the JSON document has them all. */
const MAX_STEPS = 20;
/** Characters of a step's note (the scheduler's message can be long); JSON has it whole. */
const MAX_NOTE = 80;
/** Pods a scaling adds, and removes, listed under its table. */
const MAX_SCALED = 10;
/** Placement changes listed before "… and N more". */
const MAX_PLACEMENTS = 50;

/**
 * Each rollout as a header (settings, outcome; min available, max pods, peak extra capacity, downtime; the
 * stuck reason) over a compact step table: STEP OLD NEW AVAILABLE TOTAL NOTE.
 */
export function rolloutsSection(rollouts: readonly PlanRollout[], c: Palette): string[] {
  if (rollouts.length === 0) return [];
  const lines = [c.bold(`Rollouts (${rolloutsCount(rollouts)})`)];
  for (const r of rollouts) lines.push(...rolloutLines(r, c));
  return lines;
}

function rolloutLines(r: PlanRollout, c: Palette): string[] {
  const outcome = rolloutOutcome(r);
  const styled = r.stuck ? c.red(outcome) : r.completed ? c.green(outcome) : c.yellow(outcome);
  const downtime = rolloutDowntime(r);
  const revisions = rolloutRevisions(r);
  const facts = [...(revisions !== undefined ? [safeText(revisions)] : []), ...rolloutFacts(r), ...(downtime !== undefined ? [c.red(`downtime: ${safeText(downtime)}`)] : [])];
  const lines = [`  ${c.bold(safeText(r.object))}  ${rolloutSettings(r).join(', ')}  ${styled}`, `    ${facts.join(' · ')}`];
  if (r.message !== undefined) lines.push(`    ${r.stuck ? c.red(safeText(r.message)) : c.dim(safeText(r.message))}`);
  return [...lines, ...stepTable(r, c), ...scaledLines(r, c)];
}

/** STEP OLD NEW AVAILABLE TOTAL NOTE, the first steps and the last. */
function stepTable(r: PlanRollout, c: Palette): string[] {
  const { head, omitted, last } = shownSteps(r.steps, MAX_STEPS);
  const row = (s: RolloutStep): string[] => [String(s.step), String(s.old), String(s.new), String(s.available), String(s.total), safeText(clippedNote(s.note, MAX_NOTE))];
  const rows = [['STEP', 'OLD', 'NEW', 'AVAILABLE', 'TOTAL', 'NOTE'].map(c.dim), ...head.map(row)];
  if (last !== undefined) rows.push([c.dim('…'), '', '', '', '', c.dim(`${omitted} more steps`)], row(last));
  return textTable(rows, { indent: '    ', align: ['right', 'right', 'right', 'right', 'right'] });
}

/** A scaling's pods: `+ pod … → node`, `- pod … from node (why the ReplicaSet picked it)`. */
function scaledLines(r: PlanRollout, c: Palette): string[] {
  const scaled = scaledPods(r, MAX_SCALED);
  const rows = scaled.pods.map((p) =>
    p.sign === '+'
      ? [c.green('+'), `pod ${safeText(p.pod)}`, p.node !== null ? `→ ${safeText(p.node)}` : c.yellow('Pending'), '']
      : [c.red('-'), `pod ${safeText(p.pod)}`, p.node !== null ? `from ${safeText(p.node)}` : 'was Pending', c.dim(`(${safeText(p.reason ?? '')})`)],
  );
  return [...textTable(rows, { indent: '    ' }), ...(scaled.more > 0 ? [c.dim(`    … and ${scaled.more} more pods in --output json`)] : [])];
}

/** Pods that change node or leave one: `pod shop/web-7d9f-x2k4p  worker-1 → worker-3  (rescheduled)`. */
export function placementsSection(placements: readonly PlanPlacementChange[], c: Palette): string[] {
  if (placements.length === 0) return [];
  const where = (node: string | null): string => (node === null ? c.yellow('(none)') : safeText(node));
  const rows = placements.slice(0, MAX_PLACEMENTS).map((p) => [`pod ${safeText(p.pod)}`, `${where(p.from)} → ${where(p.to)}`, c.dim(`(${safeText(p.reason)})`)]);
  const more = placements.length - rows.length;
  return [
    c.bold(`Placement changes (${placements.length})`),
    ...textTable(rows),
    ...(more > 0 ? [c.dim(`  … and ${more} more in --output json`)] : []),
  ];
}
