/**
 * The nodes of a cluster, read from Node objects: files written by hand, or `kubectl get nodes -o yaml` /
 * `kubectl get -A -o yaml` dumps (Lists are flattened by the loader; kinds other than Node are ignored). The
 * first, small piece of the cluster model: ClusterState will add pods, workloads and services beside it.
 */
import type { Diagnostic } from '../diagnostic.js';
import { loadPaths, type LoadPathsOptions, type Manifest } from '../load/index.js';
import { nodeInfoOf, type NodeInfo } from './node-info.js';

/** The cluster the rules check against (`RuleContext.cluster`): its nodes, in input order. */
export interface ClusterNodes {
  readonly nodes: readonly NodeInfo[];
}

export interface ClusterNodesResult extends ClusterNodes {
  /** Problems of the cluster files: YAML errors, unreadable paths (`io-error`), malformed quantities. */
  diagnostics: Diagnostic[];
}

function isNode(m: Manifest): boolean {
  return m.object.kind === 'Node' && m.object.apiVersion === 'v1';
}

/** The nodes among loaded manifests. A node name seen twice keeps its first definition. */
export function clusterNodesFromManifests(manifests: readonly Manifest[]): ClusterNodesResult {
  const nodes: NodeInfo[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const manifest of manifests) {
    if (!isNode(manifest)) continue;
    const { node, problems } = nodeInfoOf(manifest);
    diagnostics.push(...problems);
    if (seen.has(node.name)) continue;
    seen.add(node.name);
    nodes.push(node);
  }
  return { nodes, diagnostics };
}

/**
 * Loads the cluster from files and directories (`--cluster FILE|DIR`, `cluster:` in `.kubeplan.yaml`) with
 * the manifest loader. Its errors and warnings are kept; its infos (files skipped in a directory scan) are not.
 */
export async function loadClusterNodes(paths: readonly string[], options: LoadPathsOptions = {}): Promise<ClusterNodesResult> {
  const loaded = await loadPaths(paths, options);
  const { nodes, diagnostics } = clusterNodesFromManifests(loaded.manifests);
  return { nodes, diagnostics: [...loaded.diagnostics.filter((d) => d.severity !== 'info'), ...diagnostics] };
}
