// The Markdown plan against a base: a PR comment that reads top-down, stays under GitHub's limit and cannot
// be broken by values from the manifests.
import { describe, expect, it } from 'vitest';
import { fitMarkdownBlocks, MARKDOWN_LIMIT } from '../../src/report/plan-markdown-budget.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { changesPlan, hostilePlan, largeChangesPlan, unifiedDiff } from './plan-change-fixtures.js';
import { healthyPlan } from './plan-fixtures.js';

/** The Markdown outside fenced code blocks (a fence closes only with a run of backticks at least as long). */
function outsideCode(md: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of md.split('\n')) {
    const run = /^(`{3,})/.exec(line)?.[1];
    if (fence === undefined && run !== undefined) fence = run;
    else if (fence !== undefined && run !== undefined && run.length >= fence.length && line.trim() === run) fence = undefined;
    else if (fence === undefined) out.push(line);
  }
  expect(fence, 'every fence is closed').toBeUndefined();
  return out.join('\n');
}

describe('renderPlanMarkdown against a base', () => {
  const out = renderPlanMarkdown(changesPlan());

  it('starts with the summary: headline, what needs a look, the stuck rollout and the downtime called out', () => {
    const lines = out.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '### kubeplan plan',
      '',
      '**Plan: 4 to add, 3 to change, 2 to destroy. Rollouts: 4 (1 stuck). Pods: 2 scheduled, 1 pending.**',
      '',
      '🛑 1 rollout stuck · 📉 1 rollout with downtime · ⏳ 1 pod pending',
    ]);
    expect(out).toContain('- 🛑 **Deployment/shop/worker** is stuck: 0/2 nodes are available: 2 Insufficient cpu.');
    expect(out).toContain('- 📉 **Deployment/shop/cache** leaves shop/cache without ready endpoints during the rollout');
    expect(out).toContain('· against before ·');
    expect(out.indexOf('is stuck')).toBeLessThan(out.indexOf('#### Changes (5)'));
  });

  it('gives each changed object a collapsible block with its diff; a forced replacement is open and says why', () => {
    expect(out.match(/<details( open)?><summary><code>/g)).toHaveLength(5);
    expect(out).toContain('<details><summary><code>~</code> Deployment shop/web <sub>after/web.yaml:1</sub></summary>\n\nFields: spec.template.spec.containers\\[0\\].image\n\n```diff\n@@ -18,7 +18,7 @@\n');
    expect(out).toContain('<details open><summary><code>-/+</code> Deployment shop/api <sub>after/api.yaml:1</sub></summary>\n\n**Forces replacement:** spec.selector: field is immutable');
  });

  it('shows the rollouts that need a look first, each with its step table, open when one is stuck', () => {
    expect(out).toContain('<details open><summary>Rollouts (4, 1 stuck, 1 with downtime)</summary>');
    const rollouts = out.slice(out.indexOf('summary>Rollouts ('));
    expect(rollouts.indexOf('**Deployment/shop/worker**')).toBeLessThan(rollouts.indexOf('**Deployment/shop/cache**'));
    expect(rollouts.indexOf('**Deployment/shop/cache**')).toBeLessThan(rollouts.indexOf('**Deployment/shop/web**'));
    expect(rollouts).toContain('| Step | Old | New | Available | Total | Note |\n| --- | --- | --- | --- | --- | --- |\n| 0 | 2 | 0 | 2 | 2 |   |\n| 1 | 2 | 1 | 2 | 3 | worker-5f6b7c8d9-zz9yx Pending |');
    expect(rollouts).toContain('min available 0/2 · max pods 2 · no extra capacity · 📉 **downtime**: shop/cache (step 1)');
    expect(rollouts).toContain('replicas 3 → 1 · min available 1/1');
    expect(rollouts).toContain('- ➖ shop/batch-5d8f-q7w2e was Pending (unscheduled before scheduled)\n- ➖ shop/batch-5d8f-k3j9d from node-a (more pods of the ReplicaSet on its node)');
  });

  it('puts nodes before and after side by side', () => {
    expect(out).toContain('| Node | Zone | CPU before | CPU after | Memory before | Memory after | Pods | Notes |');
    expect(out).toContain('| node-a | zone-a | ███░░░░░░░ 26% (1 of 3.92) | ███░░░░░░░ 32% (1.25 of 3.92) |');
  });

  it('reads as before when there is no base', () => {
    const plan = healthyPlan();
    expect(renderPlanMarkdown({ ...plan, changes: [], rollouts: [], placements: [], base: null })).toBe(renderPlanMarkdown(plan));
  });
});

