import type { Palette } from './plan-style.js';

/** Utilization from which a bar turns yellow, then red. */
const WARN_AT = 0.7;
const FULL_AT = 0.9;

/**
 * A small utilization bar with its percentage, `█████░░░░░  52%`: green below 70 %, yellow below 90 %, red from
 * 90 % (and over 100 %, an overcommitted node). An empty capacity with no use reads as 0 %.
 */
export function usageBar(used: number, total: number, c: Palette, width = 10): string {
  const ratio = total > 0 ? used / total : used > 0 ? Number.POSITIVE_INFINITY : 0;
  const filled = Math.min(width, Math.max(0, Math.round(ratio * width)));
  const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
  const percent = Number.isFinite(ratio) ? `${Math.round(ratio * 100)}%` : '∞';
  const style = ratio >= FULL_AT ? c.red : ratio >= WARN_AT ? c.yellow : c.green;
  return `${style(bar)} ${percent.padStart(4)}`;
}
