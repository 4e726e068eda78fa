/**
 * `kubeplan plan`'s engine entry: loads and lints the manifests, builds the model cluster (`--cluster`,
 * `--nodes` or the built-in default), applies what the API server would accept, runs the control plane to a
 * steady state and returns the plan document. Objects with an error the API server would also raise are not
 * applied: they appear as `rejected` with that error. With a base (`--base`), the base manifests are applied
 * and settled first (the before state), and the new ones applied over them as `kubectl apply --prune` would.
 */
import { performance } from 'node:perf_hooks';
import { loadModelCluster, type ModelCluster } from '../cluster/index.js';
import { UsageError } from '../errors.js';
import { readInputs } from '../load/load-paths.js';
import { readBase, type BaseInputs } from '../load/read-base.js';
import { buildPlanDocument } from '../plan/build-plan-document.js';
import { hasLiveObjects } from '../plan/live-objects.js';
import type { PlanDocument } from '../plan/plan-document.js';
import { SchemaRegistry } from '../schema/index.js';
import { declaredInputs, type DeclaredInputs, type LintSettings } from './declared-inputs.js';
import { applyChange, settle, type SimulationInput } from './engine.js';
import { createRolloutRecorder } from './rollout/index.js';
import type { SchedulingExplanation } from './scheduler/explanation.js';
import type { InputText } from '../load/load-paths.js';
import type { LoadResult } from '../load/types.js';

