export { ALL_RULES, ruleInfo } from './all-rules.js';
export { ObjectIndex, type IndexedObject, type ScopeLookup } from './object-index.js';
export { RULE_CATEGORIES, type Finding, type Rule, type RuleCategory, type RuleContext, type RuleMeta, type RulePreset } from './rule.js';
export { DEFAULT_RULE_SETTINGS, ruleLevel, ruleParams, type RuleLevel, type RuleSettings } from './rule-config.js';
export { runRules, type RuleResults, type RunRulesOptions } from './run-rules.js';
export { applySuppressions, ignoreDirectives, UNUSED_IGNORE_RULE, type IgnoreDirective, type ObjectIgnore, type SuppressOptions, type SuppressResult } from './suppressions.js';
export { IGNORE_ANNOTATION, kubeLinterChecks } from './suppressions-annotations.js';
export { CATEGORY_TITLES, DOC_CATEGORIES, ruleDocs, type DocCategory, type DocPreset, type RuleDoc } from './rule-docs.js';
export { renderRuleDoc, renderRuleDocJson, renderRuleList, renderRuleListJson } from './rule-docs-text.js';
