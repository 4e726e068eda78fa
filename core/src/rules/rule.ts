import type { ClusterNodes } from '../cluster/cluster-nodes.js';
import type { Fix, Severity } from '../diagnostic.js';
import type { PathSegment } from '../load/json-path.js';
import type { KubeObject, Manifest } from '../load/types.js';
import type { ObjectIndex } from './object-index.js';
import type { PodFacts } from './pod-facts.js';

/** Where a rule belongs; also the heading it is listed under in docs/rules.md. */
export type RuleCategory =
  | 'api-validation'
  | 'references'
  | 'security'
  | 'resources'
  | 'probes'
  | 'images'
  | 'networking'
  | 'availability'
  | 'rbac'
  | 'metadata'
  | 'scheduling'
  | 'deprecated-fields';

export const RULE_CATEGORIES: readonly RuleCategory[] = [
  'api-validation',
  'references',
  'security',
  'resources',
  'probes',
  'images',
  'networking',
  'availability',
  'rbac',
  'metadata',
  'scheduling',
  'deprecated-fields',
];

/** Which preset turns a rule on: `recommended` (the default, quiet on well-run manifests) ⊂ `strict`; `opt-in` only by config. */
export type RulePreset = 'recommended' | 'strict' | 'opt-in';

/** Everything the docs, `kubeplan rules ID`, SARIF and the editor show about a rule. */
export interface RuleMeta {
  /** Stable kebab-case id. */
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** The lowest preset that enables it. API-validation and reference rules are `recommended`. */
  preset: RulePreset;
  /** One line: what it finds. */
  summary: string;
  /** Why it matters (for API-validation rules: the upstream source that rejects it). */
  rationale: string;
  /** How to fix it. */
  howToFix: string;
  /** Small YAML examples for the docs: one that triggers the rule, one that does not. */
  examples?: { invalid: string; valid: string };
  /** Equivalent checks of peer tools, e.g. `kube-linter:run-as-non-root`, `kube-score:container-security-context-user-group-id`. */
  peers?: readonly string[];
  /** Parameters the rule reads from `.kubeplan.yaml` (`rules: { id: { params } }`), with defaults. */
  params?: Readonly<Record<string, unknown>>;
}

/** One finding as a rule reports it; the engine turns it into a positioned `Diagnostic`. */
export interface Finding {
  /** JSON path of the offending field (relative to the object root). Missing fields point at their nearest written parent. */
  path: string | readonly PathSegment[];
  message: string;
  /** Default: the rule's (configured) severity. */
  severity?: Severity;
  /** Position on the key (default for missing/unknown fields) or the value (default otherwise). */
  on?: 'key' | 'value';
  fix?: Fix;
}

/** What a rule sees while checking one object; valid while `check` runs (the engine hands it to the next rule after). */
export interface RuleContext {
  readonly manifest: Manifest;
  readonly object: KubeObject;
  /** The object's pod template and containers (workload kinds with a written pod spec), shared by every rule of the run. */
  readonly pod: PodFacts | undefined;
  /** Every object in the linted set, indexed (for cross-object rules). */
  readonly index: ObjectIndex;
  /** The rule's parameters: its `meta.params` defaults overlaid with the user's config. */
  readonly params: Readonly<Record<string, unknown>>;
  /** Set when the user said the linted set is the whole application (`assume-complete: true`). */
  readonly assumeComplete: boolean;
  /** The namespace of objects that name none (default `default`). */
  readonly defaultNamespace: string;
  /** Whether a kind is namespaced (built-in schema and CRDs of the run); `undefined` when unknown. */
  isNamespaced(apiVersion: string, kind: string): boolean | undefined;
  /** The cluster given with `--cluster` (or `cluster:` in the configuration); undefined when none was. */
  readonly cluster?: ClusterNodes;
  /**
   * A value several rules derive from this object (its ConfigMap and Secret references, say), made once for all
   * the rules that check the object, by `key` (a function or object the rules share), and dropped after them.
   */
  shared<T>(key: object, make: () => T): T;
  report(finding: Finding): void;
}

/**
 * A rule: metadata plus a check. `kinds` limits which objects `check` is called for (by `kind`; workloads can use
 * `WORKLOAD_KINDS`); without it, every object. A rule never computes positions; it names paths.
 */
export interface Rule {
  readonly meta: RuleMeta;
  readonly kinds?: readonly string[];
  check(ctx: RuleContext): void;
}
