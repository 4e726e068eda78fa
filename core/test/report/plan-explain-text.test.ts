import { describe, expect, it } from 'vitest';
import { renderExplanationText } from '../../src/report/explain-text.js';
import { expectGolden } from './expect-golden.js';
import { pendingExplanation, preemptionExplanation, preFilterExplanation, scheduledExplanation } from './explain-fixtures.js';

describe('renderExplanationText goldens', () => {
  it.each([
    ['scheduled', scheduledExplanation],
    ['pending', pendingExplanation],
    ['preemption', preemptionExplanation],
    ['prefilter', preFilterExplanation],
  ] as const)('%s', (name, expl) => expectGolden(`plan/explain-${name}.txt`, renderExplanationText(expl(), { color: false })));

  it('scheduled, coloured (ESC shown as ␛)', () =>
    expectGolden('plan/explain-scheduled.color.txt', renderExplanationText(scheduledExplanation(), { color: true }).replaceAll('\x1b', '␛')));
});

describe('renderExplanationText', () => {
  const lines = (out: string): string[] => out.split('\n');
  /** The cells of the plugin's filter row, or with `score` its score row (the same plugin can be both). */
  const row = (out: string, plugin: string, score = false): string[] => {
    const matching = lines(out).filter((l) => l.trimStart().startsWith(`${plugin} `));
    return ((score ? matching.at(-1) : matching[0]) ?? '').trim().split(/ {3,}/);
  };

  it('marks the chosen node and says how the tie was broken', () => {
    const out = renderExplanationText(scheduledExplanation(), { color: false });
    expect(out).toContain('★ node-b');
    expect(out).toContain('★ Chosen: node-b (score 488)');
    expect(out).toMatch(/^Tie: node-b and node-d scored 488/m);
  });

  it('shows ✓ for a passed filter, the reason for the failed one and – for the ones never evaluated', () => {
    const out = renderExplanationText(scheduledExplanation(), { color: false, nodesPerTable: 5 });
    expect(row(out, 'NodeUnschedulable')).toEqual(['NodeUnschedulable', '✓', '✓', '✗ node(s) were unschedulable', '✓', '✓']);
    expect(row(out, 'NodeAffinity')).toEqual(['NodeAffinity', '–', '✓', '–', '✓', '✓']);
  });

  it('shows raw → normalized ×weight, the weighted score when the weight is not 1, and the total', () => {
    const out = renderExplanationText(scheduledExplanation(), { color: false, nodesPerTable: 5 });
    expect(row(out, 'TaintToleration', true).slice(-1)).toEqual(['0 → 100 ×3 = 300']);
    expect(row(out, 'NodeResourcesFit', true).slice(-1)).toEqual(['60 → 60 ×1']);
    expect(row(out, 'TOTAL')).toEqual(['TOTAL', '–', '488', '–', '488', '457']);
  });

  it('continues with a new table after nodesPerTable nodes', () => {
    const out = renderExplanationText(scheduledExplanation(), { color: false, nodesPerTable: 2 });
    expect(lines(out).filter((l) => l.trimStart().startsWith('FILTER'))).toHaveLength(3);
  });

  it('gives the Pending message, and the victims of a preemption', () => {
    expect(renderExplanationText(pendingExplanation(), { color: false })).toContain('Pending: 0/2 nodes are available: 2 Insufficient cpu');
    expect(renderExplanationText(preemptionExplanation(), { color: false })).toContain('Preemption evicts 2 pods from node-a:\n  - batch/low-1\n  - batch/low-2\n');
  });
});
