/**
 * Updates the API server refuses: the immutable fields of each kind, checked on the comparable forms
 * (defaulted, server fields gone) of the stored object and its update. A refused update is what terraform calls
 * "forces replacement": kubeplan plans it as delete + create, with the API server's message naming the field.
 * Sources (kubernetes/kubernetes): pkg/apis/apps/validation ValidateStatefulSetUpdate; pkg/registry/apps/
 * {deployment,replicaset,daemonset}/strategy.go ValidateUpdate (selector, apps/v1); pkg/apis/batch/validation
 * ValidateJobSpecUpdate; pkg/apis/core/validation ValidateServiceUpdate (validateUpgradeDowngradeClusterIPs,
 * loadBalancerClass), ValidatePersistentVolumeClaimUpdate, ValidateSecretUpdate, ValidateConfigMapUpdate,
 * ValidatePodUpdate, ValidatePersistentVolumeUpdate; pkg/apis/storage/validation ValidateStorageClassUpdate;
 * pkg/apis/scheduling/validation ValidatePriorityClassUpdate; pkg/apis/rbac/validation (roleRef).
 */
import { asArray, asObject, asString, getIn, type Obj } from '../../model/fields.js';
import { compareQuantities, parseQuantity, type Quantity } from '../../model/quantity.js';
import { canonicalJson } from '../controllers/canonical-json.js';
import { podUpdateReason } from './pod-update-rules.js';

type Check = (prev: Obj, next: Obj) => string | undefined;

const IMMUTABLE = 'field is immutable';
const ONCE_SET = 'may not change once set';
const STATEFUL_SET_MUTABLE = ['replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'];
const STATEFUL_SET_FORBIDDEN =
  "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";
const CLAIM_FORBIDDEN = 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims';
const WHEN_IMMUTABLE = 'field is immutable when `immutable` is set';

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** `path: message` for the first of `paths` (dotted, under the object) whose value differs. */
function firstChanged(prev: Obj, next: Obj, paths: readonly string[], message: string): string | undefined {
  const changed = paths.find((p) => !same(getIn(prev, ...p.split('.')), getIn(next, ...p.split('.'))));
  return changed === undefined ? undefined : `${changed}: ${message}`;
}

/** The first key of `spec` outside `allowed` whose value differs, as `spec.key`. */
function changedSpecKey(prev: Obj, next: Obj, allowed: readonly string[]): string | undefined {
  const a = asObject(prev.spec) ?? {};
  const b = asObject(next.spec) ?? {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !allowed.includes(k)).sort();
  const key = keys.find((k) => !same(a[k], b[k]));
  return key === undefined ? undefined : `spec.${key}`;
}

const selectorImmutable: Check = (prev, next) => firstChanged(prev, next, ['spec.selector'], IMMUTABLE);

const statefulSet: Check = (prev, next) => {
  const key = changedSpecKey(prev, next, STATEFUL_SET_MUTABLE);
  return key === undefined ? undefined : `${key}: ${STATEFUL_SET_FORBIDDEN}`;
};

const job: Check = (prev, next) => {
  const fixed = firstChanged(prev, next, ['spec.selector', 'spec.completionMode', 'spec.podFailurePolicy', 'spec.backoffLimitPerIndex', 'spec.successPolicy', 'spec.managedBy'], IMMUTABLE);
  if (fixed !== undefined) return fixed;
  const p = asObject(prev.spec) ?? {};
  const n = asObject(next.spec) ?? {};
  // Elastic Indexed Jobs: completions may change together with parallelism, kept equal to it.
  const elastic = n.completionMode === 'Indexed' && p.completions === p.parallelism && n.completions === n.parallelism;
  if (!same(p.completions, n.completions) && !elastic) return `spec.completions: ${IMMUTABLE}`;
  // A suspended Job that never started may change its template's scheduling directives; kubeplan allows any
  // template change while suspended (the steady state starts every Job that is not).
  if (!same(p.template, n.template) && p.suspend !== true) return `spec.template: ${IMMUTABLE}`;
  return undefined;
};

function needsClusterIP(spec: Obj): boolean {
  return asString(spec.type) !== 'ExternalName';
}

