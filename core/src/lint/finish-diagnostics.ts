import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import type { CheckedObject } from '../report/lint-report.js';
import { ALL_RULES } from '../rules/all-rules.js';
import { DEFAULT_RULE_SETTINGS, ruleLevel, type RuleSettings } from '../rules/rule-config.js';
import { applySuppressions } from '../rules/suppressions.js';
import type { LintOptions } from './lint-loaded.js';

const SEMANTIC = new Map(ALL_RULES.map((r) => [r.meta.id, r]));

/** Whether a rule runs under `settings`: semantic rules by preset and level, built-in checks unless set `off`. */
function isActive(id: string, settings: RuleSettings): boolean {
  const rule = SEMANTIC.get(id);
  return rule !== undefined ? ruleLevel(rule, settings) !== 'off' : settings.rules[id]?.level !== 'off';
}

/**
 * Levels configured for the built-in checks (`rules: { schema-missing: off }`); semantic rules already ran at
 * their configured level.
 */
function withConfiguredLevels(diagnostics: readonly Diagnostic[], settings: RuleSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const level = SEMANTIC.has(d.rule) ? undefined : settings.rules[d.rule]?.level;
    if (level === 'off') continue;
    out.push(level === undefined || level === d.severity ? d : { ...d, severity: level });
  }
  return out;
}

/** The object a finding belongs to: the last one starting at or above it in its file (same object ref, when it has one). */
function ownerOf(objects: readonly CheckedObject[]): (d: Diagnostic) => CheckedObject | undefined {
  const byFile = new Map<string, CheckedObject[]>();
  for (const o of objects) byFile.set(o.file, [...(byFile.get(o.file) ?? []), o]);
  for (const list of byFile.values()) list.sort((a, b) => a.line - b.line);
  return (d) => {
    const list = byFile.get(d.file) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const o = list[i] as CheckedObject;
      if (o.line <= d.range.start.line && (d.object === undefined || d.object === o.ref)) return o;
    }
    return undefined;
  };
}

/**
 * An object whose error findings were all suppressed or lowered is valid after all. Only objects that lost an
 * error are looked at again.
 */
function revalidate(objects: readonly CheckedObject[], before: readonly Diagnostic[], after: readonly Diagnostic[]): void {
  if (!before.some((d) => d.severity === 'error')) return;
  const kept = new Set(after);
  const lost = before.filter((d) => d.severity === 'error' && !kept.has(d));
  if (lost.length === 0) return;
  const owner = ownerOf(objects);
  const stillInvalid = new Set(after.filter((d) => d.severity === 'error').map(owner));
  for (const d of lost) {
    const o = owner(d);
    if (o !== undefined && !stillInvalid.has(o)) o.hasError = false;
  }
}

/**
 * The last step of a lint run, on the whole set (after the worker threads, if any): levels configured for the
 * built-in checks, then suppressions (config, annotations, comments), then `unused-ignore` findings. Updates
 * the objects' validity to match and returns the findings to report, sorted. Summaries are counted after it.
 *
 * @param knownRules every rule id, for "unknown rule" in ignores
 */
export function finishDiagnostics(diagnostics: readonly Diagnostic[], objects: readonly CheckedObject[], options: LintOptions, knownRules: ReadonlySet<string>): Diagnostic[] {
  const settings = options.rules ?? DEFAULT_RULE_SETTINGS;
  const leveled = withConfiguredLevels(diagnostics, settings);
  const { diagnostics: kept } = applySuppressions(leveled, {
    texts: options.texts ?? new Map(),
    objectIgnores: options.ignoreObjects,
    defaultNamespace: options.namespace,
    knownRules,
    isActive: (id) => isActive(id, settings),
  });
  const out = withConfiguredLevels(kept, settings); // `unused-ignore` can be set to a level too
  revalidate(objects, diagnostics, out);
  return out.sort(compareDiagnostics);
}
