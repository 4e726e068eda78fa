/**
 * The cluster model: ClusterState snapshots and where they come from — the built-in default cluster, `--nodes`
 * node groups, and `--cluster` files (Node objects or a `kubectl get -A -o yaml` dump).
 */
export { clusterNodesFromManifests, loadClusterNodes, type ClusterNodes, type ClusterNodesResult } from './cluster-nodes.js';
export { nodeInfoFromObject, nodeInfoOf, type NodeInfo, type NodeProblemSink, type NodeResources } from './node-info.js';
export { OPERATOR_DEFINED_TAINT_PREFIXES, WELL_KNOWN_TAINTS } from './well-known-taints.js';
export { kubeletLabels } from './kubelet-labels.js';
export { ClusterState, controllerKeyOf, objectKey } from './cluster-state.js';
export { clusterObject } from './cluster-object.js';
export { simObjectOf, type SimObjectExtras } from './sim-object-of.js';
export { clusterStateFromManifests, type ClusterStateOptions, type IsNamespaced } from './cluster-state-from-manifests.js';
export { loadClusterState, type LoadClusterStateOptions, type LoadClusterStateResult } from './load-cluster-state.js';
export { NODES_FLAG_DEFAULTS, parseNodesFlag, type NodesFlagOptions } from './nodes-flag.js';
export { CONTROL_PLANE_TAINT, DEFAULT_CLUSTER_DESCRIPTION, defaultClusterState } from './default-cluster.js';
export { BUILT_IN_NAMESPACES, KUBE_DNS_IP, KUBERNETES_SERVICE_IP, builtInObjects } from './built-in-objects.js';
export { withBuiltIns } from './with-built-ins.js';
export { topLevelOwners } from './top-level-owner.js';
export { nodeInternalIP, nodeObject, type NodeShape } from './node-object.js';
export { loadModelCluster, type ClusterSource, type ModelCluster, type ModelClusterInput } from './model-cluster.js';
