import type { Diagnostic } from '../diagnostic.js';
import { UsageError } from '../errors.js';
import type { Action } from '../simulate/types.js';
import type { ClusterState } from './cluster-state.js';
import { defaultClusterState } from './default-cluster.js';
import { loadClusterState, type LoadClusterStateOptions } from './load-cluster-state.js';
import { parseNodesFlag } from './nodes-flag.js';

/** Where the model cluster came from (the plan document's `cluster.source`). */
export type ClusterSource = 'default' | 'file' | 'flag';

/** The cluster a plan runs against. */
export interface ModelCluster {
  readonly state: ClusterState;
  /** Problems of the `--cluster` files that did not stop the run (YAML errors, malformed quantities). */
  readonly diagnostics: Diagnostic[];
  readonly source: ClusterSource;
}

/** What the command line says about the cluster. */
export interface ModelClusterInput {
  /** `--cluster FILE|DIR` (or `cluster:` of the configuration). */
  readonly cluster?: readonly string[];
  /** `--nodes SPEC`, one node group each. */
  readonly nodes?: readonly string[];
}

/**
 * The model cluster of a run: the built-in default cluster when neither `--cluster` nor `--nodes` is given; the
 * default cluster with its nodes replaced by the `--nodes` node groups; or the `--cluster` files (with what
 * every cluster has, `withBuiltIns`), the `--nodes` groups added to them as new nodes (a what-if on a real
 * cluster: source `file`). UsageErrors: a `--cluster` path that cannot be read, a cluster without any Node, a
 * `--nodes` mistake, a `--nodes` node named like one of the file's.
 */
export async function loadModelCluster(input: ModelClusterInput, options: LoadClusterStateOptions = {}): Promise<ModelCluster> {
  const nodeSpecs = input.nodes ?? [];
  if (input.cluster === undefined || input.cluster.length === 0) {
    if (nodeSpecs.length === 0) return { state: defaultClusterState(), diagnostics: [], source: 'default' };
    return { state: defaultClusterState(parseNodesFlag(nodeSpecs)), diagnostics: [], source: 'flag' };
  }
  const loaded = await loadClusterState(input.cluster, options);
  const unreadable = loaded.diagnostics.find((d) => d.rule === 'io-error');
  if (unreadable !== undefined) throw new UsageError(`--cluster: ${unreadable.message}`);
  let state = loaded.state;
  if (nodeSpecs.length > 0) {
    const existing = state.nodes().length;
    const added = parseNodesFlag(nodeSpecs, { firstIndex: existing });
    const clash = added.find((n) => state.get(n.key) !== undefined);
    if (clash !== undefined) throw new UsageError(`--nodes: node ${clash.name} is already in the --cluster files: choose another prefix=`);
    state = state.apply(added.map((object): Action => ({ type: 'create', object })));
  }
  if (state.nodes().length === 0) throw new UsageError(`--cluster: no Node objects in ${input.cluster.join(', ')}`);
  return { state, diagnostics: loaded.diagnostics, source: 'file' };
}
