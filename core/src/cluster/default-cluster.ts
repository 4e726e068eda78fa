/**
 * The cluster `kubeplan plan` simulates when given neither `--cluster` nor `--nodes`: a small kubeadm cluster of
 * four 4 vCPU / 16 GiB machines (an `m5.xlarge`-sized VM) in one region and three zones — one control-plane node
 * and three workers — with what every cluster has (`builtInObjects`: system namespaces, `default`
 * ServiceAccounts, the `kubernetes` and `kube-dns` Services, the system PriorityClasses) and a default
 * StorageClass, `standard`.
 *
 * Allocatable is capacity minus the kubelet's reservations and hard eviction thresholds, as a real node reports:
 * - every kubelet: `evictionHard` memory.available 100Mi, nodefs.available 10% (kubelet defaults);
 * - workers also reserve for the kubelet and container runtime (`kubeReserved`) with the formula managed
 *   clouds use: cpu 6% of the first core + 1% of the second + 0.5% of each of the next two = 80m; memory
 *   255Mi + 11Mi per pod slot (110) = 1465Mi; ephemeral-storage 1Gi;
 * - the control-plane node keeps kubeadm's defaults (no reservation).
 * No system pods are modelled (no CoreDNS, kube-proxy or static control-plane pods): allocatable is what pods
 * may request, and all of it is free. So `kube-dns` has no endpoints in the default cluster.
 */
import type { Obj } from '../model/fields.js';
import type { Taint } from '../model/toleration.js';
import { builtInObjects, KUBE_DNS_IP, KUBERNETES_SERVICE_IP } from './built-in-objects.js';
import { clusterObject } from './cluster-object.js';
import { ClusterState } from './cluster-state.js';
import type { SimObject } from '../simulate/types.js';
import { nodeObject } from './node-object.js';

const REGION = 'us-east-1';
const INSTANCE_TYPE = 'm5.xlarge';
const CAPACITY = { cpu: '4', memory: '16Gi', pods: '110', 'ephemeral-storage': '100Gi' } as const;
/** Capacity − 100Mi memory and 10% disk (eviction thresholds). */
const CONTROL_PLANE_ALLOCATABLE = { cpu: '4', memory: '16284Mi', pods: '110', 'ephemeral-storage': '90Gi' } as const;
/** Capacity − kubeReserved (80m cpu, 1465Mi memory, 1Gi disk) − eviction thresholds (100Mi memory, 10% disk). */
const WORKER_ALLOCATABLE = { cpu: '3920m', memory: '14819Mi', pods: '110', 'ephemeral-storage': '89Gi' } as const;
const WORKER_ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'] as const;

export const CONTROL_PLANE_TAINT: Taint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

/** The default cluster in a few lines, for `kubeplan plan`'s help and the docs. */
export const DEFAULT_CLUSTER_DESCRIPTION: readonly string[] = [
  `1 control-plane node \`control-plane\` (${REGION}a, taint ${CONTROL_PLANE_TAINT.key}:${CONTROL_PLANE_TAINT.effect}; allocatable cpu ${CONTROL_PLANE_ALLOCATABLE.cpu}, memory ${CONTROL_PLANE_ALLOCATABLE.memory}, pods ${CONTROL_PLANE_ALLOCATABLE.pods})`,
  `3 workers \`worker-1\`..\`worker-3\` in ${WORKER_ZONES.join(', ')} (allocatable cpu ${WORKER_ALLOCATABLE.cpu}, memory ${WORKER_ALLOCATABLE.memory}, pods ${WORKER_ALLOCATABLE.pods}, ephemeral-storage ${WORKER_ALLOCATABLE['ephemeral-storage']} each)`,
  `all ${INSTANCE_TYPE} (${CAPACITY.cpu} cpu, ${CAPACITY.memory}) in region ${REGION}; no system pods: all allocatable is free`,
  `namespaces default, kube-system, kube-public, kube-node-lease; Services kubernetes (${KUBERNETES_SERVICE_IP}:443) and kube-dns (${KUBE_DNS_IP}:53); default StorageClass standard (rancher.io/local-path, WaitForFirstConsumer); PriorityClasses system-cluster-critical, system-node-critical`,
];

function defaultNodes(): Obj[] {
  const common = { 'topology.kubernetes.io/region': REGION, 'node.kubernetes.io/instance-type': INSTANCE_TYPE };
  const controlPlane = nodeObject({
    name: 'control-plane',
    index: 0,
    labels: {
      ...common,
      'topology.kubernetes.io/zone': `${REGION}a`,
      'node-role.kubernetes.io/control-plane': '',
      // kubeadm labels control-plane nodes so that cloud load balancers leave them out.
      'node.kubernetes.io/exclude-from-external-load-balancers': '',
    },
    taints: [CONTROL_PLANE_TAINT],
    capacity: CAPACITY,
    allocatable: CONTROL_PLANE_ALLOCATABLE,
  });
  const workers = WORKER_ZONES.map((zone, i) =>
    nodeObject({ name: `worker-${i + 1}`, index: i + 1, labels: { ...common, 'topology.kubernetes.io/zone': zone }, taints: [], capacity: CAPACITY, allocatable: WORKER_ALLOCATABLE }),
  );
  return [controlPlane, ...workers];
}

/** The default StorageClass of kind and k3s-style clusters: local volumes, bound where the pod lands. */
function standardStorageClass(): Obj {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
    provisioner: 'rancher.io/local-path',
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'WaitForFirstConsumer',
  };
}

/**
 * The built-in default cluster (see the file's comment), a fresh snapshot each call. Given `nodes` (the
 * `--nodes` node groups), they replace its four nodes and everything else stays: a what-if cluster still has
 * cluster DNS and a default StorageClass, so StatefulSet claims bind as they would on the default cluster.
 */
export function defaultClusterState(nodes?: readonly SimObject[]): ClusterState {
  const objects = [...builtInObjects(), standardStorageClass()].map((o) => clusterObject(o, 0));
  return ClusterState.of([...(nodes ?? defaultNodes().map((o) => clusterObject(o, 0))), ...objects].map((o, seq) => ({ ...o, seq })));
}
