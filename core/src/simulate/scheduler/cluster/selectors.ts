/**
 * Label-selector helpers for the scheduler's indexes: a text per selector (so the replicas of a template share
 * one counting group) and the `key=value` pair a selector can be indexed by.
 */
import { selectorMatches, type LabelSelector } from '../../../model/label-selector.js';

/**
 * A selector as kube-scheduler holds it: `null` is labels.Nothing() (an absent selector matches no pod); an
 * empty selector is labels.Everything().
 */
export type Selector = LabelSelector | null;

/** Selector.Matches (Nothing matches no labels). */
export function matches(selector: Selector, labels: Readonly<Record<string, string>>): boolean {
  return selector !== null && selectorMatches(selector, labels);
}

/** labels.Selector.Empty(): the selector has no requirement at all (`{}`). */
export function isEverything(selector: Selector): boolean {
  return selector !== null && Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0;
}

/** The selector ANDed with `key=value` requirements (matchLabelKeys, DefaultSelector's merging). */
export function withLabels(selector: LabelSelector, extra: Readonly<Record<string, string>>): LabelSelector {
  return { matchLabels: { ...selector.matchLabels, ...extra }, matchExpressions: selector.matchExpressions };
}

/** The conjunction of several selectors (helper.DefaultSelector ANDs every selector that selects the pod). */
export function andSelectors(selectors: readonly LabelSelector[]): LabelSelector {
  const out: LabelSelector = { matchLabels: {}, matchExpressions: [] };
  for (const s of selectors) {
    Object.assign(out.matchLabels, s.matchLabels);
    out.matchExpressions.push(...s.matchExpressions);
  }
  return out;
}

/**
 * A text that is the same for selectors written the same way — every replica of a template — so that they
 * share one counting group. Selectors equal in meaning but written in another order get groups of their own,
 * each counting correctly; only the sharing is lost. (JSON is what makes this cheap enough to run per pod.)
 */
export function selectorKey(selector: Selector): string {
  return JSON.stringify(selector);
}

/**
 * A `key\0value` pair every pod the selector matches must carry (its first matchLabels entry), used to find
 * the selectors a new pod may match without testing them all; undefined when it has no matchLabels.
 */
export function indexPair(selector: LabelSelector): string | undefined {
  for (const k of Object.keys(selector.matchLabels).sort()) return labelPair(k, selector.matchLabels[k] as string);
  return undefined;
}

/** The index key of one label. */
export function labelPair(key: string, value: string): string {
  return `${key}\u0000${value}`;
}
