import type { ClusterNodes } from '../cluster/cluster-nodes.js';
import type { Diagnostic, Severity } from '../diagnostic.js';
import type { KubeObject, Manifest } from '../load/types.js';
import { objectRef } from '../model/object-ref.js';
import { podTemplateOf } from '../model/pod-template.js';
import { FindingPaths } from './finding-paths.js';
import { ObjectIndex, type ScopeLookup } from './object-index.js';
import { PodFacts } from './pod-facts.js';
import type { Finding, Rule, RuleContext } from './rule.js';
import { ruleLevel, ruleParams, type RuleSettings } from './rule-config.js';

export interface RuleResults {
  diagnostics: Diagnostic[];
  /** Manifests with an error-level finding. */
  invalid: Set<Manifest>;
}

export interface RunRulesOptions {
  settings: RuleSettings;
  defaultNamespace: string;
  isNamespaced: ScopeLookup;
  /** The cluster to check scheduling against (`RuleContext.cluster`). */
  cluster?: ClusterNodes;
}

/** A rule that runs, with its level and parameters resolved once. */
interface EnabledRule {
  rule: Rule;
  level: Severity;
  /** A level the user configured wins over the severity a rule picks for a finding. */
  configured: boolean;
  params: Readonly<Record<string, unknown>>;
}

/** What every rule of a run reads about one manifest, worked out on first use, once. */
class ManifestFacts {
  private podFacts: PodFacts | null | undefined;
  private displayRef: string | undefined;
  private scratch: Map<object, unknown> | undefined;

  constructor(readonly manifest: Manifest) {}

  get pod(): PodFacts | undefined {
    if (this.podFacts === undefined) {
      const template = podTemplateOf(this.manifest.object);
      this.podFacts = template === undefined ? null : new PodFacts(template);
    }
    return this.podFacts ?? undefined;
  }

  /** `objectRef` of the object, for every finding on it. */
  get ref(): string {
    return (this.displayRef ??= objectRef(this.manifest.object));
  }

  shared<T>(key: object, make: () => T): T {
    this.scratch ??= new Map();
    if (this.scratch.has(key)) return this.scratch.get(key) as T;
    const value = make();
    this.scratch.set(key, value);
    return value;
  }

  /** Once every rule has checked the object: what they shared is not kept for the rest of the run. */
  release(): void {
    this.scratch = undefined;
  }
}

/** One rule run over a set of manifests: the shared state of its contexts, and the findings. */
class Run {
  readonly diagnostics: Diagnostic[] = [];
  readonly invalid = new Set<Manifest>();
  readonly paths = new FindingPaths();
  private readonly facts = new Map<Manifest, ManifestFacts>();
  private objectIndex: ObjectIndex | undefined;

  constructor(
    readonly manifests: readonly Manifest[],
    readonly options: RunRulesOptions,
  ) {}

  factsOf(manifest: Manifest): ManifestFacts {
    let f = this.facts.get(manifest);
    if (f === undefined) {
      f = new ManifestFacts(manifest);
      this.facts.set(manifest, f);
    }
    return f;
  }

  /** Built only when a cross-object rule asks; it shares the pod facts of the contexts. */
  get index(): ObjectIndex {
    return (this.objectIndex ??= new ObjectIndex(this.manifests, this.options.defaultNamespace, this.options.isNamespaced, (m) => this.factsOf(m).pod));
  }

  report(enabled: EnabledRule, facts: ManifestFacts, finding: Finding): void {
    const d = toDiagnostic(enabled.rule, facts, finding, enabled.configured ? enabled.level : (finding.severity ?? enabled.level), this.paths);
    this.diagnostics.push(d);
    if (d.severity === 'error') this.invalid.add(facts.manifest);
  }
}

/**
 * What the rules see while checking one manifest: one context per manifest, handed to each rule in turn (`use`),
 * so it is valid for a rule while its `check` runs (rules are synchronous and keep no context afterwards).
 */