export interface PlanPathsOptions extends LintSettings {
  /** `--cluster FILE|DIR`: Nodes and, optionally, live objects from a `kubectl get -A -o yaml` dump. */
  clusterPaths?: readonly string[];
  /** `--nodes SPEC`: node groups for quick what-ifs (added to the `--cluster` nodes when both are given). */
  nodes?: readonly string[];
  /** The simulation clock (default: now). */
  now?: Date;
  /** Namespace for namespaced objects that do not name one (default `default`). */
  namespace?: string;
  cwd?: string;
  /** Pods to explain: `namespace/name`, or `name` in the default namespace. */
  explain?: readonly string[];
  /** `--base REF|PATH`: the previous manifests — a file or folder, else a git revision of the inputs' repository. */
  base?: string;
  /** `--base-cluster FILE|DIR`: the cluster before the change (default: the same cluster as after). */
  baseClusterPaths?: readonly string[];
  /** `--no-prune`: keep the base's objects that the new manifests no longer declare (default: delete them). */
  prune?: boolean;
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

/** The inputs of a plan once read: texts (files, editor buffers), the model cluster, what reading found. */
export interface PlanInputs {
  readonly inputs: readonly InputText[];
  readonly cluster: ModelCluster;
  /** Files read and problems met while reading (missing paths...), as `readInputs` returns them. */
  readonly read?: LoadResult;
  /** The base manifests (`--base`), read. */
  readonly base?: BaseInputs;
  /** The cluster before the change (`--base-cluster`); `cluster` is then the cluster after it. */
  readonly baseCluster?: ModelCluster;
  /** Time already spent reading the inputs (milliseconds), counted in `timings.loadMs`. */
  readonly readMs?: number;
}

/** Keys of the base objects the new manifests no longer declare (those refused by lint keep their base version). */
function prunedKeys(head: DeclaredInputs, base: DeclaredInputs | undefined, prune: boolean): string[] {
  if (base === undefined || !prune) return [];
  const kept = new Set(head.keys);
  return base.keys.filter((k) => !kept.has(k));
}

/** What the document says the plan compares with. */
function baseLabel(input: PlanInputs, options: PlanPathsOptions): string | null {
  if (input.base !== undefined) return input.base.label;
  if (options.baseClusterPaths !== undefined && options.baseClusterPaths.length > 0) return options.baseClusterPaths.join(', ');
  return hasLiveObjects(input.cluster.state) ? 'cluster' : null;
}

/**
 * The plan of texts already in memory (the language server's open documents, a git revision's files): lint,
 * admission, the control plane, the document. No I/O apart from `--schema-location` schemas.
 */
export async function planInputs(input: PlanInputs, options: PlanPathsOptions = {}): Promise<PlanRun> {
  const started = performance.now();
  const namespace = options.namespace ?? 'default';
  const registry = SchemaRegistry.load();
  const head = await declaredInputs(input.inputs, input.read, options, registry);
  const base = input.base === undefined ? undefined : await declaredInputs(input.base.inputs, undefined, options, registry);
  const loaded = performance.now();
  const now = options.now ?? new Date();
  const recorder = createRolloutRecorder();
  const simulationInput: SimulationInput = {
    cluster: (input.baseCluster ?? input.cluster).state,
    objects: head.objects,
    now,
    explain: (options.explain ?? []).map((p) => (p.includes('/') ? p : `${namespace}/${p}`)),
    observe: recorder.observe,
    ...(base === undefined ? {} : { base: base.objects, prune: prunedKeys(head, base, options.prune ?? true) }),
    ...(input.baseCluster === undefined ? {} : { nodesAfter: input.cluster.state.list('Node') }),
  };
  const before = settle(simulationInput);
  const settled = performance.now();
  const simulation = applyChange(before, simulationInput);
  const simulated = performance.now();
  const document = buildPlanDocument({
    simulation,
    refused: head.refused,
    diagnostics: [...head.diagnostics, ...input.cluster.diagnostics, ...(input.baseCluster?.diagnostics ?? [])],
    kubeVersion: head.kubeVersion,
    now,
    clusterSource: input.cluster.source,
    base: baseLabel(input, options),
    rollouts: recorder.report(),
  });
  const timings: PlanTimings = {
    loadMs: (input.readMs ?? 0) + (loaded - started),
    simulateBeforeMs: settled - loaded,
    simulateAfterMs: simulated - settled,
    diffMs: performance.now() - simulated,
  };
  return { document, explanations: [...simulation.explanations], timings };
}

/** The model cluster of `--cluster`/`--nodes` (or the built-in default), with the run's scope lookups. */
export async function planCluster(options: Pick<PlanPathsOptions, 'clusterPaths' | 'nodes'> = {}): Promise<ModelCluster> {
  const registry = SchemaRegistry.load();
  return loadModelCluster(
    { cluster: options.clusterPaths, nodes: options.nodes },
    { isNamespaced: (apiVersion, kind) => registry.isNamespaced(apiVersion, kind) },
  );
}

/** `--base-cluster`: loaded as `--cluster` is, its problems named after its own flag. */
async function planBaseCluster(clusterPaths: readonly string[], nodes: readonly string[] | undefined): Promise<ModelCluster> {
  try {
    return await planCluster({ clusterPaths, ...(nodes === undefined ? {} : { nodes }) });
  } catch (err) {
    if (err instanceof UsageError) throw new UsageError(err.message.replace(/^--cluster:/, '--base-cluster:'));
    throw err;
  }
}

/** Reads the paths (files, directories, `-`), the base and the clusters, and plans them. */
export async function planPaths(paths: readonly string[], options: PlanPathsOptions = {}): Promise<PlanRun> {
  const started = performance.now();
  const cluster = await planCluster(options);
  const baseCluster = options.baseClusterPaths === undefined || options.baseClusterPaths.length === 0 ? undefined : await planBaseCluster(options.baseClusterPaths, options.nodes);
  const exclude = options.exclude === undefined ? {} : { exclude: options.exclude };
  const { inputs, result } = await readInputs(paths, { readStdin: options.readStdin, ...exclude });
  const base = options.base === undefined ? undefined : await readBase(options.base, paths, { ...(options.cwd === undefined ? {} : { cwd: options.cwd }), ...exclude });
  const readMs = performance.now() - started;
  return planInputs({ inputs, cluster, read: result, readMs, ...(base === undefined ? {} : { base }), ...(baseCluster === undefined ? {} : { baseCluster }) }, options);
}
