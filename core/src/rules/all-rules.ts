import type { RuleInfo } from '../report/lint-report.js';
import { API_RULES } from './api/index.js';
import { PRACTICE_RULES } from './practices/index.js';
import { REFERENCE_RULES } from './references/index.js';
import type { Rule } from './rule.js';

/** Every semantic rule kubeplan has, in documentation order. */
export const ALL_RULES: readonly Rule[] = [...API_RULES, ...REFERENCE_RULES, ...PRACTICE_RULES];

/** The metadata SARIF and the docs need. */
export function ruleInfo(rule: Rule): RuleInfo {
  return { id: rule.meta.id, summary: rule.meta.summary, defaultSeverity: rule.meta.defaultSeverity };
}
