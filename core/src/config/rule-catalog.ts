import type { RuleInfo } from '../report/lint-report.js';
import { ALL_RULES } from '../rules/all-rules.js';
import type { RuleCatalogEntry } from './config.js';

/** Every rule id a configuration may name: the rule modules (with their parameters) and the built-in checks. */
export function ruleCatalog(lintRules: readonly RuleInfo[]): RuleCatalogEntry[] {
  const modules = ALL_RULES.map((r) => ({ id: r.meta.id, ...(r.meta.params !== undefined ? { params: r.meta.params } : {}) }));
  const ids = new Set(modules.map((r) => r.id));
  return [...modules, ...lintRules.filter((r) => !ids.has(r.id)).map((r) => ({ id: r.id }))];
}