describe('renderPlanMarkdown: values from the manifests cannot break out', () => {
  const out = renderPlanMarkdown(hostilePlan());
  const prose = outsideCode(out);

  it('fences a diff holding ``` and ```` with a longer fence, so </details> and <script> stay code', () => {
    expect(out).toContain('`````diff\n@@ -1,3 +1,3 @@\n');
    expect(prose).not.toContain('<script>');
    expect(out).toContain('<script>alert(1)</script>');
  });

  it('escapes names in summaries and notes in tables', () => {
    expect(prose).not.toContain('<img');
    expect(prose).toContain('web&lt;/details&gt;&lt;img src=x&gt;@\u200borg/team');
    expect(prose).toContain('| a \\| b &lt;b&gt;bold&lt;/b&gt; \\`code\\` |');
    expect(prose.match(/<details/g)?.length).toBe(prose.match(/<\/details>/g)?.length);
  });

  it('strips terminal escapes from diff blocks', () => {
    expect(out).not.toContain('\x1b');
    expect(out).toContain('+    evil: "[2J]0;pwned"');
  });
});

describe('renderPlanMarkdown on a large change', () => {
  const out = renderPlanMarkdown(largeChangesPlan(2_000));

  it(`stays under ${MARKDOWN_LIMIT} characters (GitHub refuses 65,536) and says how much was left out`, () => {
    expect(out.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(out).toMatch(/<sub>… and 1,?9\d\d more changes \(\d+ to add, \d+ to change\) not shown/);
    expect(out).toContain('🛑 **Deployment/shop/app-42** is stuck');
  });

  it('caps the rollouts at ten step tables (the stuck one first) and a summary row for the others', () => {
    expect(out.match(/\| Step \| Old \|/g)).toHaveLength(10);
    expect(out).toContain('50 more:');
    const rollouts = out.slice(out.indexOf('summary>Rollouts (60, 1 stuck)'));
    expect(rollouts.indexOf('**Deployment/shop/app-42**')).toBeLessThan(rollouts.indexOf('**Deployment/shop/app-0**'));
    expect(out).toContain('| … |   |   |   |   | 10 more steps |');
  });

  it('shows at most 50 objects even when they would fit', () => {
    const small = largeChangesPlan(60);
    small.nodes = small.nodes.slice(0, 3);
    small.changes = small.changes.map((ch) => ({ ...ch, diff: unifiedDiff('x', '@@ -1 +1 @@', ['-a', '+b']) }));
    const md = renderPlanMarkdown(small);
    expect(md.match(/<summary><code>/g)).toHaveLength(50);
    expect(md).toContain('… and 10 more changes (1 to add, 9 to change) not shown: only the first 50 are shown;');
  });
});

describe('fitMarkdownBlocks', () => {
  const block = (name: string, chars: number, dropRank?: number): { lines: string[]; title?: string; dropRank?: number } => ({
    lines: [name.padEnd(chars, '.')],
    ...(dropRank !== undefined ? { title: name, dropRank } : {}),
  });

  it('leaves blocks alone when they fit', () => {
    expect(fitMarkdownBlocks([block('a', 10), block('b', 10, 1)], 100)).toEqual([['a.........'], ['b.........']]);
  });

  it('drops the lowest-ranked blocks first, with a note, until the rest fits, and gives the growing block what is left', () => {
    const budgets: number[] = [];
    const growing = { lines: ['g'.repeat(500)], fit: (budget: number): string[] => (budgets.push(budget), ['g'.repeat(Math.min(500, budget))]) };
    const out = fitMarkdownBlocks([block('head', 100), growing, block('events', 300, 1), block('nodes', 200, 2)], 1_000);
    expect(out[2]?.[0]).toContain('events left out to keep this comment under');
    expect(out[3]?.[0]).toBe('nodes'.padEnd(200, '.'));
    expect(budgets).toHaveLength(1);
    expect(out.map((l) => l.join('\n').length + 2).reduce((a, b) => a + b)).toBeLessThanOrEqual(1_000);
  });
});
