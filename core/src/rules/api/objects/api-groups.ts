/** Built-in API groups and kinds that object rules tell apart from custom resources. */
import type { KubeObject } from '../../../load/types.js';

/** Groups served by kube-apiserver itself (custom resources live elsewhere); `''` is the core group. */
export const BUILTIN_GROUPS: ReadonlySet<string> = new Set([
  '',
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'extensions',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'scheduling.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'node.k8s.io',
  'certificates.k8s.io',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'flowcontrol.apiserver.k8s.io',
  'events.k8s.io',
  'resource.k8s.io',
  'storagemigration.k8s.io',
  'internal.apiserver.k8s.io',
]);

/** Built-in kinds that are cluster-scoped: `metadata.namespace` is cleared on them, never validated. */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'StorageClass',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'VolumeAttributesClass',
  'IngressClass',
  'IPAddress',
  'ServiceCIDR',
  'PriorityClass',
  'RuntimeClass',
  'CustomResourceDefinition',
  'APIService',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'CertificateSigningRequest',
  'ClusterTrustBundle',
  'FlowSchema',
  'PriorityLevelConfiguration',
  'DeviceClass',
  'ResourceSlice',
  'StorageVersionMigration',
]);

/** The API group of an object (`''` for `v1`), or undefined when apiVersion is not a string. */
export function groupOf(obj: KubeObject): string | undefined {
  const av = obj.apiVersion;
  if (typeof av !== 'string') return undefined;
  const slash = av.lastIndexOf('/');
  return slash < 0 ? '' : av.slice(0, slash);
}

/** True for objects of a built-in API group (false for custom resources and unknown apiVersions). */
export function isBuiltin(obj: KubeObject): boolean {
  const group = groupOf(obj);
  return group !== undefined && BUILTIN_GROUPS.has(group);
}
