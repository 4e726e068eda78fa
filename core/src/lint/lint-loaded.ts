import type { ClusterNodes } from '../cluster/cluster-nodes.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import type { LoadResult, Manifest } from '../load/types.js';
import { LOAD_RULES } from '../load/load-rules.js';
import { objectRef } from '../model/object-ref.js';
import type { CheckedObject, LintReport, RuleInfo } from '../report/lint-report.js';
import { createValidator, registerCrds, resolveSchemaLocations, SCHEMA_RULES, SchemaRegistry } from '../schema/index.js';
import { VERSION } from '../version.js';
import { DUPLICATE_OBJECT_RULE, duplicateObject, duplicatePairs, objectIdentity } from './duplicate-objects.js';
import { kindMatcher, REJECTED_KIND_RULE, rejectedKind } from './kind-filter.js';
import { summarize } from './summarize.js';
import { ALL_RULES, DEFAULT_RULE_SETTINGS, ruleInfo, runRules, type RuleResults, type RuleSettings } from '../rules/index.js';
import { UNUSED_IGNORE_RULE, type ObjectIgnore } from '../rules/suppressions.js';
import { CONFIG_INVALID_RULE } from '../config/config.js';
import { finishDiagnostics } from './finish-diagnostics.js';

export interface LintOptions {
  /** Target Kubernetes version (`1.30`); default: the built-in schema's. */
  kubeVersion?: string;
  /** Unknown fields and duplicate keys are errors (default true); otherwise warnings, as with kubectl --validate=warn. */
  strict?: boolean;
  ignoreMissingSchemas?: boolean;
  /** --schema-location entries: folders, files, kubeconform-style templates, URLs. */
  schemaLocations?: readonly string[];
  /** Base for relative schema locations. */
  cwd?: string;
  /** Kinds (`Kind` or `apiVersion/Kind`) not to check; counted as skipped. */
  skipKinds?: readonly string[];
  /** Kinds (`Kind` or `apiVersion/Kind`) that are an error wherever they appear. */
  rejectKinds?: readonly string[];
  /** Namespace of namespaced objects that do not name one (kubectl's `-n`); default `default`. */
  namespace?: string;
  /** Which semantic rules run, at what level, with which parameters (default: the recommended preset). */
  rules?: RuleSettings;
  /** The cluster the scheduling rules check against (`--cluster`, loaded with `loadClusterNodes`); none by default. */
  cluster?: ClusterNodes;
  /** Leave the semantic rules to the caller (worker threads: the pool runs them on the whole set). */
  skipRules?: boolean;
  /**
   * The text of each input file, by file name: ignore comments and annotations are read from it. In-memory
   * callers (the language server) pass the text they loaded; without it only `ignoreObjects` suppress.
   */
  texts?: ReadonlyMap<string, string>;
  /** `ignore.objects` of the configuration: rules not to report on some objects. */
  ignoreObjects?: readonly ObjectIgnore[];
  /** Leave configured levels of built-in checks and suppressions to the caller (worker threads: the pool applies them). */
  deferSuppressions?: boolean;
  /**
   * Leave duplicate detection to the caller (worker threads see only part of the input; the pool compares the
   * `identity` of every checked object instead).
   */
  deferDuplicates?: boolean;
}

/** Every rule the lint pipeline can emit, for SARIF and the docs. */
export const LINT_RULES: readonly RuleInfo[] = [
  ...LOAD_RULES,
  ...SCHEMA_RULES,
  DUPLICATE_OBJECT_RULE,
  REJECTED_KIND_RULE,
  CONFIG_INVALID_RULE,
  UNUSED_IGNORE_RULE,
  ...ALL_RULES.map(ruleInfo),
];

/** Every rule id, for "unknown rule" in ignores. */
export const LINT_RULE_IDS: ReadonlySet<string> = new Set(LINT_RULES.map((r) => r.id));

/** Rules whose findings the API server only warns about when field validation is not strict. */
const STRICT_ONLY_RULES = new Set(['yaml-duplicate-key']);

function syntaxErrorLines(diagnostics: readonly Diagnostic[]): Set<string> {
  const lines = new Set<string>();
  for (const d of diagnostics) {
    if (d.rule !== 'yaml-syntax' && d.rule !== 'yaml-tab-indent') continue;
    for (let line = d.range.start.line; line <= d.range.end.line; line++) lines.add(`${d.file}:${line}`);
  }
  return lines;
}

/**
 * Semantic rules run on every object the API server would accept as a kind (not on removed apiVersions), with
 * the configured preset and levels.
 */
