/**
 * Whether a `--cluster` dump holds live objects (workloads, pods, services, config...) beyond its Nodes and
 * what every cluster has: then, without `--base`, the plan is a diff against those live objects (base `cluster`,
 * `kubectl diff` against a snapshot), not a plan of new objects only.
 */
import type { ClusterState } from '../cluster/cluster-state.js';

/** Kinds a dump of nodes and cluster setup holds without being a snapshot of running applications. */
const SETUP_KINDS: ReadonlySet<string> = new Set(['Node', 'Namespace', 'ServiceAccount', 'PriorityClass', 'StorageClass', 'EndpointSlice', 'Endpoints', 'RuntimeClass', 'IngressClass', 'CustomResourceDefinition']);

/** The Services every cluster has (`withBuiltIns`). */
const BUILT_IN_SERVICES: ReadonlySet<string> = new Set(['Service/default/kubernetes', 'Service/kube-system/kube-dns']);

export function hasLiveObjects(state: ClusterState): boolean {
  return state.all().some((o) => o.origin === 'cluster' && !SETUP_KINDS.has(o.kind) && !BUILT_IN_SERVICES.has(o.key));
}
