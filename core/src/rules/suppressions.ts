/**
 * Suppressions: findings the user said not to report. Applied once to the final diagnostics of a run (every
 * rule id, schema and loader ones included), whatever produced them and however the run was split over
 * worker threads. Four forms:
 * - `ignore.objects` in `.kubeplan.yaml`: rules not to report on objects matched by kind, namespace, name;
 * - the object annotation `kubeplan.io/ignore: rule-a,rule-b` (or `all`), and kube-linter's annotations;
 * - `# kubeplan-ignore rule-a: reason` comments, covering one node and what is under it;
 * - `# kubeplan-ignore-file [rule-a,...]` comments, covering the file.
 * An annotation or comment of ours that suppresses nothing is reported (`unused-ignore`), so stale ignores do
 * not pile up.
 */
import picomatch from 'picomatch';
import type { Diagnostic, Position, SourceRange } from '../diagnostic.js';
import type { RuleInfo } from '../report/lint-report.js';
import { closest } from '../schema/suggest.js';
import { annotationDirectives, IGNORE_ANNOTATION, kubeLinterChecks } from './suppressions-annotations.js';
import { commentDirectives } from './suppressions-comments.js';

/** An entry of `ignore.objects`: kind, namespace and name are glob patterns; a missing one matches anything. */
export interface ObjectIgnore {
  kind?: string;
  namespace?: string;
  name?: string;
  /** Rule ids, or `all`. */
  rules: string[];
}

/** One ignore annotation or comment found in a file. */
export interface IgnoreDirective {
  file: string;
  /** The rule ids it names; absent: every rule. */
  rules?: readonly string[];
  /** What it covers: a range (a node, an object), the file, or nothing (a comment above a blank line). */
  scope: SourceRange | 'file' | 'nothing';
  /** Where it is written. */
  range: SourceRange;
  /** kube-linter's annotations belong to kube-linter too: kubeplan never calls them unused. */
  origin: 'comment' | 'file-comment' | 'annotation' | 'kube-linter';
}

export const UNUSED_IGNORE_RULE: RuleInfo = {
  id: 'unused-ignore',
  defaultSeverity: 'info',
  summary: 'A kubeplan-ignore comment or kubeplan.io/ignore annotation suppresses nothing, or names an unknown rule.',
};

export interface SuppressOptions {
  /** The text of every linted file (comments and annotations are read from it). */
  texts: ReadonlyMap<string, string>;
  objectIgnores?: readonly ObjectIgnore[];
  /** The namespace of objects that name none, for `ignore.objects[].namespace` (default `default`). */
  defaultNamespace?: string;
  /** Every rule id there is: an ignore naming another id is reported as unknown. */
  knownRules?: ReadonlySet<string>;
  /** Whether a rule ran: an ignore of a rule that is off is not reported as unused. Default: all ran. */
  isActive?: (ruleId: string) => boolean;
}

export interface SuppressResult {
  /** The findings left, plus `unused-ignore` findings. */
  diagnostics: Diagnostic[];
  suppressed: Diagnostic[];
}

