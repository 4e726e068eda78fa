import { describe, expect, it } from 'vitest';
import { renderPlanText } from '../../src/report/plan-text.js';
import { humanBytes, humanCpu } from '../../src/report/human-units.js';
import { planStyle } from '../../src/report/plan-style.js';
import { planTree } from '../../src/report/plan-tree.js';
import { textTable } from '../../src/report/text-table.js';
import { usageBar } from '../../src/report/usage-bar.js';
import { expectGolden } from './expect-golden.js';
import { emptyPlan, gen, healthyPlan, obj, servicesPlan, troubledPlan } from './plan-fixtures.js';

const ESC = '\x1b';

describe('renderPlanText goldens', () => {
  it.each([
    ['healthy', healthyPlan],
    ['troubled', troubledPlan],
    ['services', servicesPlan],
    ['empty', emptyPlan],
  ] as const)('%s plan, plain', (name, plan) => expectGolden(`plan/${name}.txt`, renderPlanText(plan(), { color: false })));

  it('troubled plan, coloured (ESC shown as ␛)', () =>
    expectGolden('plan/troubled.color.txt', renderPlanText(troubledPlan(), { color: true }).replaceAll(ESC, '␛')));
});

describe('renderPlanText', () => {
  it('writes no escape bytes when colour is off', () => {
    for (const plan of [healthyPlan(), troubledPlan(), servicesPlan()]) expect(renderPlanText(plan, { color: false })).not.toContain(ESC);
  });

  it('colours creations green, updates yellow and rejections red', () => {
    const out = renderPlanText(troubledPlan(), { color: true });
    expect(out).toContain(`${ESC}[32m+${ESC}[39m Deployment shop/big`);
    expect(out).toContain(`${ESC}[33m~${ESC}[39m Deployment shop/cache`);
    expect(out).toContain(`${ESC}[31m!${ESC}[39m Pod shop/debug  ${ESC}[31mrejected:${ESC}[39m pods "debug" is forbidden`);
  });

  it('ends with the terraform-like summary line, counting rejected objects only when there are some', () => {
    expect(renderPlanText(healthyPlan(), { color: false }).trimEnd().split('\n').at(-1)).toBe(
      'Plan: 6 to add, 0 to change, 0 to destroy. Pods: 2 scheduled, 0 pending.',
    );
    expect(renderPlanText(troubledPlan(), { color: false }).trimEnd().split('\n').at(-1)).toBe(
      'Plan: 10 to add, 1 to change, 0 to destroy, 1 rejected. Pods: 0 scheduled, 2 pending.',
    );
  });

  it('lists error-level findings file:line:col (1-based) and only counts the others', () => {
    const out = renderPlanText(troubledPlan(), { color: false });
    expect(out).toContain('Diagnostics: 1 error, 1 warning, 1 info\n  big.yaml:21:11  error  schema-type  expected integer');
    expect(out).not.toContain('no-resource-limits');
  });

  it('lists at most ten errors, then says how many more', () => {
    const plan = troubledPlan();
    const error = plan.diagnostics[0]!;
    plan.diagnostics = Array.from({ length: 13 }, (_, i) => ({ ...error, range: { start: { line: i, col: 0 }, end: { line: i, col: 1 } } }));
    const out = renderPlanText(plan, { color: false });
    expect(out.split('\n').filter((l) => l.includes('  error  '))).toHaveLength(10);
    expect(out).toContain('… and 3 more errors; run kubeplan lint for every finding');
  });

  it('shows names and messages from the manifests without their control characters', () => {
    const plan = healthyPlan();
    plan.objects[0] = obj('Deployment', 'shop', `web${ESC}[2J`, { action: 'rejected', reason: `bad\nname${ESC}]0;x` });
    for (const color of [false, true]) expect(renderPlanText(plan, { color })).toContain('Deployment shop/web\\x1b[2J  ');
    expect(renderPlanText(plan, { color: false })).toContain('rejected: bad name\\x1b]0;x');
  });
});

describe('planTree', () => {
  it('puts Pods under the ReplicaSet whose name prefixes theirs, and the ReplicaSets under the Deployment', () => {
    const owner = 'Deployment/a/web';
    const tree = planTree([
      gen('Pod', 'a', 'web-222-zzzzz', owner),
      obj('Deployment', 'a', 'web'),
      gen('ReplicaSet', 'a', 'web-111', owner),
      gen('ReplicaSet', 'a', 'web-222', owner),
      gen('Pod', 'a', 'web-111-xxxxx', owner),
    ]);
    const names = (n: (typeof tree)[number]): unknown => ({ [n.object.name]: n.children.map(names) });
    expect(tree.map(names)).toEqual([{ web: [{ 'web-111': [{ 'web-111-xxxxx': [] }] }, { 'web-222': [{ 'web-222-zzzzz': [] }] }] }]);
  });

  it('keeps objects whose owner is not in the plan at the top', () => {
    const tree = planTree([gen('Pod', 'a', 'orphan-x', 'Deployment/a/gone'), obj('Service', 'a', 'web')]);
    expect(tree.map((n) => n.object.name)).toEqual(['orphan-x', 'web']);
  });
});

describe('human units', () => {
  it.each([
    [0, '0'],
    [250, '250m'],
    [1000, '1'],
    [1500, '1.5'],
    [3920, '3.92'],
  ])('cpu %i millicores reads %s', (milli, text) => expect(humanCpu(milli)).toBe(text));

  it.each([
    [0, '0'],
    [512, '512'],
    [128 * 1024 * 1024, '128Mi'],
    [1.5 * 1024 ** 3, '1.5Gi'],
    [15 * 1024 ** 3, '15Gi'],
  ])('%i bytes read %s', (bytes, text) => expect(humanBytes(bytes)).toBe(text));
});

describe('usageBar and textTable', () => {
  const plain = planStyle(false);
  it.each([
    [0, 100, '░░░░░░░░░░   0%'],
    [52, 100, '█████░░░░░  52%'],
    [100, 100, '██████████ 100%'],
    [150, 100, '██████████ 150%'],
    [0, 0, '░░░░░░░░░░   0%'],
    [5, 0, '██████████    ∞'],
  ])('%i of %i reads %s', (used, total, bar) => expect(usageBar(used, total, plain)).toBe(bar));

  it('turns yellow from 70 % and red from 90 %', () => {
    const c = planStyle(true);
    expect(usageBar(69, 100, c)).toContain(`${ESC}[32m`);
    expect(usageBar(70, 100, c)).toContain(`${ESC}[33m`);
    expect(usageBar(90, 100, c)).toContain(`${ESC}[31m`);
  });

  it('aligns columns on visible width, ignoring colour escapes, and trims trailing spaces', () => {
    const c = planStyle(true);
    expect(textTable([[c.red('a'), 'bb', ''], ['ccc', 'd', '']], { align: ['left', 'right'] })).toEqual([`  ${c.red('a')}    bb`, '  ccc   d']);
  });
});
