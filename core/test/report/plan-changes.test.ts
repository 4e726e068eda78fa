// The plan renderers against a base: changes with diffs, rollouts, placements, nodes before → after.
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/plan/plan-document.js';
import { diffLines, shownDiff } from '../../src/report/plan-diff-lines.js';
import { planHeadline } from '../../src/report/plan-headline.js';
import { renderPlanJson } from '../../src/report/plan-json.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import { change, changesPlan, hostilePlan, largeChangesPlan, noChangesPlan, unifiedDiff } from './plan-change-fixtures.js';
import { expectGolden } from './expect-golden.js';
import { healthyPlan, summary } from './plan-fixtures.js';

const ESC = '\x1b';
const text = (plan: PlanDocument): string => renderPlanText(plan, { color: false });

describe('plans against a base: goldens', () => {
  it('text, plain', () => expectGolden('plan/changes.txt', text(changesPlan())));
  it('text, coloured (ESC shown as ␛)', () => expectGolden('plan/changes.color.txt', renderPlanText(changesPlan(), { color: true }).replaceAll(ESC, '␛')));
  it('text, nothing changes', () => expectGolden('plan/no-changes.txt', text(noChangesPlan())));
  it('markdown', () => expectGolden('plan/changes.md', renderPlanMarkdown(changesPlan())));
  it('json', () => expectGolden('plan/changes.json', renderPlanJson(changesPlan())));
});

describe('planHeadline', () => {
  it.each([
    [{ add: 2, change: 3, destroy: 1, podsScheduled: 9, podsPending: 1, rollouts: 2, stuckRollouts: 1 }, 'Plan: 2 to add, 3 to change, 1 to destroy. Rollouts: 2 (1 stuck). Pods: 9 scheduled, 1 pending.'],
    [{ change: 1, podsScheduled: 4, rollouts: 1 }, 'Plan: 0 to add, 1 to change, 0 to destroy. Rollouts: 1. Pods: 4 scheduled, 0 pending.'],
    [{ add: 1, podsScheduled: 1 }, 'Plan: 1 to add, 0 to change, 0 to destroy. Pods: 1 scheduled, 0 pending.'],
  ])('%o reads %s', (counts, line) => expect(planHeadline(summary(counts))).toBe(line));
});