export function runSemanticRules(manifests: readonly Manifest[], options: LintOptions, registry: SchemaRegistry): RuleResults {
  return runRules(manifests, ALL_RULES, {
    settings: options.rules ?? DEFAULT_RULE_SETTINGS,
    defaultNamespace: options.namespace ?? 'default',
    isNamespaced: (apiVersion, kind) => registry.isNamespaced(apiVersion, kind),
    cluster: options.cluster,
  });
}

/** A lint report plus the manifests the semantic rules ran on (or would run on). */
export interface LintLoadedResult extends LintReport {
  accepted: Manifest[];
}

/**
 * Checks loaded manifests: registers the CRDs in the set (and --schema-location schemas), validates every
 * object, and finds objects defined twice. Pure apart from reading --schema-location schemas.
 */
export async function lintLoaded(loaded: LoadResult, options: LintOptions = {}, registry: SchemaRegistry = SchemaRegistry.load()): Promise<LintLoadedResult> {
  const strict = options.strict ?? true;
  const validator = createValidator(registry, options);
  let diagnostics: Diagnostic[] = loaded.diagnostics.map((d) =>
    !strict && STRICT_ONLY_RULES.has(d.rule) && d.severity === 'error' ? { ...d, severity: 'warning' } : d,
  );
  const isSkipped = kindMatcher(options.skipKinds ?? []);
  const isRejected = kindMatcher(options.rejectKinds ?? []);
  const manifests = loaded.manifests.filter((m) => !isSkipped(m));
  const skippedKinds = loaded.manifests.length - manifests.length;

  diagnostics.push(...registerCrds(registry, manifests));
  if (options.schemaLocations !== undefined && options.schemaLocations.length > 0) {
    diagnostics.push(
      ...(await resolveSchemaLocations(registry, manifests, { locations: options.schemaLocations, kubeVersion: validator.kubeVersion, strict, cwd: options.cwd })),
    );
  }

  const brokenLines = syntaxErrorLines(loaded.diagnostics);
  // Load errors about an object (a duplicate key in it, say) make that object invalid too.
  const loadErrors = new Set(diagnostics.filter((d) => d.severity === 'error' && d.object !== undefined).map((d) => `${d.file}\0${d.object}`));
  const namespace = options.namespace ?? 'default';
  const objects: CheckedObject[] = [];
  const refusedApi: boolean[] = [];
  for (const manifest of manifests) {
    let found = isRejected(manifest) ? [rejectedKind(manifest)] : validator.validate(manifest);
    // A document with YAML errors is only the parser's best guess: schema findings on the broken lines
    // (e.g. `preStop:#x` read as one odd key) repeat the syntax error in a more confusing way.
    if (manifest.source.partial === true) found = found.filter((d) => !brokenLines.has(`${d.file}:${d.range.start.line}`));
    for (const d of found) diagnostics.push(d);
    // An object whose apiVersion or kind the server refuses never exists, so it cannot clash with another.
    const refused = found.some((d) => d.severity === 'error' && (d.path === 'apiVersion' || d.path === 'kind'));
    refusedApi.push(refused);
    objects.push({
      file: manifest.source.file,
      ref: objectRef(manifest.object),
      line: manifest.source.positions.documentRange.start.line,
      docIndex: manifest.source.docIndex,
      itemIndex: manifest.source.itemIndex,
      identity: refused ? undefined : objectIdentity(manifest, registry, namespace),
      hasError: found.some((d) => d.severity === 'error') || loadErrors.has(`${manifest.source.file}\0${objectRef(manifest.object)}`),
    });
  }
  const accepted = manifests.filter((_, i) => refusedApi[i] !== true);
  if (options.skipRules !== true) {
    const ruled = runSemanticRules(accepted, options, registry);
    diagnostics = diagnostics.concat(ruled.diagnostics); // one copy, not tens of thousands of pushes
    manifests.forEach((m, i) => {
      if (ruled.invalid.has(m)) (objects[i] as CheckedObject).hasError = true;
    });
  }
  if (options.deferDuplicates !== true) {
    for (const { index, first } of duplicatePairs(objects.map((o) => o.identity))) {
      const firstObject = objects[first] as CheckedObject;
      const diagnostic = duplicateObject(manifests[index] as Manifest, firstObject);
      diagnostics.push(diagnostic);
      if (diagnostic.severity === 'error') (objects[index] as CheckedObject).hasError = true;
    }
  }
  const final = options.deferSuppressions === true ? diagnostics.sort(compareDiagnostics) : finishDiagnostics(diagnostics, objects, options, LINT_RULE_IDS);
  return {
    diagnostics: final,
    accepted,
    summary: summarize(final, objects, loaded.files.length, loaded.skipped.length + skippedKinds),
    rules: [...LINT_RULES],
    kubeVersion: validator.kubeVersion,
    toolVersion: VERSION,
    objects,
  };
}
