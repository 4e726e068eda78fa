import type { FilterVerdict, NodeExplanation, ScoreEntry, SchedulingExplanation } from '../simulate/scheduler/explanation.js';
import { planStyle, plural, safeText, type Palette } from './plan-style.js';
import { textTable } from './text-table.js';

export interface ExplainTextOptions {
  /** ANSI colours; the caller decides (TTY, `--color`, `NO_COLOR`). */
  color: boolean;
  /** Node columns per table before the table continues below (default 4), so wide clusters stay readable. */
  nodesPerTable?: number;
}

const DEFAULT_NODES_PER_TABLE = 4;
const CHOSEN_MARK = '★';

/**
 * `kubeplan explain pod`: how the scheduler decided one pod. One table per group of nodes, a column per node
 * and a row per plugin: each filter (`✓` passed, `✗` and kube-scheduler's reason, `–` not evaluated because an
 * earlier filter failed), each score plugin (`raw → normalized ×weight`), and the total; the chosen node is
 * starred. Then the outcome: the node and how a tie was broken, or the Pending message, and preemption victims.
 */
export function renderExplanationText(expl: SchedulingExplanation, opts: ExplainTextOptions): string {
  const c = planStyle(opts.color);
  const pod = safeText(expl.pod);
  const title = expl.chosen !== null ? `Pod ${pod} → ${c.green(safeText(expl.chosen))}` : `Pod ${pod} → ${c.yellow('Pending')}`;
  const feasible = expl.nodes.filter((n) => n.feasible).length;
  const lines = [c.bold(title), c.dim(`${feasible} of ${plural(expl.nodes.length, 'node')} feasible`)];
  if (expl.preFilter.length > 0) {
    lines.push('', c.bold('PreFilter rejected every node'));
    for (const v of expl.preFilter) lines.push(`  ${c.red('✗')} ${safeText(v.plugin)}: ${safeText(v.reasons.join('; ') || 'failed')}`);
  }
  const per = Math.max(1, opts.nodesPerTable ?? DEFAULT_NODES_PER_TABLE);
  // Nodes by name: the scheduler walks them zone by zone, which is not an order people look things up in.
  const nodes = [...expl.nodes].sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  for (let i = 0; i < nodes.length; i += per) lines.push('', ...nodeTable(nodes.slice(i, i + per), expl.chosen, c));
  lines.push('', ...outcome(expl, c));
  return `${lines.join('\n')}\n`;
}

/** Plugin names in profile order: every node's list is a prefix of the profile (evaluation stops at a failure). */
function pluginOrder<T extends { plugin: string }>(lists: readonly (readonly T[])[]): string[] {
  const order: string[] = [];
  for (const list of lists) for (const { plugin } of list) if (!order.includes(plugin)) order.push(plugin);
  return order;
}

function nodeTable(nodes: readonly NodeExplanation[], chosen: string | null, c: Palette): string[] {
  const header = [c.dim('FILTER'), ...nodes.map((n) => (n.node === chosen ? c.green(`${CHOSEN_MARK} ${safeText(n.node)}`) : safeText(n.node)))];
  const filterRows = pluginOrder(nodes.map((n) => n.filters)).map((plugin) => [
    safeText(plugin),
    ...nodes.map((n) => filterCell(n.filters.find((f) => f.plugin === plugin), c)),
  ]);
  const scorePlugins = pluginOrder(nodes.map((n) => n.scores));
  const rows: string[][] = [header, ...filterRows];
  if (scorePlugins.length > 0) {
    rows.push([c.dim('SCORE'), ...nodes.map(() => '')]);
    for (const plugin of scorePlugins) rows.push([safeText(plugin), ...nodes.map((n) => scoreCell(n.scores.find((s) => s.plugin === plugin), c))]);
  }
  rows.push([c.bold('TOTAL'), ...nodes.map((n) => (n.feasible ? c.bold(String(n.total)) : c.dim('–')))]);
  return textTable(rows, { gap: 3 });
}

function filterCell(v: FilterVerdict | undefined, c: Palette): string {
  if (v === undefined) return c.dim('–');
  if (v.passed) return c.green('✓');
  return `${c.red('✗')} ${safeText(v.reasons.join('; ') || v.code || 'failed')}`;
}

/** `37 → 63 ×1`; with a weight other than 1 the weighted score too: `50 → 50 ×2 = 100`. */
function scoreCell(s: ScoreEntry | undefined, c: Palette): string {
  if (s === undefined) return c.dim('–');
  const weighted = s.weight !== 1 ? ` = ${s.weighted}` : '';
  return `${s.raw} → ${s.normalized} ×${s.weight}${weighted}`;
}

function outcome(expl: SchedulingExplanation, c: Palette): string[] {
  const lines: string[] = [];
  if (expl.chosen !== null) {
    const total = expl.nodes.find((n) => n.node === expl.chosen)?.total;
    lines.push(`${c.green(CHOSEN_MARK)} Chosen: ${c.bold(safeText(expl.chosen))}${total !== undefined ? ` (score ${total})` : ''}`);
  } else {
    lines.push(`${c.yellow('Pending:')} ${safeText(expl.message ?? 'no node fits')}`);
  }
  if (expl.tieBreak !== undefined) lines.push(c.dim(`Tie: ${safeText(expl.tieBreak)}`));
  if (expl.victims.length > 0) {
    lines.push(`${c.red('Preemption')} evicts ${plural(expl.victims.length, 'pod')}${expl.chosen !== null ? ` from ${safeText(expl.chosen)}` : ''}:`);
    for (const v of expl.victims) lines.push(`  - ${safeText(v)}`);
  }
  return lines;
}
