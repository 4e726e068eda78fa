/**
 * `kubeplan plan`'s engine entry: loads and lints the manifests, builds the model cluster (`--cluster`,
 * `--nodes` or the built-in default), applies what the API server would accept, runs the control plane to a
 * steady state and returns the plan document. Objects with an error the API server would also raise are not
 * applied: they appear as `rejected` with that error.
 */
import { loadModelCluster, type ModelCluster } from '../cluster/index.js';
import { SEVERITY_RANK, type Diagnostic } from '../diagnostic.js';
import { UsageError } from '../errors.js';
import { lintLoaded, type LintOptions } from '../lint/lint-loaded.js';
import { loadInputs, readInputs, type InputText } from '../load/load-paths.js';
import type { LoadPathsOptions, LoadResult, Manifest } from '../load/types.js';
import { asObject, asString, getIn, type Obj } from '../model/fields.js';
import { buildPlanDocument } from '../plan/build-plan-document.js';
import type { PlanDocument } from '../plan/plan-document.js';
import { ALL_RULES, type RuleSettings } from '../rules/index.js';
import { SchemaRegistry } from '../schema/index.js';
import { simulate, type DeclaredObject, type RejectedObject } from './engine.js';
import type { SchedulingExplanation } from './scheduler/explanation.js';

export interface PlanPathsOptions {
  /** `--cluster FILE|DIR`: Nodes and, optionally, live objects from a `kubectl get -A -o yaml` dump. */
  clusterPaths?: readonly string[];
  /** `--nodes SPEC`: node groups for quick what-ifs (added to the `--cluster` nodes when both are given). */
  nodes?: readonly string[];
  kubeVersion?: string;
  /** The simulation clock (default: now). */
  now?: Date;
  /** Namespace for namespaced objects that do not name one (default `default`). */
  namespace?: string;
  rules?: RuleSettings;
  strict?: boolean;
  /** As for lint: `--schema-location`, `--skip` kinds, `ignore.paths` globs, `ignore.objects`. */
  schemaLocations?: readonly string[];
  skipKinds?: readonly string[];
  exclude?: LoadPathsOptions['exclude'];
  ignoreObjects?: LintOptions['ignoreObjects'];
  cwd?: string;
  readStdin?: LoadPathsOptions['readStdin'];
  /** Pods to explain: `namespace/name`, or `name` in the default namespace. */
  explain?: readonly string[];
}

export interface PlanRun {
  document: PlanDocument;
  explanations: SchedulingExplanation[];
  /** Where the time went (milliseconds), for `npm run bench` and `--debug` style reporting. */
  timings?: PlanTimings;
}

export interface PlanTimings {
  /** Reading, parsing and linting the inputs (and the base). */
  loadMs: number;
  /** Bringing the cluster, with the base applied, to its steady state. */
  simulateBeforeMs: number;
  /** Applying the new manifests and running to the new steady state. */
  simulateAfterMs: number;
  /** Object diffs, rollout reports and the document. */
  diffMs: number;
}

/** Rule ids whose errors mean the API server refuses the object: schema, loader and API-validation findings. */
const API_VALIDATION_RULES = new Set(ALL_RULES.filter((r) => r.meta.category === 'api-validation').map((r) => r.meta.id));

function refusesObject(d: Diagnostic): boolean {
  if (SEVERITY_RANK[d.severity] < SEVERITY_RANK.error) return false;
  return d.rule.startsWith('schema-') || d.rule.startsWith('yaml-') || d.rule === 'duplicate-object' || d.rule === 'rejected-kind' || API_VALIDATION_RULES.has(d.rule);
}

/** The first refusing error written inside the manifest's document (or List item). */
function refusalOf(m: Manifest, refusals: readonly Diagnostic[]): Diagnostic | undefined {
  const range = m.source.positions.documentRange;
  return refusals.find((d) => d.file === m.source.file && d.range.start.line >= range.start.line && d.range.start.line <= range.end.line);
}


