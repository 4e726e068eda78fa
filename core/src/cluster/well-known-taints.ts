/**
 * Taints Kubernetes itself puts on nodes (k8s.io/api/core/v1 well_known_taints.go, kubeadm's control-plane
 * taint, the node lifecycle and cloud node controllers), so a toleration for them is meaningful even when the
 * cluster's nodes do not carry them right now.
 */
import type { Taint } from '../model/toleration.js';

export const WELL_KNOWN_TAINTS: readonly Taint[] = [
  // kubeadm: control-plane nodes; `master` until v1.25, still on older clusters.
  { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
  { key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' },
  // Node lifecycle controller (TaintNodesByCondition and taint-based eviction).
  { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' },
  // Non-graceful node shutdown: set by the administrator, honoured by Kubernetes.
  { key: 'node.kubernetes.io/out-of-service', effect: 'NoExecute' },
  // Cloud controller manager: until the node is initialised, and while its instance is shut down.
  { key: 'node.cloudprovider.kubernetes.io/uninitialized', effect: 'NoSchedule' },
  { key: 'node.cloudprovider.kubernetes.io/shutdown', effect: 'NoSchedule' },
  // GKE taints its Arm nodes so that only pods built for Arm land there.
  { key: 'kubernetes.io/arch', value: 'arm64', effect: 'NoSchedule' },
];

/** Key prefixes whose names cluster operators choose (`node-role.kubernetes.io/infra`, `.../etcd`). */
export const OPERATOR_DEFINED_TAINT_PREFIXES: readonly string[] = ['node-role.kubernetes.io/', 'node-restriction.kubernetes.io/'];
