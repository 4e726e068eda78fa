/**
 * Deprecated and removed Kubernetes API versions, as data. Removal versions and replacements follow the
 * Deprecated API Migration Guide (https://kubernetes.io/docs/reference/using-api/deprecation-guide/);
 * "deprecated in" follows Pluto's versions.yaml (as collected in the lint anchors, §7). For entries marked
 * `// *`, Pluto records when the replacement became available rather than a formal deprecation.
 * Checked relative to the target Kubernetes version: deprecated ≤ target < removed → warning, removed ≤
 * target → error.
 */
import { parseKubeVersion, type KubeVersion } from './kube-version.js';

export interface ApiDeprecation {
  apiVersion: string;
  kinds: readonly string[];
  /** Minor version that deprecated it (`1.16`); absent when unknown. */
  deprecatedIn?: string;
  /** Minor version that stopped serving it; absent while it is still served. */
  removedIn?: string;
  /** apiVersion to migrate to, or `undefined` when there is none. */
  replacement?: string;
  /** Kind to migrate to, when it is not the same kind. */
  replacementKind?: string;
  /** Extra advice, e.g. what replaces an API that has no successor. */
  note?: string;
}

const APPS_V1BETA1 = ['Deployment', 'StatefulSet', 'ReplicaSet', 'ControllerRevision'];

export const API_DEPRECATIONS: readonly ApiDeprecation[] = [
  // Removed in 1.16
  {
    apiVersion: 'extensions/v1beta1',
    kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'],
    deprecatedIn: '1.9',
    removedIn: '1.16',
    replacement: 'apps/v1',
  },
  { apiVersion: 'apps/v1beta1', kinds: APPS_V1BETA1, deprecatedIn: '1.9', removedIn: '1.16', replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kinds: [...APPS_V1BETA1, 'DaemonSet'], deprecatedIn: '1.9', removedIn: '1.16', replacement: 'apps/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], deprecatedIn: '1.9', removedIn: '1.16', replacement: 'networking.k8s.io/v1' },
  {
    apiVersion: 'extensions/v1beta1',
    kinds: ['PodSecurityPolicy'],
    deprecatedIn: '1.10',
    removedIn: '1.16',
    note: 'PodSecurityPolicy was removed entirely in 1.25; use Pod Security Admission',
  },
  // Removed in 1.22
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], deprecatedIn: '1.14', removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  {
    apiVersion: 'networking.k8s.io/v1beta1',
    kinds: ['Ingress', 'IngressClass'],
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: 'networking.k8s.io/v1',
  },
  {
    apiVersion: 'admissionregistration.k8s.io/v1beta1',
    kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    deprecatedIn: '1.16',
    removedIn: '1.22',
    replacement: 'admissionregistration.k8s.io/v1',
  },
  {
    apiVersion: 'apiextensions.k8s.io/v1beta1',
    kinds: ['CustomResourceDefinition'],
    deprecatedIn: '1.16',
    removedIn: '1.22',
    replacement: 'apiextensions.k8s.io/v1',
  },
  // *
  {
    apiVersion: 'apiregistration.k8s.io/v1beta1',
    kinds: ['APIService'],
    deprecatedIn: '1.10',
    removedIn: '1.22',
    replacement: 'apiregistration.k8s.io/v1',
  },
  // *
  {
    apiVersion: 'authentication.k8s.io/v1beta1',
    kinds: ['TokenReview'],
    deprecatedIn: '1.6',
    removedIn: '1.22',
    replacement: 'authentication.k8s.io/v1',
  },
  {
    apiVersion: 'authorization.k8s.io/v1beta1',
    kinds: ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'],
    removedIn: '1.22',
    replacement: 'authorization.k8s.io/v1',
  },
  {
    apiVersion: 'certificates.k8s.io/v1beta1',
    kinds: ['CertificateSigningRequest'],
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: 'certificates.k8s.io/v1',
  },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], deprecatedIn: '1.14', removedIn: '1.22', replacement: 'coordination.k8s.io/v1' },
  ...['v1beta1', 'v1alpha1'].map((v) => ({
    apiVersion: `rbac.authorization.k8s.io/${v}`,
    kinds: ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
    deprecatedIn: '1.17',
    removedIn: '1.22',
    replacement: 'rbac.authorization.k8s.io/v1',
  })),
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], deprecatedIn: '1.14', removedIn: '1.22', replacement: 'scheduling.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSINode'], deprecatedIn: '1.17', removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['StorageClass'], deprecatedIn: '1.6', removedIn: '1.22', replacement: 'storage.k8s.io/v1' }, // *
  // *
  {
    apiVersion: 'storage.k8s.io/v1beta1',
    kinds: ['VolumeAttachment'],
    deprecatedIn: '1.13',
    removedIn: '1.22',
    replacement: 'storage.k8s.io/v1',
  },
  // Removed in 1.25
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'discovery.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], deprecatedIn: '1.19', removedIn: '1.25', replacement: 'events.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], deprecatedIn: '1.22', removedIn: '1.25', replacement: 'autoscaling/v2' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'policy/v1' },
  {
    apiVersion: 'policy/v1beta1',
    kinds: ['PodSecurityPolicy'],
    deprecatedIn: '1.21',
    removedIn: '1.25',
    note: 'PodSecurityPolicy has no replacement API; use Pod Security Admission',
  },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], deprecatedIn: '1.22', removedIn: '1.25', replacement: 'node.k8s.io/v1' },
  // Removed in 1.26
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], deprecatedIn: '1.23', removedIn: '1.26', replacement: 'autoscaling/v2' },
  ...[
    { v: 'v1beta1', deprecatedIn: '1.23', removedIn: '1.26' },
    { v: 'v1beta2', deprecatedIn: '1.26', removedIn: '1.29' },
    { v: 'v1beta3', deprecatedIn: '1.29', removedIn: '1.32' },
  ].map(({ v, deprecatedIn, removedIn }) => ({
    apiVersion: `flowcontrol.apiserver.k8s.io/${v}`,
    kinds: ['FlowSchema', 'PriorityLevelConfiguration'],
    deprecatedIn,
    removedIn,
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  })),
  // Removed in 1.27
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], deprecatedIn: '1.24', removedIn: '1.27', replacement: 'storage.k8s.io/v1' },
  // Still served, deprecated: the API server answers with a deprecation warning.
  {
    apiVersion: 'v1',
    kinds: ['Endpoints'],
    deprecatedIn: '1.33',
    replacement: 'discovery.k8s.io/v1',
    replacementKind: 'EndpointSlice',
  },
  { apiVersion: 'v1', kinds: ['ComponentStatus'], deprecatedIn: '1.19' },
];

