export { ALL_RULES, ruleInfo } from './all-rules.js';
export { ObjectIndex, type IndexedObject, type ScopeLookup } from './object-index.js';
export { RULE_CATEGORIES, type Finding, type Rule, type RuleCategory, type RuleContext, type RuleMeta, type RulePreset } from './rule.js';
export { DEFAULT_RULE_SETTINGS, ruleLevel, ruleParams, type RuleLevel, type RuleSettings } from './rule-config.js';
export { runRules, type RuleResults, type RunRulesOptions } from './run-rules.js';
