/**
 * The objects every Kubernetes cluster has, whatever installed it: kube-apiserver creates the four system
 * namespaces, the `kubernetes` Service and the two system PriorityClasses at start-up, the ServiceAccount
 * controller gives every namespace its `default` ServiceAccount, and every conformant cluster runs a cluster
 * DNS behind the `kube-dns` Service (kubeadm, kind, k3s, EKS, GKE and AKS all name it so). Figures are kubeadm's
 * defaults (`--service-cluster-ip-range` 10.96.0.0/12: `kubernetes` is 10.96.0.1, `kube-dns` 10.96.0.10).
 * No pods: the DNS pods are not modelled, so `kube-dns` has no endpoints.
 */
import type { Obj } from '../model/fields.js';

/** The namespaces kube-apiserver creates (and keeps: they cannot be deleted). */
export const BUILT_IN_NAMESPACES: readonly string[] = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/** The ClusterIP of the `kubernetes` Service: the first address of the service range. */
export const KUBERNETES_SERVICE_IP = '10.96.0.1';

/** The service range's tenth address, where kubeadm (and most installers) put the cluster DNS. */
export const KUBE_DNS_IP = '10.96.0.10';

function namespaceObject(name: string): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { 'kubernetes.io/metadata.name': name } },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

function defaultServiceAccount(namespace: string): Obj {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace } };
}

/** kube-apiserver's own Service; its endpoints are the API servers (port 6443), which kubeplan does not model. */
function kubernetesService(): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: {
      type: 'ClusterIP',
      clusterIP: KUBERNETES_SERVICE_IP,
      clusterIPs: [KUBERNETES_SERVICE_IP],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
      sessionAffinity: 'None',
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
    },
  };
}

/** CoreDNS's Service as kubeadm installs it (the CoreDNS pods themselves are not modelled). */
function kubeDnsService(): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kube-dns',
      namespace: 'kube-system',
      labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
    },
    spec: {
      type: 'ClusterIP',
      selector: { 'k8s-app': 'kube-dns' },
      clusterIP: KUBE_DNS_IP,
      clusterIPs: [KUBE_DNS_IP],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
      sessionAffinity: 'None',
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
    },
  };
}

/** pkg/apis/scheduling SystemPriorityClasses(), with upstream's descriptions. */
function systemPriorityClass(name: string, value: number, description: string): Obj {
  return {
    apiVersion: 'scheduling.k8s.io/v1',
    kind: 'PriorityClass',
    metadata: { name },
    value,
    globalDefault: false,
    preemptionPolicy: 'PreemptLowerPriority',
    description,
  };
}

/**
 * What a cluster always has: the system namespaces, a `default` ServiceAccount in each of them and in each of
 * `namespaces`, the `kubernetes` and `kube-dns` Services, `system-cluster-critical` (2000000000) and
 * `system-node-critical` (2000001000). Namespaces first, so that objects follow the namespace they live in.
 */
export function builtInObjects(namespaces: readonly string[] = []): Obj[] {
  const all = [...new Set([...BUILT_IN_NAMESPACES, ...namespaces])];
  return [
    ...BUILT_IN_NAMESPACES.map(namespaceObject),
    ...all.map(defaultServiceAccount),
    kubernetesService(),
    kubeDnsService(),
    systemPriorityClass('system-cluster-critical', 2000000000, 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.'),
    systemPriorityClass('system-node-critical', 2000001000, 'Used for system critical pods that must not be moved from their current node.'),
  ];
}
