// Updates the API server refuses, so that the plan replaces the object (core/src/simulate/apply/
// immutable-fields.ts). Each case cites the upstream validation (kubernetes/kubernetes) whose message it uses.
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../src/model/fields.js';
import { comparableObject } from '../../src/simulate/apply/comparable-object.js';
import { replaceReason } from '../../src/simulate/apply/immutable-fields.js';
import { deployment, service } from './builders.js';

const STS_FORBIDDEN =
  "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";
const CLAIM_FORBIDDEN = 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims';

function withSpec(o: Obj, spec: Obj): Obj {
  return { ...o, spec: { ...(o.spec as Obj), ...spec } };
}

const statefulSet: Obj = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'db', namespace: 'default' },
  spec: {
    serviceName: 'db',
    replicas: 3,
    selector: { matchLabels: { app: 'db' } },
    template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'db', image: 'postgres:16' }] } },
    volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
  },
};
const job: Obj = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'migrate', namespace: 'default' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'm', image: 'migrate:1' }] } } } };
const claim: Obj = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'default' }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'standard', resources: { requests: { storage: '1Gi' } } } };
const secret: Obj = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' }, data: { a: 'Yg==' } };
const pod: Obj = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { nodeName: 'worker-1', containers: [{ name: 'c', image: 'busybox:1.36', resources: { requests: { cpu: '100m' } } }] } };
const labelled = (labels: Record<string, string>): Obj => deployment('web', { labels });

interface Case {
  name: string;
  before: Obj;
  after: Obj;
  reason: string | undefined;
}