export type ApiStatus =
  | { status: 'removed'; entry: ApiDeprecation }
  | { status: 'deprecated'; entry: ApiDeprecation }
  | { status: 'served'; entry: ApiDeprecation };

/** Indexed lookup of {@link API_DEPRECATIONS}: `apiVersion kind` → its status at the target version. */
export class DeprecationTable {
  private readonly byKey = new Map<string, ApiDeprecation>();
  private readonly target: KubeVersion;

  constructor(kubeVersion: KubeVersion, entries: readonly ApiDeprecation[] = API_DEPRECATIONS) {
    this.target = kubeVersion;
    for (const e of entries) for (const kind of e.kinds) this.byKey.set(`${e.apiVersion} ${kind}`, e);
  }

  /** `undefined` when the API is not in the table (not deprecated). */
  status(apiVersion: string, kind: string): ApiStatus | undefined {
    const entry = this.byKey.get(`${apiVersion} ${kind}`);
    if (entry === undefined) return undefined;
    if (entry.removedIn !== undefined && !this.before(entry.removedIn)) return { status: 'removed', entry };
    if (entry.deprecatedIn !== undefined && !this.before(entry.deprecatedIn)) return { status: 'deprecated', entry };
    return { status: 'served', entry };
  }

  private before(version: string): boolean {
    const v = parseKubeVersion(version)!;
    return this.target.major < v.major || (this.target.major === v.major && this.target.minor < v.minor);
  }
}
