/** Two-line builders for rule tests: YAML in, the findings of one rule (or all) out. */
import type { Diagnostic } from '../../src/diagnostic.js';
import { loadText } from '../../src/load/index.js';
import { ALL_RULES, runRules, type Rule, type RuleSettings } from '../../src/rules/index.js';
import { SchemaRegistry } from '../../src/schema/index.js';

let registry: SchemaRegistry | undefined;
const scope = (apiVersion: string, kind: string): boolean | undefined => (registry ??= SchemaRegistry.load()).isNamespaced(apiVersion, kind);

/** Runs `rules` (default: all) on the YAML text, with the recommended preset unless `settings` says otherwise. */
export function check(yaml: string, rules: readonly Rule[] = ALL_RULES, settings: Partial<RuleSettings> = {}): Diagnostic[] {
  const loaded = loadText(yaml, 'test.yaml');
  const bad = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (bad.length > 0) throw new Error(`test YAML does not load: ${bad.map((d) => d.message).join('; ')}`);
  const all: RuleSettings = { preset: 'strict', rules: {}, assumeComplete: false, ...settings };
  return runRules(loaded.manifests, rules, { settings: all, defaultNamespace: 'default', isNamespaced: scope }).diagnostics;
}

/** `rule line:col message` (1-based) of each finding, for compact assertions. */
export function summary(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => `${d.rule} ${d.range.start.line + 1}:${d.range.start.col + 1} ${d.message}`);
}

/** Findings of one rule only. */
export function findingsOf(rule: Rule, yaml: string, settings: Partial<RuleSettings> = {}): Diagnostic[] {
  return check(yaml, [rule], settings);
}
