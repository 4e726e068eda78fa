import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/plan/plan-document.js';
import { renderPlanJson } from '../../src/report/plan-json.js';
import { expectGolden } from './expect-golden.js';
import { healthyPlan, servicesPlan, troubledPlan } from './plan-fixtures.js';

/** The same object with its keys inserted in reverse order, at every level. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
}

describe('renderPlanJson', () => {
  it('golden: the troubled plan', () => expectGolden('plan/troubled.json', renderPlanJson(troubledPlan())));

  it('round-trips: the output parses back to the same document', () => {
    for (const plan of [healthyPlan(), troubledPlan(), servicesPlan()]) {
      const parsed = JSON.parse(renderPlanJson(plan)) as PlanDocument;
      expect(parsed.schemaVersion).toBe(1);
      expect(parsed.objects).toEqual(plan.objects);
      expect(parsed.services).toEqual(plan.services);
      expect(parsed.summary).toEqual(plan.summary);
    }
  });

  it('writes keys in the declared order whatever order the document was built in', () => {
    const plan = troubledPlan();
    expect(renderPlanJson(reversedKeys(plan) as PlanDocument)).toBe(renderPlanJson(plan));
    expect(Object.keys(JSON.parse(renderPlanJson(plan)) as object).slice(0, 3)).toEqual(['schemaVersion', 'kubeplanVersion', 'kubeVersion']);
  });

  it('uses 2-space indentation and ends with a newline', () => {
    const out = renderPlanJson(healthyPlan());
    expect(out.startsWith('{\n  "schemaVersion": 1,\n')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('lists cpu, memory and pods first, then other resources by name', () => {
    const out = JSON.parse(renderPlanJson(troubledPlan())) as PlanDocument;
    expect(Object.keys(out.nodes[2]!.allocatable)).toEqual(['cpu', 'memory', 'pods', 'nvidia.com/gpu']);
  });
});
