/**
 * The one helper that brings raw scores to 0–100 (pkg/scheduler/framework/plugins/helper/normalize_score.go
 * DefaultNormalizeScore): scale by the highest raw score with integer division; `reverse` turns "more is worse"
 * counts (untolerated PreferNoSchedule taints) into "more is better" scores.
 */

/** framework.MaxNodeScore. */
export const MAX_NODE_SCORE = 100;

/**
 * Normalises the first `count` scores in place. All zero: they stay 0, or become 100 when reversed (no node is
 * worse than another).
 */
export function defaultNormalizeScore(scores: Float64Array, count: number, reverse: boolean): void {
  let max = 0;
  for (let i = 0; i < count; i++) if ((scores[i] as number) > max) max = scores[i] as number;
  if (max === 0) {
    if (reverse) scores.fill(MAX_NODE_SCORE, 0, count);
    return;
  }
  for (let i = 0; i < count; i++) {
    const scaled = Math.trunc((MAX_NODE_SCORE * (scores[i] as number)) / max);
    scores[i] = reverse ? MAX_NODE_SCORE - scaled : scaled;
  }
}