const CASES: Case[] = [
  // pkg/registry/apps/deployment/strategy.go ValidateUpdate (apps/v1): ValidateImmutableField(spec.selector).
  { name: 'a Deployment selector change is refused', before: labelled({ app: 'web' }), after: labelled({ app: 'web2' }), reason: 'spec.selector: field is immutable' },
  { name: 'a Deployment template change is an update', before: deployment('web'), after: deployment('web', { image: 'nginx:1.28' }), reason: undefined },
  // pkg/registry/apps/{replicaset,daemonset}/strategy.go: the same for apps/v1.
  { name: 'a ReplicaSet selector change is refused', before: { ...labelled({ app: 'a' }), kind: 'ReplicaSet' }, after: { ...labelled({ app: 'b' }), kind: 'ReplicaSet' }, reason: 'spec.selector: field is immutable' },
  { name: 'a DaemonSet selector change is refused', before: { ...labelled({ app: 'a' }), kind: 'DaemonSet' }, after: { ...labelled({ app: 'b' }), kind: 'DaemonSet' }, reason: 'spec.selector: field is immutable' },
  // pkg/apis/apps/validation ValidateStatefulSetUpdate: only replicas, ordinals, template, updateStrategy,
  // revisionHistoryLimit, persistentVolumeClaimRetentionPolicy and minReadySeconds may change.
  { name: 'a StatefulSet serviceName change is refused', before: statefulSet, after: withSpec(statefulSet, { serviceName: 'db-headless' }), reason: `spec.serviceName: ${STS_FORBIDDEN}` },
  { name: 'a StatefulSet volumeClaimTemplates change is refused', before: statefulSet, after: withSpec(statefulSet, { volumeClaimTemplates: [] }), reason: `spec.volumeClaimTemplates: ${STS_FORBIDDEN}` },
  { name: 'a StatefulSet podManagementPolicy change is refused', before: statefulSet, after: withSpec(statefulSet, { podManagementPolicy: 'Parallel' }), reason: `spec.podManagementPolicy: ${STS_FORBIDDEN}` },
  { name: 'a StatefulSet selector change is refused', before: statefulSet, after: withSpec(statefulSet, { selector: { matchLabels: { app: 'x' } } }), reason: `spec.selector: ${STS_FORBIDDEN}` },
  {
    name: 'StatefulSet replicas, template, updateStrategy, minReadySeconds, revisionHistoryLimit and retention policy may change',
    before: statefulSet,
    after: withSpec(statefulSet, { replicas: 5, minReadySeconds: 10, revisionHistoryLimit: 3, updateStrategy: { type: 'OnDelete' }, persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete' }, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'db', image: 'postgres:17' }] } } }),
    reason: undefined,
  },
  // pkg/apis/batch/validation ValidateJobSpecUpdate.
  { name: 'a running Job template change is refused', before: job, after: withSpec(job, { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'm', image: 'migrate:2' }] } } }), reason: 'spec.template: field is immutable' },
  { name: 'a suspended Job template may change', before: withSpec(job, { suspend: true }), after: withSpec(job, { suspend: true, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'm', image: 'migrate:2' }] } } }), reason: undefined },
  { name: 'a Job completions change is refused', before: withSpec(job, { completions: 3 }), after: withSpec(job, { completions: 4 }), reason: 'spec.completions: field is immutable' },
  { name: 'an Indexed Job scales completions with parallelism (elastic)', before: withSpec(job, { completionMode: 'Indexed', completions: 3, parallelism: 3 }), after: withSpec(job, { completionMode: 'Indexed', completions: 5, parallelism: 5 }), reason: undefined },
  { name: 'a Job parallelism change is an update', before: withSpec(job, { parallelism: 1 }), after: withSpec(job, { parallelism: 2 }), reason: undefined },
  // pkg/apis/core/validation ValidateServiceUpdate / validateUpgradeDowngradeClusterIPs.
  { name: 'a Service clusterIP change is refused', before: service('web', { clusterIP: '10.96.0.20' }), after: service('web', { clusterIP: '10.96.0.21' }), reason: 'spec.clusterIPs[0]: may not change once set' },
  { name: 'a headless Service cannot become a normal one', before: service('web', { clusterIP: 'None' }), after: service('web', { clusterIP: '10.96.0.21' }), reason: 'spec.clusterIPs[0]: may not change once set' },
  { name: 'ClusterIP → NodePort keeps the IP: an update', before: service('web', { clusterIP: '10.96.0.20' }), after: service('web', { type: 'NodePort', clusterIP: '10.96.0.20' }), reason: undefined },
  { name: 'a Service may become ExternalName', before: service('web', { clusterIP: '10.96.0.20' }), after: service('web', { type: 'ExternalName', externalName: 'example.com' }), reason: undefined },
  { name: 'a LoadBalancer class is set once', before: service('web', { type: 'LoadBalancer', loadBalancerClass: 'a' }), after: service('web', { type: 'LoadBalancer', loadBalancerClass: 'b' }), reason: 'spec.loadBalancerClass: may not change once set' },
  // pkg/apis/core/validation ValidatePersistentVolumeClaimUpdate.
  { name: "a claim's storage class change is refused", before: claim, after: withSpec(claim, { storageClassName: 'fast' }), reason: `spec.storageClassName: ${CLAIM_FORBIDDEN}` },
  { name: "a claim's access modes change is refused", before: claim, after: withSpec(claim, { accessModes: ['ReadWriteMany'] }), reason: `spec.accessModes: ${CLAIM_FORBIDDEN}` },
  { name: 'a claim may grow', before: claim, after: withSpec(claim, { resources: { requests: { storage: '2Gi' } } }), reason: undefined },
  { name: 'a claim may not shrink', before: claim, after: withSpec(claim, { resources: { requests: { storage: '512Mi' } } }), reason: 'spec.resources.requests.storage: field can not be less than previous value' },
  // pkg/apis/core/validation ValidateSecretUpdate, ValidateConfigMapUpdate.
  { name: 'an immutable Secret keeps its data', before: { ...secret, immutable: true }, after: { ...secret, immutable: true, data: { a: 'Yw==' } }, reason: 'data: field is immutable when `immutable` is set' },
  { name: 'an immutable Secret stays immutable', before: { ...secret, immutable: true }, after: secret, reason: 'immutable: field is immutable when `immutable` is set' },
  { name: "a Secret's type never changes", before: secret, after: { ...secret, type: 'kubernetes.io/tls' }, reason: 'type: field is immutable' },
  { name: 'a mutable Secret changes its data in place', before: secret, after: { ...secret, data: { a: 'Yw==' } }, reason: undefined },
  { name: 'an immutable ConfigMap keeps its data', before: { kind: 'ConfigMap', metadata: { name: 'c' }, immutable: true, data: { a: '1' } }, after: { kind: 'ConfigMap', metadata: { name: 'c' }, immutable: true, data: { a: '2' } }, reason: 'data: field is immutable when `immutable` is set' },
  // pkg/apis/core/validation ValidatePodUpdate.
  { name: "a Pod's image changes in place", before: pod, after: withSpec(pod, { containers: [{ name: 'c', image: 'busybox:1.37', resources: { requests: { cpu: '100m' } } }] }), reason: undefined },
  { name: "a Pod's toleration added changes in place", before: pod, after: withSpec(pod, { tolerations: [{ key: 'a', operator: 'Exists' }] }), reason: undefined },
  {
    name: "a Pod's resources change is refused",
    before: pod,
    after: withSpec(pod, { containers: [{ name: 'c', image: 'busybox:1.36', resources: { requests: { cpu: '200m' } } }] }),
    reason:
      'spec.containers: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
  },
  // pkg/apis/storage/validation ValidateStorageClassUpdate; scheduling ValidatePriorityClassUpdate; rbac roleRef.
  { name: "a StorageClass's parameters are immutable", before: { kind: 'StorageClass', metadata: { name: 'fast' }, provisioner: 'x', parameters: { type: 'gp2' } }, after: { kind: 'StorageClass', metadata: { name: 'fast' }, provisioner: 'x', parameters: { type: 'gp3' } }, reason: 'parameters: field is immutable' },
  { name: "a PriorityClass's value is immutable", before: { kind: 'PriorityClass', metadata: { name: 'high' }, value: 1000 }, after: { kind: 'PriorityClass', metadata: { name: 'high' }, value: 2000 }, reason: 'value: may not be changed in an update.' },
  { name: "a RoleBinding's roleRef is immutable", before: { kind: 'RoleBinding', metadata: { name: 'rb' }, roleRef: { kind: 'Role', name: 'a' } }, after: { kind: 'RoleBinding', metadata: { name: 'rb' }, roleRef: { kind: 'Role', name: 'b' } }, reason: 'roleRef: cannot change roleRef' },
];

describe('updates the API server refuses (forces replacement)', () => {
  it.each(CASES)('$name', ({ before, after, reason }) => {
    expect(replaceReason(String(before.kind), comparableObject(before), comparableObject(after))).toBe(reason);
  });
});
