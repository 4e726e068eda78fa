import type { Diagnostic } from '../diagnostic.js';
import { duplicateObject, duplicatePairs, objectIdentity } from '../lint/duplicate-objects.js';
import { finishDiagnostics } from '../lint/finish-diagnostics.js';
import { kindMatcher, rejectedKind } from '../lint/kind-filter.js';
import { LINT_RULE_IDS, type LintOptions } from '../lint/lint-loaded.js';
import type { LoadResult, Manifest } from '../load/types.js';
import { objectRef } from '../model/object-ref.js';
import type { CheckedObject } from '../report/lint-report.js';
import { ALL_RULES } from '../rules/all-rules.js';
import { DEFAULT_RULE_SETTINGS } from '../rules/rule-config.js';
import type { Rule } from '../rules/rule.js';
import { runRules } from '../rules/run-rules.js';
import { registerCrds } from '../schema/register-crds.js';
import type { SchemaRegistry } from '../schema/schema-registry.js';
import type { Validator } from '../schema/validator.js';

/** One file to lint in the editor, and the rest of the workspace it is checked against. */
export interface LintFileInput {
  file: string;
  text: string;
  /** The file's load result (`loadText(text, file, { discovered: true })`). */
  loaded: LoadResult;
  /** The manifests of every other file of the workspace, files in workspace order. */
  others: readonly Manifest[];
  /** Where the file sorts among the others' files (duplicates: the first definition wins). */
  before: (otherFile: string) => boolean;
}

export interface LintFileOptions extends Pick<LintOptions, 'strict' | 'skipKinds' | 'rejectKinds' | 'namespace' | 'rules' | 'cluster' | 'ignoreObjects'> {
  /** Compiled once per settings by the caller (`createValidator`). */
  validator: Validator;
  registry: SchemaRegistry;
  /** The semantic rules (default: every rule); the caller may add its own. */
  ruleSet?: readonly Rule[];
  /** A rule threw on an object: that rule's check of that object is skipped and the error handed here. */
  onRuleError?: (ruleId: string, object: string, error: unknown) => void;
}

const STRICT_ONLY_RULES = new Set(['yaml-duplicate-key']);

function syntaxLines(diagnostics: readonly Diagnostic[]): Set<number> {
  const lines = new Set<number>();
  for (const d of diagnostics) {
    if (d.rule !== 'yaml-syntax' && d.rule !== 'yaml-tab-indent') continue;
    for (let line = d.range.start.line; line <= d.range.end.line; line++) lines.add(line);
  }
  return lines;
}

/**
 * Rules that check only the file's manifests while the index they look things up in holds the whole
 * workspace: a keystroke re-checks one file, and cross-file references still resolve. Each rule is limited to
 * the kinds the file has, so the engine does not visit the rest of the workspace for nothing. A rule that
 * throws is reported through `onError` and skipped for that object.
 */
function scopedRules(rules: readonly Rule[], own: ReadonlySet<Manifest>, onError: LintFileOptions['onRuleError']): Rule[] {
  const kinds = new Set<string>();
  for (const m of own) if (typeof m.object.kind === 'string') kinds.add(m.object.kind);
  const out: Rule[] = [];
  for (const rule of rules) {
    const applies = (rule.kinds ?? [...kinds]).filter((k) => kinds.has(k));
    if (applies.length === 0) continue;
    out.push({
      meta: rule.meta,
      kinds: applies,
      check(ctx) {
        if (!own.has(ctx.manifest)) return;
        try {
          rule.check(ctx);
        } catch (err) {
          if (onError === undefined) throw err;
          onError(rule.meta.id, objectRef(ctx.object), err);
        }
      },
    });
  }
  return out;
}

/**
 * Lints one file of an editor workspace the way `lintLoaded` lints a set, at the cost of that file: schema
 * validation of its objects only, semantic rules on its objects against an index of the whole workspace,
 * duplicates across files, then levels and suppressions (ignore comments and annotations of the file).
 * Returns the file's diagnostics, sorted. Never throws on bad input.
 */
export function lintFile(input: LintFileInput, options: LintFileOptions): Diagnostic[] {
  const { file, loaded } = input;
  const strict = options.strict ?? true;
  const namespace = options.namespace ?? 'default';
  const diagnostics: Diagnostic[] = loaded.diagnostics.map((d) =>
    !strict && STRICT_ONLY_RULES.has(d.rule) && d.severity === 'error' ? { ...d, severity: 'warning' } : d,
  );
  const isSkipped = kindMatcher(options.skipKinds ?? []);
  const isRejected = kindMatcher(options.rejectKinds ?? []);
  const manifests = loaded.manifests.filter((m) => !isSkipped(m));
  diagnostics.push(...registerCrds(options.registry, manifests));
  const broken = syntaxLines(loaded.diagnostics);
  const objects: CheckedObject[] = [];
  const accepted: Manifest[] = [];
  for (const m of manifests) {
    let found = isRejected(m) ? [rejectedKind(m)] : options.validator.validate(m);
    if (m.source.partial === true) found = found.filter((d) => !broken.has(d.range.start.line));
    diagnostics.push(...found);
    const refused = found.some((d) => d.severity === 'error' && (d.path === 'apiVersion' || d.path === 'kind'));
    if (!refused) accepted.push(m);
    const line = m.source.positions.documentRange.start.line;
    objects.push({ file, ref: objectRef(m.object), line, docIndex: m.source.docIndex, itemIndex: m.source.itemIndex });
  }
  const others = input.others.filter((m) => !isSkipped(m));
  const own = new Set(accepted);
  if (accepted.length > 0) {
    const rules = scopedRules(options.ruleSet ?? ALL_RULES, own, options.onRuleError);
    const ruled = runRules([...accepted, ...others], rules, {
      settings: options.rules ?? DEFAULT_RULE_SETTINGS,
      defaultNamespace: namespace,
      isNamespaced: (apiVersion, kind) => options.registry.isNamespaced(apiVersion, kind),
      cluster: options.cluster,
    });
    diagnostics.push(...ruled.diagnostics);
  }
  diagnostics.push(...duplicatesIn(input, manifests, others, options.registry, namespace));
  const settings = { ...options, rules: options.rules ?? DEFAULT_RULE_SETTINGS, texts: new Map([[file, input.text]]) };
  return finishDiagnostics(diagnostics, objects, settings, LINT_RULE_IDS).filter((d) => d.file === file);
}

/** Objects of the file defined again in it, or already defined in a file that comes first. */
function duplicatesIn(input: LintFileInput, own: readonly Manifest[], others: readonly Manifest[], registry: SchemaRegistry, namespace: string): Diagnostic[] {
  const first = others.filter((m) => input.before(m.source.file));
  const ordered = [...first, ...own, ...others.filter((m) => !input.before(m.source.file))];
  const out: Diagnostic[] = [];
  for (const { index, first: at } of duplicatePairs(ordered.map((m) => objectIdentity(m, registry, namespace)))) {
    const m = ordered[index] as Manifest;
    if (m.source.file !== input.file) continue;
    const original = ordered[at] as Manifest;
    out.push(duplicateObject(m, { file: original.source.file, line: original.source.positions.documentRange.start.line }));
  }
  return out;
}