/** Every ignore comment and annotation in one file's text. */
export function ignoreDirectives(file: string, text: string, kubeLinter = kubeLinterChecks()): IgnoreDirective[] {
  return [...commentDirectives(file, text), ...annotationDirectives(file, text, kubeLinter)];
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

function covers(directive: IgnoreDirective, d: Diagnostic): boolean {
  if (directive.rules !== undefined && !directive.rules.includes(d.rule)) return false;
  const { scope } = directive;
  if (scope === 'file' || scope === 'nothing') return scope === 'file';
  return !before(d.range.start, scope.start) && !before(scope.end, d.range.start);
}

/** `Kind/namespace/name` or `Kind/name` → its parts. */
function splitRef(ref: string): { kind: string; namespace?: string; name: string } {
  const parts = ref.split('/');
  if (parts.length >= 3) return { kind: parts[0] as string, namespace: parts[1] as string, name: parts.slice(2).join('/') };
  return { kind: parts[0] as string, name: parts[1] ?? '' };
}

function objectMatcher(ignores: readonly ObjectIgnore[], defaultNamespace: string): (d: Diagnostic) => boolean {
  if (ignores.length === 0) return () => false;
  const glob = (pattern: string | undefined): ((s: string) => boolean) => (pattern === undefined ? () => true : picomatch(pattern, { dot: true }));
  const compiled = ignores.map((i) => ({ kind: glob(i.kind), namespace: glob(i.namespace), name: glob(i.name), all: i.rules.includes('all'), rules: new Set(i.rules) }));
  return (d) => {
    if (d.object === undefined) return false;
    const ref = splitRef(d.object);
    return compiled.some((c) => (c.all || c.rules.has(d.rule)) && c.kind(ref.kind) && c.name(ref.name) && c.namespace(ref.namespace ?? defaultNamespace));
  };
}

const NO_DIRECTIVES: readonly IgnoreDirective[] = [];

/** Rules that are never suppressed: the report about ignores themselves, and problems of the configuration. */
const UNSUPPRESSIBLE = new Set([UNUSED_IGNORE_RULE.id, 'config-invalid']);

/** Drops the suppressed findings and reports the ignores that suppressed nothing. */
export function applySuppressions(diagnostics: readonly Diagnostic[], options: SuppressOptions): SuppressResult {
  const kubeLinter = kubeLinterChecks();
  const byFile = new Map<string, IgnoreDirective[]>();
  for (const [file, text] of options.texts) {
    const found = ignoreDirectives(file, text, kubeLinter);
    if (found.length > 0) byFile.set(file, found);
  }
  const isIgnoredObject = objectMatcher(options.objectIgnores ?? [], options.defaultNamespace ?? 'default');
  const used = new Map<IgnoreDirective, Set<string>>();
  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (UNSUPPRESSIBLE.has(d.rule)) {
      kept.push(d);
      continue;
    }
    let hit = isIgnoredObject(d);
    for (const directive of byFile.get(d.file) ?? NO_DIRECTIVES) {
      if (!covers(directive, d)) continue;
      hit = true;
      used.set(directive, (used.get(directive) ?? new Set()).add(d.rule));
    }
    (hit ? suppressed : kept).push(d);
  }
  for (const directives of byFile.values()) {
    for (const directive of directives) {
      const d = unusedIgnore(directive, used.get(directive) ?? new Set(), options);
      if (d !== undefined) kept.push(d);
    }
  }
  return { diagnostics: kept, suppressed };
}

const NAMES: Readonly<Record<IgnoreDirective['origin'], string>> = {
  comment: 'kubeplan-ignore',
  'file-comment': 'kubeplan-ignore-file',
  annotation: IGNORE_ANNOTATION,
  'kube-linter': 'kube-linter annotation',
};
const WHERE: Readonly<Record<IgnoreDirective['origin'], string>> = { comment: 'here', 'file-comment': 'in this file', annotation: 'on this object', 'kube-linter': '' };

function unusedIgnore(directive: IgnoreDirective, used: ReadonlySet<string>, options: SuppressOptions): Diagnostic | undefined {
  if (directive.origin === 'kube-linter') return undefined;
  const name = NAMES[directive.origin];
  const problems: string[] = [];
  if (directive.scope === 'nothing') problems.push('it is followed by a blank line or the end of the document, so it covers nothing');
  else if (directive.rules === undefined) {
    if (used.size === 0) problems.push(`nothing to suppress ${WHERE[directive.origin]}`);
  } else if (directive.rules.length === 0) problems.push('it names no rule (write rule ids, or all)');
  else {
    const known = options.knownRules;
    const unknown = directive.rules.filter((id) => known !== undefined && !known.has(id));
    for (const id of unknown) {
      const suggestion = closest(id, known ?? []);
      problems.push(`unknown rule ${JSON.stringify(id)}${suggestion !== undefined ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ''}`);
    }
    const idle = directive.rules.filter((id) => !unknown.includes(id) && !used.has(id) && (options.isActive?.(id) ?? true));
    if (idle.length > 0) problems.push(`no ${idle.join(', ')} finding ${WHERE[directive.origin]}`);
  }
  if (problems.length === 0) return undefined;
  return { rule: UNUSED_IGNORE_RULE.id, severity: 'info', message: `unused ${name}: ${problems.join('; ')}`, file: directive.file, range: directive.range };
}
