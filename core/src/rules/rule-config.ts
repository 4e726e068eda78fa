import type { Severity } from '../diagnostic.js';
import type { Rule, RulePreset } from './rule.js';

/** A rule's configured state: its severity, or off. */
export type RuleLevel = Severity | 'off';

/**
 * What the rule engine needs from the configuration (`.kubeplan.yaml`, flags): which rules run, at what
 * severity, with which parameters, and whether the linted set is complete.
 */
export interface RuleSettings {
  /** `none` runs only the rules configured one by one (schema validation alone, like kubeconform). */
  preset: Exclude<RulePreset, 'opt-in'> | 'none';
  /** Per-rule overrides: a level, and parameters. */
  rules: Readonly<Record<string, { level?: RuleLevel; params?: Readonly<Record<string, unknown>> }>>;
  /** References to objects missing from the set are errors, not warnings. */
  assumeComplete: boolean;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = { preset: 'recommended', rules: {}, assumeComplete: false };

const PRESET_RANK: Readonly<Record<RulePreset | 'none', number>> = { none: -1, recommended: 0, strict: 1, 'opt-in': 2 };

/** The level a rule runs at under `settings` (its default severity when its preset is enabled). */
export function ruleLevel(rule: Rule, settings: RuleSettings): RuleLevel {
  const override = settings.rules[rule.meta.id]?.level;
  if (override !== undefined) return override;
  return PRESET_RANK[rule.meta.preset] <= PRESET_RANK[settings.preset] ? rule.meta.defaultSeverity : 'off';
}

/** The rule's parameters: defaults from its metadata overlaid with the configured ones. */
export function ruleParams(rule: Rule, settings: RuleSettings): Readonly<Record<string, unknown>> {
  return { ...(rule.meta.params ?? {}), ...(settings.rules[rule.meta.id]?.params ?? {}) };
}

/**
 * A value a rule works out from its parameters (a set, compiled patterns), once per run rather than once per
 * object: the parameters object of a rule lives as long as its run.
 */
export function memoPerParams<T>(make: (params: Readonly<Record<string, unknown>>) => T): (params: Readonly<Record<string, unknown>>) => T {
  const memo = new WeakMap<Readonly<Record<string, unknown>>, T>();
  return (params) => {
    if (memo.has(params)) return memo.get(params) as T;
    const v = make(params);
    memo.set(params, v);
    return v;
  };
}