function declared(m: Manifest, registry: SchemaRegistry, namespace: string): DeclaredObject {
  const object = m.object as Obj;
  const namespaced = registry.isNamespaced(asString(object.apiVersion) ?? '', asString(object.kind) ?? '') ?? asString(getIn(object, 'metadata', 'namespace')) !== undefined;
  if (!namespaced) return { object, source: m.source };
  const ns = asString(getIn(object, 'metadata', 'namespace')) ?? namespace;
  return { object: { ...object, metadata: { ...(asObject(object.metadata) ?? {}), namespace: ns } }, namespace: ns, source: m.source };
}

/** The inputs of a plan once read: texts (files, editor buffers), the model cluster, what reading found. */
export interface PlanInputs {
  readonly inputs: readonly InputText[];
  readonly cluster: ModelCluster;
  /** Files read and problems met while reading (missing paths...), as `readInputs` returns them. */
  readonly read?: LoadResult;
}

/**
 * The plan of texts already in memory (the language server's open documents, a git revision's files): lint,
 * admission, the control plane, the document. No I/O apart from `--schema-location` schemas.
 */
export async function planInputs(input: PlanInputs, options: PlanPathsOptions = {}): Promise<PlanRun> {
  const namespace = options.namespace ?? 'default';
  const registry = SchemaRegistry.load();
  const texts = new Map(input.inputs.map((i) => [i.file, i.text]));
  const lintOptions: LintOptions = {
    kubeVersion: options.kubeVersion,
    strict: options.strict,
    rules: options.rules,
    namespace,
    cwd: options.cwd,
    texts,
    schemaLocations: options.schemaLocations,
    skipKinds: options.skipKinds,
    ignoreObjects: options.ignoreObjects,
  };
  const loaded = loadInputs(input.inputs, {}, input.read ?? { manifests: [], diagnostics: [], skipped: [], files: [] });
  const lint = await lintLoaded(loaded, lintOptions, registry);
  const refusals = lint.diagnostics.filter(refusesObject);
  const objects: DeclaredObject[] = [];
  const refused: RejectedObject[] = [];
  for (const m of lint.accepted) {
    const d = declared(m, registry, namespace);
    const refusal = refusalOf(m, refusals);
    if (refusal === undefined) objects.push(d);
    else refused.push({ ...d, reason: refusal.message });
  }
  const now = options.now ?? new Date();
  const explain = (options.explain ?? []).map((p) => (p.includes('/') ? p : `${namespace}/${p}`));
  const simulation = simulate({ cluster: input.cluster.state, objects, now, explain });
  const document = buildPlanDocument({
    simulation,
    refused,
    diagnostics: [...lint.diagnostics, ...input.cluster.diagnostics],
    kubeVersion: lint.kubeVersion,
    now,
    clusterSource: input.cluster.source,
  });
  return { document, explanations: [...simulation.explanations] };
}

/** The model cluster of `--cluster`/`--nodes` (or the built-in default), with the run's scope lookups. */
export async function planCluster(options: Pick<PlanPathsOptions, 'clusterPaths' | 'nodes'> = {}): Promise<ModelCluster> {
  const registry = SchemaRegistry.load();
  return loadModelCluster(
    { cluster: options.clusterPaths, nodes: options.nodes },
    { isNamespaced: (apiVersion, kind) => registry.isNamespaced(apiVersion, kind) },
  );
}

/** Reads the paths (files, directories, `-`) and plans them on the model cluster. */
export async function planPaths(paths: readonly string[], options: PlanPathsOptions = {}): Promise<PlanRun> {
  const cluster = await planCluster(options);
  const { inputs, result } = await readInputs(paths, { readStdin: options.readStdin, ...(options.exclude === undefined ? {} : { exclude: options.exclude }) });
  return planInputs({ inputs, cluster, read: result }, options);
}
