import type { Severity } from '../diagnostic.js';
import type { RuleInfo } from '../report/lint-report.js';
import { ruleDocsUrl } from '../report/links.js';
import { ALL_RULES } from './all-rules.js';
import { RULE_CATEGORIES, type Rule, type RuleCategory, type RulePreset } from './rule.js';
import { BUILTIN_DOCS, type BuiltinCategory } from './rule-docs-builtin.js';

/** The headings rules are grouped under, in documentation order. */
export type DocCategory = BuiltinCategory | RuleCategory;

export const DOC_CATEGORIES: readonly DocCategory[] = ['input', 'schema', ...RULE_CATEGORIES, 'configuration'];

export const CATEGORY_TITLES: Readonly<Record<DocCategory, string>> = {
  input: 'Input: files and YAML',
  schema: 'Schema and API versions',
  'api-validation': 'API validation: what the API server rejects',
  references: 'References between objects',
  security: 'Security',
  resources: 'Resources',
  probes: 'Probes',
  images: 'Images',
  networking: 'Networking',
  availability: 'Availability',
  rbac: 'RBAC',
  metadata: 'Metadata',
  scheduling: 'Scheduling',
  'deprecated-fields': 'Deprecated fields',
  configuration: 'Configuration and ignores',
};

/** Checks that are not rule modules run whatever the preset (`always`); they can still be set off in the configuration. */
export type DocPreset = RulePreset | 'always';

/** Everything `kubeplan rules ID`, `--output json` and docs/rules.md show about one rule id. */
export interface RuleDoc {
  id: string;
  category: DocCategory;
  defaultSeverity: Severity;
  preset: DocPreset;
  summary: string;
  rationale: string;
  howToFix: string;
  examples?: { invalid: string; valid: string };
  peers: string[];
  params: Record<string, unknown>;
  docsUrl: string;
}

function fromRule(rule: Rule): RuleDoc {
  const m = rule.meta;
  return {
    id: m.id,
    category: m.category,
    defaultSeverity: m.defaultSeverity,
    preset: m.preset,
    summary: m.summary,
    rationale: m.rationale,
    howToFix: m.howToFix,
    ...(m.examples !== undefined ? { examples: m.examples } : {}),
    peers: [...(m.peers ?? [])],
    params: { ...(m.params ?? {}) },
    docsUrl: ruleDocsUrl(m.id),
  };
}

function fromBuiltin(info: RuleInfo): RuleDoc {
  const doc = BUILTIN_DOCS[info.id];
  return {
    id: info.id,
    category: doc?.category ?? 'input',
    defaultSeverity: info.defaultSeverity,
    preset: 'always',
    summary: info.summary,
    rationale: doc?.rationale ?? '',
    howToFix: doc?.howToFix ?? '',
    ...(doc?.examples !== undefined ? { examples: doc.examples } : {}),
    peers: [...(doc?.peers ?? [])],
    params: {},
    docsUrl: ruleDocsUrl(info.id),
  };
}

/**
 * The documentation of every rule id: the rule modules' full metadata, plus the built-in checks listed in
 * `lintRules` (pass `LINT_RULES`), sorted by category (in {@link DOC_CATEGORIES} order) then id.
 */
export function ruleDocs(lintRules: readonly RuleInfo[], rules: readonly Rule[] = ALL_RULES): RuleDoc[] {
  const modules = new Set(rules.map((r) => r.meta.id));
  const docs = [...rules.map(fromRule), ...lintRules.filter((r) => !modules.has(r.id)).map(fromBuiltin)];
  const rank = (c: DocCategory): number => DOC_CATEGORIES.indexOf(c);
  return docs.sort((a, b) => rank(a.category) - rank(b.category) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
