/** The cluster model: the nodes of a cluster, read from Node objects and `kubectl get -o yaml` dumps. */
export { clusterNodesFromManifests, loadClusterNodes, type ClusterNodes, type ClusterNodesResult } from './cluster-nodes.js';
export { nodeInfoOf, type NodeInfo, type NodeResources } from './node-info.js';
export { OPERATOR_DEFINED_TAINT_PREFIXES, WELL_KNOWN_TAINTS } from './well-known-taints.js';
export { kubeletLabels } from './kubelet-labels.js';
