// DefaultNormalizeScore, cases after upstream pkg/scheduler/framework/plugins/helper/normalize_score_test.go.
import { describe, expect, it } from 'vitest';
import { defaultNormalizeScore } from '../../../src/simulate/scheduler/framework/normalize-score.js';

describe('defaultNormalizeScore', () => {
  it.each([
    { name: 'scores scale to the highest one with integer division', scores: [10, 20, 30, 40], reverse: false, want: [25, 50, 75, 100] },
    { name: 'reversed, the highest becomes 0', scores: [10, 20, 30, 40], reverse: true, want: [75, 50, 25, 0] },
    { name: 'all zero stays zero', scores: [0, 0, 0], reverse: false, want: [0, 0, 0] },
    { name: 'all zero reversed becomes 100 everywhere', scores: [0, 0, 0], reverse: true, want: [100, 100, 100] },
    { name: 'fractions are truncated', scores: [1, 3], reverse: false, want: [33, 100] },
    { name: 'reversed fractions are truncated before subtracting', scores: [1, 3], reverse: true, want: [67, 0] },
  ])('$name', ({ scores, reverse, want }) => {
    const a = Float64Array.from(scores);
    defaultNormalizeScore(a, a.length, reverse);
    expect([...a]).toEqual(want);
  });

  it('leaves entries past the count alone', () => {
    const a = Float64Array.from([5, 10, 999]);
    defaultNormalizeScore(a, 2, false);
    expect([...a]).toEqual([50, 100, 999]);
  });
});
