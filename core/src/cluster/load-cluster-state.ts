import type { Diagnostic } from '../diagnostic.js';
import { loadPaths, type LoadPathsOptions } from '../load/index.js';
import { SchemaRegistry } from '../schema/schema-registry.js';
import type { ClusterState } from './cluster-state.js';
import { clusterStateFromManifests, type IsNamespaced } from './cluster-state-from-manifests.js';

export interface LoadClusterStateOptions extends LoadPathsOptions {
  /** Scope of kinds; default: the built-in Kubernetes schema's (pass the run's SchemaRegistry to know CRDs too). */
  readonly isNamespaced?: IsNamespaced;
  /** The namespace of namespaced objects written without one (default `default`). */
  readonly defaultNamespace?: string;
  /** Add what every cluster has where missing (`withBuiltIns`); default true. */
  readonly builtIns?: boolean;
}

export interface LoadClusterStateResult {
  readonly state: ClusterState;
  /** Problems of the cluster files: YAML errors, unreadable paths (`io-error`), malformed Node quantities... */
  readonly diagnostics: Diagnostic[];
  readonly source: 'file';
}

/**
 * Loads the cluster of `--cluster FILE|DIR` (repeatable): Node files, `kubectl get nodes -o yaml`, or a whole
 * `kubectl get <kinds> -A -o yaml` dump — see `clusterStateFromManifests`. The loader's errors and warnings are
 * kept, its infos (files skipped in a directory scan) are not. Whether an unreadable path or a cluster without
 * Nodes stops the run is the caller's decision (`loadModelCluster` makes both usage errors).
 */
export async function loadClusterState(paths: readonly string[], options: LoadClusterStateOptions = {}): Promise<LoadClusterStateResult> {
  const { isNamespaced, defaultNamespace, builtIns, ...loadOptions } = options;
  const loaded = await loadPaths(paths, loadOptions);
  let registry: SchemaRegistry | undefined;
  const scope: IsNamespaced = isNamespaced ?? ((apiVersion, kind) => (registry ??= SchemaRegistry.load()).isNamespaced(apiVersion, kind));
  const { state, diagnostics } = clusterStateFromManifests(loaded.manifests, {
    isNamespaced: scope,
    ...(defaultNamespace === undefined ? {} : { defaultNamespace }),
    ...(builtIns === undefined ? {} : { builtIns }),
  });
  return { state, diagnostics: [...loaded.diagnostics.filter((d) => d.severity !== 'info'), ...diagnostics], source: 'file' };
}