const service: Check = (prev, next) => {
  const p = asObject(prev.spec) ?? {};
  const n = asObject(next.spec) ?? {};
  // From or to ExternalName, the IPs are allocated or released; otherwise the primary ones stay.
  if (!needsClusterIP(p) || !needsClusterIP(n)) return undefined;
  const ip = (s: Obj): unknown => asArray(s.clusterIPs)?.[0] ?? s.clusterIP;
  if (ip(n) !== undefined && ip(p) !== undefined && !same(ip(p), ip(n))) return `spec.clusterIPs[0]: ${ONCE_SET}`;
  const family = (s: Obj): unknown => asArray(s.ipFamilies)?.[0];
  if (family(n) !== undefined && family(p) !== undefined && !same(family(p), family(n))) return `spec.ipFamilies[0]: ${ONCE_SET}`;
  if (p.type === 'LoadBalancer' && n.type === 'LoadBalancer' && !same(p.loadBalancerClass, n.loadBalancerClass)) return `spec.loadBalancerClass: ${ONCE_SET}`;
  return undefined;
};

/** The claim's spec without what may change: resources.requests (growing only) and volumeAttributesClassName. */
const claim: Check = (prev, next) => {
  const strip = (o: Obj): Obj => {
    const spec: Obj = { ...asObject(o.spec) };
    delete spec.volumeAttributesClassName;
    const resources: Obj = { ...asObject(spec.resources) };
    delete resources.requests;
    spec.resources = resources;
    return { spec };
  };
  const key = changedSpecKey(strip(prev), strip(next), []);
  if (key !== undefined) return `${key}${key === 'spec.resources' ? '.limits' : ''}: ${CLAIM_FORBIDDEN}`;
  const storage = (o: Obj): Quantity | undefined => {
    const raw = getIn(o, 'spec', 'resources', 'requests', 'storage');
    return typeof raw === 'string' || typeof raw === 'number' ? parseQuantity(raw) : undefined;
  };
  const [before, after] = [storage(prev), storage(next)];
  if (before !== undefined && after !== undefined && compareQuantities(after, before) < 0) return 'spec.resources.requests.storage: field can not be less than previous value';
  return undefined;
};

/** Secrets and ConfigMaps marked `immutable: true` keep their data, and the mark. */
function immutableData(fields: readonly string[]): Check {
  return (prev, next) => {
    if (fields.includes('type') && !same(prev.type, next.type)) return `type: ${IMMUTABLE}`;
    if (prev.immutable !== true) return undefined;
    if (next.immutable !== true) return `immutable: ${WHEN_IMMUTABLE}`;
    return firstChanged(prev, next, fields.filter((f) => f !== 'type'), WHEN_IMMUTABLE);
  };
}

const persistentVolume: Check = (prev, next) => {
  const source = (o: Obj): Obj => {
    const spec = { ...asObject(o.spec) };
    for (const k of ['capacity', 'accessModes', 'claimRef', 'persistentVolumeReclaimPolicy', 'storageClassName', 'mountOptions', 'volumeMode', 'nodeAffinity', 'volumeAttributesClassName']) delete spec[k];
    return spec;
  };
  return same(source(prev), source(next)) ? undefined : 'spec.persistentvolumesource: spec.persistentvolumesource is immutable after creation';
};

const CHECKS: Readonly<Record<string, Check>> = {
  Deployment: selectorImmutable,
  ReplicaSet: selectorImmutable,
  DaemonSet: selectorImmutable,
  StatefulSet: statefulSet,
  Job: job,
  Service: service,
  PersistentVolumeClaim: claim,
  PersistentVolume: persistentVolume,
  Secret: immutableData(['data', 'type']),
  ConfigMap: immutableData(['data', 'binaryData']),
  Pod: podUpdateReason,
  StorageClass: (p, n) => firstChanged(p, n, ['parameters', 'provisioner', 'reclaimPolicy', 'volumeBindingMode'], IMMUTABLE),
  PriorityClass: (p, n) => firstChanged(p, n, ['value', 'preemptionPolicy'], 'may not be changed in an update.'),
  RoleBinding: (p, n) => firstChanged(p, n, ['roleRef'], 'cannot change roleRef'),
  ClusterRoleBinding: (p, n) => firstChanged(p, n, ['roleRef'], 'cannot change roleRef'),
};

/**
 * Why the API server refuses to update `prev` to `next` in place (`spec.selector: field is immutable`), or
 * undefined when the update is allowed. Both are comparable forms (see comparableObject).
 */
export function replaceReason(kind: string, prev: Obj, next: Obj): string | undefined {
  return CHECKS[kind]?.(prev, next);
}
