import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/plan/plan-document.js';
import { renderPlanJson } from '../../src/report/plan-json.js';
import { expectGolden } from './expect-golden.js';
import { changesPlan } from './plan-change-fixtures.js';
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

  it('writes changes, rollouts, placements, base and the nodes\' requests before in the declared order', () => {
    const plan = changesPlan();
    expect(renderPlanJson(reversedKeys(plan) as PlanDocument)).toBe(renderPlanJson(plan));
    const out = JSON.parse(renderPlanJson(plan)) as PlanDocument;
    expect(Object.keys(out).slice(-5)).toEqual(['changes', 'rollouts', 'placements', 'base', 'summary']);
    expect(Object.keys(out.changes[1]!)).toEqual(['action', 'object', 'apiVersion', 'kind', 'namespace', 'name', 'fields', 'diff', 'replaceReason', 'file', 'line']);
    expect(Object.keys(out.rollouts[0]!)).toEqual([
      ...['object', 'strategy', 'replicas', 'maxSurge', 'maxUnavailable', 'steps', 'minAvailableDuring', 'maxPodsDuring', 'peakExtra'],
      ...['downtimeServices', 'downtime', 'completed', 'stuck', 'cause', 'newRevision', 'oldRevisions', 'progressDeadlineSeconds'],
    ]);
    expect(Object.keys(out.rollouts[3]!.scale!)).toEqual(['from', 'to', 'added', 'removed']);
    expect(Object.keys(out.rollouts[3]!.scale!.removed[0]!)).toEqual(['pod', 'node', 'reason']);
    expect(Object.keys(out.nodes[0]!)).toEqual(['name', 'labels', 'taints', 'unschedulable', 'allocatable', 'requested', 'requestedBefore', 'pods']);
    expect(Object.keys(out.summary)).toEqual(['add', 'change', 'destroy', 'rejected', 'podsScheduled', 'podsPending', 'rollouts', 'stuckRollouts']);
    expect(out.changes).toEqual(plan.changes);
    expect(out.rollouts).toEqual(plan.rollouts);
    expect(out.placements).toEqual(plan.placements);
    expect(out.base).toBe('before');
  });

  it('writes base as null and the new arrays empty without a base, and no requestedBefore', () => {
    const out = JSON.parse(renderPlanJson(healthyPlan())) as PlanDocument;
    expect([out.changes, out.rollouts, out.placements, out.base]).toEqual([[], [], [], null]);
    expect(out.nodes.every((n) => !('requestedBefore' in n))).toBe(true);
  });
});