class Context implements RuleContext {
  readonly manifest: Manifest;
  readonly object: KubeObject;
  params: Readonly<Record<string, unknown>> = {};
  private enabled: EnabledRule | undefined;

  constructor(
    private readonly run: Run,
    private readonly facts: ManifestFacts,
  ) {
    this.manifest = facts.manifest;
    this.object = facts.manifest.object;
  }

  /** Hands the context to the next rule. */
  use(enabled: EnabledRule): this {
    this.enabled = enabled;
    this.params = enabled.params;
    return this;
  }

  get pod(): PodFacts | undefined {
    return this.facts.pod;
  }

  get index(): ObjectIndex {
    return this.run.index;
  }

  get assumeComplete(): boolean {
    return this.run.options.settings.assumeComplete;
  }

  get defaultNamespace(): string {
    return this.run.options.defaultNamespace;
  }

  get cluster(): ClusterNodes | undefined {
    return this.run.options.cluster;
  }

  isNamespaced(apiVersion: string, kind: string): boolean | undefined {
    return this.run.options.isNamespaced(apiVersion, kind);
  }

  shared<T>(key: object, make: () => T): T {
    return this.facts.shared(key, make);
  }

  report(finding: Finding): void {
    this.run.report(this.enabled as EnabledRule, this.facts, finding);
  }
}

/**
 * Turns a rule's finding into a positioned diagnostic on the manifest it was found in. A finding that does not
 * say where to point goes on the value of a written field, and on the key of the nearest written ancestor of a
 * missing one: `locate` with `value` gives exactly that.
 */
function toDiagnostic(rule: Rule, facts: ManifestFacts, finding: Finding, severity: Severity, paths: FindingPaths): Diagnostic {
  const source = facts.manifest.source;
  const d: Diagnostic = {
    rule: rule.meta.id,
    severity,
    message: finding.message,
    file: source.file,
    range: source.positions.locate(finding.path, finding.on ?? 'value'),
    object: facts.ref,
    path: typeof finding.path === 'string' ? finding.path : paths.format(finding.path),
  };
  if (finding.fix !== undefined) d.fix = finding.fix;
  return d;
}

/** The enabled rules that apply to a kind, in rule order (each list is built on first use). */
function rulesByKind(enabled: readonly EnabledRule[]): (kind: string) => readonly EnabledRule[] {
  const byKind = new Map<string, readonly EnabledRule[]>();
  return (kind) => {
    let list = byKind.get(kind);
    if (list === undefined) {
      list = enabled.filter((r) => r.rule.kinds === undefined || r.rule.kinds.includes(kind));
      byKind.set(kind, list);
    }
    return list;
  };
}

/**
 * Runs every enabled rule on every manifest it applies to. A rule that throws is our bug: it is reported as
 * an internal finding on that object and the run goes on.
 */
export function runRules(manifests: readonly Manifest[], rules: readonly Rule[], options: RunRulesOptions): RuleResults {
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    const level = ruleLevel(rule, options.settings);
    if (level === 'off') continue;
    enabled.push({ rule, level, configured: options.settings.rules[rule.meta.id]?.level !== undefined, params: ruleParams(rule, options.settings) });
  }
  const run = new Run(manifests, options);
  if (enabled.length === 0) return { diagnostics: run.diagnostics, invalid: run.invalid };
  const rulesFor = rulesByKind(enabled);
  for (const manifest of manifests) {
    const kind = manifest.object.kind;
    if (typeof kind !== 'string') continue;
    const applicable = rulesFor(kind);
    if (applicable.length === 0) continue;
    const facts = run.factsOf(manifest);
    const ctx = new Context(run, facts);
    for (const r of applicable) {
      try {
        r.rule.check(ctx.use(r));
      } catch (err) {
        const message = `internal error in rule ${r.rule.meta.id}: ${err instanceof Error ? err.message : String(err)}`;
        run.diagnostics.push(toDiagnostic(r.rule, facts, { path: [], message }, 'warning', run.paths));
      }
    }
    facts.release();
  }
  return { diagnostics: run.diagnostics, invalid: run.invalid };
}