describe('renderPlanText against a base', () => {
  const out = text(changesPlan());

  it('marks each object with terraform symbols in terraform colours', () => {
    const coloured = renderPlanText(changesPlan(), { color: true });
    expect(coloured).toContain(`${ESC}[33m~${ESC}[39m Deployment shop/web`);
    expect(coloured).toContain(`${ESC}[31m-/+${ESC}[39m Deployment shop/api`);
    expect(coloured).toContain(`${ESC}[32m+${ESC}[39m ConfigMap shop/flags`);
    expect(coloured).toContain(`${ESC}[31m-${ESC}[39m ConfigMap shop/legacy`);
    expect(coloured).toContain(`${ESC}[31m-          image: nginx:1.27.0${ESC}[39m`);
    expect(coloured).toContain(`${ESC}[32m+          image: nginx:1.27.1${ESC}[39m`);
  });

  it('shows the field diff under the object, without the file headers, and why a replacement is forced', () => {
    expect(out).toContain('  ~ Deployment shop/web  after/web.yaml:1\n    │   @@ -18,7 +18,7 @@\n');
    expect(out).toContain('  -/+ Deployment shop/api  after/api.yaml:1\n        # forces replacement: spec.selector: field is immutable\n');
    expect(out).not.toMatch(/^\s*(Index:|={10}|\+\+\+ |--- )/m);
  });

  it('leaves unchanged objects out and says so when nothing changes', () => {
    expect(out).not.toContain('Service shop/web');
    expect(text(noChangesPlan())).toContain('Changes against git:HEAD~1\n  No changes. The manifests match the base.');
  });

  it('cuts a long diff and says how many lines were left out', () => {
    const plan = changesPlan();
    plan.changes = [change('update', 'ConfigMap', 'big', { diff: unifiedDiff('x', '@@ -1,100 +1,100 @@', Array.from({ length: 100 }, (_, i) => `+k${i}: v`)) })];
    const lines = text(plan).split('\n');
    expect(lines.filter((l) => /^\s+\+k\d+: v$/.test(l))).toHaveLength(39);
    expect(lines).toContain('        … 61 more diff lines (kubeplan plan -o json has the whole diff)');
  });

  it('prints each rollout as a header and a step table, stuck ones with the scheduler message', () => {
    expect(out).toContain('  Deployment/shop/worker  RollingUpdate, 2 replicas, maxSurge 1, maxUnavailable 0  STUCK\n    min available 2/2 · max pods 3 · peak extra 3 cpu, 0 memory\n    0/2 nodes are available: 2 Insufficient cpu.');
    expect(out).toContain('    STEP  OLD  NEW  AVAILABLE  TOTAL  NOTE\n       0    4    0          4      4\n');
    expect(out).toContain('  Deployment/shop/cache  Recreate, 2 replicas  COMPLETED\n    min available 0/2 · max pods 2 · no extra capacity · downtime: shop/cache (step 1)');
  });

  it('names the revisions rolled out, and for a scaling the pods removed and why', () => {
    expect(out).toContain('    web-7d9c5b8f6d → web-6d4f9b7c5c · min available 3/4 · max pods 5');
    expect(out).toContain('    replicas 3 → 1 · min available 1/1');
    expect(out).toContain('    -  pod shop/batch-5d8f-q7w2e  was Pending  (unscheduled before scheduled)\n    -  pod shop/batch-5d8f-k3j9d  from node-a  (more pods of the ReplicaSet on its node)');
  });

  it('keeps the first steps and the last of a long rollout', () => {
    const plan = largeChangesPlan(10);
    plan.rollouts = plan.rollouts.slice(0, 1);
    const out = text(plan);
    expect(out).toContain('       …                              20 more steps\n      39    0    4          4      5');
  });

  it('lists pods that move, and nodes with requests before → after', () => {
    expect(out).toContain('  pod shop/db-0     node-a → node-b  (evicted: node-a has taint maintenance:NoExecute)\n  pod shop/batch-1  node-a → (none)  (evicted; Pending)');
    expect(out).toContain('requests before → after)');
    expect(out).toMatch(/node-a .* 1 → 1\.25\/3\.92 .* 1Gi → 1\.25Gi\/15Gi {2}4 → 5\/110/);
    expect(out).toMatch(/node-b .* 500m\/3\.92 .* 512Mi\/15Gi {6}2\/110/);
  });

  it('ends with the summary line counting rollouts', () => {
    expect(out.trimEnd().split('\n').at(-1)).toBe('Plan: 4 to add, 3 to change, 2 to destroy. Rollouts: 4 (1 stuck). Pods: 2 scheduled, 1 pending.');
  });

  it('keeps terminal escapes from a diff out of the terminal', () => {
    for (const color of [false, true]) expect(renderPlanText(hostilePlan(), { color })).toContain('evil: "\\x1b[2J\\x1b]0;pwned\\x07"');
  });

  it('reads as before when there is no base (the same as without the diff fields)', () => {
    const plan = healthyPlan();
    expect(text({ ...plan, changes: [], rollouts: [], placements: [], base: null })).toBe(text(plan));
  });
});

describe('diffLines', () => {
  it('drops the file headers and "no newline" markers, keeps hunks, additions, removals and context', () => {
    const diff = `${unifiedDiff('x', '@@ -1,2 +1,2 @@', [' a: 1', '-b: 2', '+b: 3', '--- c: 4'])}\\ No newline at end of file\n`;
    expect(diffLines(diff).map((l) => `${l.kind} ${l.text}`)).toEqual(['hunk @@ -1,2 +1,2 @@', 'context  a: 1', 'remove -b: 2', 'add +b: 3', 'remove --- c: 4']);
  });

  it('cuts to a number of lines and counts the rest', () => {
    expect(shownDiff(unifiedDiff('x', '@@ -1 +1 @@', ['-a', '+b']), 2)).toEqual({ lines: [{ kind: 'hunk', text: '@@ -1 +1 @@' }, { kind: 'remove', text: '-a' }], omitted: 1 });
    expect(diffLines('')).toEqual([]);
  });
});
