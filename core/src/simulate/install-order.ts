/**
 * The order in which the simulation applies declared objects. `kubectl apply -f dir/` sends them in file
 * order and fails (then succeeds on a second run) when a Pod comes before its Namespace; a plan should show
 * the converged result, so kubeplan applies them the way Helm installs a chart (helm/pkg/releaseutil
 * kind_sorter.go InstallOrder): namespaces and policies first, then config and storage, then RBAC, then
 * services and workloads, then what routes to them. Kinds not listed come last, in input order.
 */
const INSTALL_ORDER: readonly string[] = [
  'PriorityClass',
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleBinding',
  'Role',
  'RoleBinding',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
];

const RANK = new Map(INSTALL_ORDER.map((kind, i) => [kind, i]));

/** The rank of a kind in the install order (unknown kinds after every known one). */
export function installRank(kind: string): number {
  return RANK.get(kind) ?? INSTALL_ORDER.length;
}

/** Sorts items by the install order of their kind, keeping input order within a kind (a stable sort). */
export function inInstallOrder<T>(items: readonly T[], kindOf: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, rank: installRank(kindOf(item)) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((e) => e.item);
}
