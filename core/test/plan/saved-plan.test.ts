// `kubeplan show` reads a saved plan (core/src/plan/parse-plan-document.ts); `--detailed-exitcode` decides
// from the document whether there are changes (core/src/cli/plan-exit-code.ts).
import { describe, expect, it } from 'vitest';
import { planExitCode, planHasChanges } from '../../src/cli/plan-exit-code.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { parsePlanDocument } from '../../src/plan/parse-plan-document.js';
import type { PlanDocument } from '../../src/plan/plan-document.js';
import { renderPlanJson } from '../../src/report/plan-json.js';
import { deployment, planChange } from './builders.js';

const changed = planChange([deployment('web')], [deployment('web', { image: 'nginx:1.28' })]).document;
const same = planChange([deployment('web')], [deployment('web')]).document;

describe('reading a saved plan', () => {
  it('gives back the document it was written from, diagnostics included', () => {
    const diagnostic: Diagnostic = { rule: 'latest-tag', severity: 'warning', message: 'm', file: 'a.yaml', range: { start: { line: 2, col: 4 }, end: { line: 2, col: 9 } }, path: 'spec.x' };
    const doc: PlanDocument = { ...changed, diagnostics: [diagnostic] };
    const parsed = parsePlanDocument(renderPlanJson(doc));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document.diagnostics).toEqual([diagnostic]);
    expect(renderPlanJson(parsed.document)).toBe(renderPlanJson(doc));
  });

  it('fills the arrays a plan saved before the diff engine does not have', () => {
    const old = JSON.parse(renderPlanJson(same)) as Record<string, unknown>;
    for (const k of ['changes', 'rollouts', 'placements', 'base']) delete old[k];
    const parsed = parsePlanDocument(JSON.stringify(old));
    expect(parsed.ok && [parsed.document.changes, parsed.document.placements, parsed.document.base]).toEqual([[], [], null]);
  });

  it.each([
    ['{"schemaVersion": 2}', 'plan schemaVersion 2 is not supported: this kubeplan reads version 1'],
    ['{"objects": []}', 'not a kubeplan plan document (no schemaVersion); save one with kubeplan plan --out FILE'],
    ['{"schemaVersion": 1, "objects": []}', 'not a complete plan document: pods is missing'],
    ['not json', /^not JSON: /],
  ])('refuses %s with one clear line', (text, message) => {
    const parsed = parsePlanDocument(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('--detailed-exitcode', () => {
  const failOn = { severity: 'error' as const, pending: false };

  it('is 2 with changes, 0 without', () => {
    expect(planHasChanges(changed)).toBe(true);
    expect(planHasChanges(same)).toBe(false);
    expect(planExitCode(changed, failOn, true)).toBe(2);
    expect(planExitCode(same, failOn, true)).toBe(0);
  });

  it('is 1 on errors, changes or not', () => {
    const error: Diagnostic = { rule: 'schema-type', severity: 'error', message: 'x', file: 'a.yaml', range: { start: { line: 0, col: 0 }, end: { line: 0, col: 1 } } };
    expect(planExitCode({ ...changed, diagnostics: [error] }, failOn, true)).toBe(1);
    expect(planExitCode({ ...same, diagnostics: [error] }, failOn, true)).toBe(1);
  });

  it('keeps 0 for a plan with changes without the flag', () => {
    expect(planExitCode(changed, failOn)).toBe(0);
  });

  it('counts every create as a change without a base', () => {
    const fresh = planChange([], [deployment('web')], { base: null }).document;
    expect(fresh.changes).toEqual([]);
    expect(planExitCode(fresh, failOn, true)).toBe(2);
  });
});
