/**
 * The checks the JSON schema cannot make because they depend on the rules kubeplan has: rule ids (under
 * `rules` and `ignore.objects[].rules`) and rule parameters (names, and types against their defaults).
 */
import type { PathSegment } from '../load/json-path.js';
import type { RuleLevel } from '../rules/rule-config.js';
import { closest } from '../schema/suggest.js';
import type { ConfiguredRule, RuleCatalogEntry } from './config.js';

/** Reports a `config-invalid` problem at a path of the configuration. */
export type ConfigReporter = (path: readonly PathSegment[], on: 'key' | 'value', message: string) => void;

/** The id that `all` stands for in ignore lists. */
export const ALL_RULES_ID = 'all';

function unknownRule(id: string, catalog: readonly RuleCatalogEntry[]): string {
  const suggestion = closest(id, catalog.map((r) => r.id));
  const hint = suggestion !== undefined ? ` (did you mean ${JSON.stringify(suggestion)}?)` : '';
  return `unknown rule ${JSON.stringify(id)}${hint}; \`kubeplan rules\` lists them`;
}

function typeName(v: unknown): string {
  return Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v === 'object' ? 'mapping' : typeof v;
}

/**
 * A rule's setting as written (`warning`, or `{ level, params }`, already schema-checked), checked against
 * the catalog. Returns undefined when the rule id is unknown (reported).
 */
export function checkRuleSetting(id: string, written: unknown, catalog: readonly RuleCatalogEntry[], report: ConfigReporter): ConfiguredRule | undefined {
  const rule = catalog.find((r) => r.id === id);
  if (rule === undefined) {
    report(['rules', id], 'key', unknownRule(id, catalog));
    return undefined;
  }
  if (typeof written === 'string') return { level: written as RuleLevel };
  const setting = (written ?? {}) as { level?: RuleLevel; params?: Record<string, unknown> };
  const out: ConfiguredRule = setting.level !== undefined ? { level: setting.level } : {};
  if (setting.params === undefined) return out;
  const defaults = rule.params ?? {};
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(setting.params)) {
    const path = ['rules', id, 'params', name];
    if (!(name in defaults)) {
      const known = Object.keys(defaults);
      const suggestion = closest(name, known);
      const list = known.length > 0 ? `its parameters are ${known.join(', ')}` : 'it has no parameters';
      report(path, 'key', `rule ${id}: unknown parameter ${JSON.stringify(name)}${suggestion !== undefined ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ''}; ${list}`);
      continue;
    }
    const expected = typeName(defaults[name]);
    if (defaults[name] !== null && defaults[name] !== undefined && typeName(value) !== expected) {
      report(path, 'value', `rule ${id}: parameter ${name} must be a ${expected} (like its default ${JSON.stringify(defaults[name])}), got a ${typeName(value)}`);
      continue;
    }
    params[name] = value;
  }
  out.params = params;
  return out;
}

/** The rule ids of one `ignore.objects` entry that exist (`all` included); unknown ones are reported. */
export function checkIgnoredRules(ids: readonly string[], at: readonly PathSegment[], catalog: readonly RuleCatalogEntry[], report: ConfigReporter): string[] {
  return ids.filter((id, i) => {
    if (id === ALL_RULES_ID || catalog.some((r) => r.id === id)) return true;
    report([...at, i], 'value', unknownRule(id, catalog));
    return false;
  });
}
