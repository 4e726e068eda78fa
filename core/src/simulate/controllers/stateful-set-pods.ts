/**
 * A StatefulSet's members (pkg/controller/statefulset/stateful_set_utils.go newVersionedStatefulSetPod,
 * initIdentity, updateStorage, getPersistentVolumeClaims): pod `<sts>-<ordinal>` with hostname and subdomain,
 * the pod-name, pod-index and controller-revision-hash labels, and one PVC `<claim>-<sts>-<ordinal>` per
 * volumeClaimTemplate, which the pod's volume of the template's name points to.
 */
import { asArray, asNumber, asObject, asString, asStringMap, getIn, objectItems, type Obj } from '../../model/fields.js';
import type { NameGenerator, SimObject } from '../types.js';
import { podFromTemplate, templateSpec } from './pod-from-template.js';
import { computeHash } from './pod-template-hash.js';
import { controllerRef, generationOf } from './sim-object.js';
import { readUpdateStrategy, type StatefulSetUpdate } from './stateful-set-update.js';

export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';
export const REVISION_LABEL = 'controller-revision-hash';

/** history.ControllerRevisionName keeps the prefix under 223 characters. */
const MAX_REVISION_PREFIX = 223;

export type RetentionPolicy = 'Retain' | 'Delete';

export interface StatefulSetView {
  readonly replicas: number;
  /** `spec.ordinals.start`: the first ordinal (default 0). */
  readonly start: number;
  /** podManagementPolicy Parallel ("burst"); OrderedReady otherwise. */
  readonly parallel: boolean;
  readonly serviceName: string;
  readonly template: Obj;
  readonly claimTemplates: readonly Obj[];
  readonly whenDeleted: RetentionPolicy;
  readonly whenScaled: RetentionPolicy;
  /** The update revision's name (see `updateRevisionOf`). */
  readonly revision: string;
  /** `spec.updateStrategy`, defaulted. */
  readonly update: StatefulSetUpdate;
}

const policyOf = (v: unknown): RetentionPolicy => (v === 'Delete' ? 'Delete' : 'Retain');

/**
 * The update revision's name. A status written for this very spec (`observedGeneration` equal to the
 * generation, which the API server bumps on every spec change) names it: that keeps a dumped cluster's revision
 * names, which kubeplan cannot recompute (upstream hashes a Go dump of the template, see pod-template-hash.ts),
 * so that an unchanged StatefulSet does not look changed. Otherwise `<sts>-<hash of the template>`, like
 * upstream's ControllerRevision name; upstream always hashes a collision count for StatefulSets (0 until a
 * collision), unlike Deployments.
 */
function updateRevisionOf(sts: SimObject, template: Obj): string {
  const status = asObject(sts.object.status);
  const named = asString(status?.updateRevision);
  if (named !== undefined && named !== '' && asNumber(status?.observedGeneration) === generationOf(sts)) return named;
  const collisionCount = asNumber(status?.collisionCount) ?? 0;
  return `${sts.name.slice(0, MAX_REVISION_PREFIX)}-${computeHash(template, collisionCount)}`;
}

export function readStatefulSet(sts: SimObject): StatefulSetView {
  const spec = asObject(sts.object.spec) ?? {};
  const template = asObject(spec.template) ?? {};
  const replicas = asNumber(spec.replicas) ?? 1;
  return {
    replicas,
    start: asNumber(getIn(spec, 'ordinals', 'start')) ?? 0,
    parallel: spec.podManagementPolicy === 'Parallel',
    serviceName: asString(spec.serviceName) ?? '',
    template,
    claimTemplates: objectItems(spec.volumeClaimTemplates).map(({ item }) => item),
    whenDeleted: policyOf(getIn(spec, 'persistentVolumeClaimRetentionPolicy', 'whenDeleted')),
    whenScaled: policyOf(getIn(spec, 'persistentVolumeClaimRetentionPolicy', 'whenScaled')),
    revision: updateRevisionOf(sts, template),
    update: readUpdateStrategy(spec, replicas),
  };
}

function statefulPodName(sts: SimObject, ordinal: number): string {
  return `${sts.name}-${ordinal}`;
}

/** getPodRevision: the pod's `controller-revision-hash` label. */
export function podRevision(pod: SimObject): string | undefined {
  return asString(getIn(pod.object, 'metadata', 'labels', REVISION_LABEL));
}

/** getParentNameAndOrdinal: the ordinal of a pod named `<sts>-<n>`, or undefined for any other name. */
export function ordinalOf(sts: SimObject, pod: SimObject): number | undefined {
  const m = /^(.*)-([0-9]+)$/.exec(pod.name);
  if (m === null || m[1] !== sts.name) return undefined;
  const n = Number(m[2]);
  return n <= 2147483647 ? n : undefined;
}

/** getPersistentVolumeClaimName. */
export function claimName(template: Obj, sts: SimObject, ordinal: number): string {
  return `${asString(getIn(template, 'metadata', 'name')) ?? ''}-${sts.name}-${ordinal}`;
}

/**
 * The PVCs of one ordinal. Labels: the template's, overlaid with the selector's matchLabels. With
 * `whenDeleted: Delete` the StatefulSet is their controller, so deleting it deletes them
 * (updateClaimOwnerRefForSetAndPod); with the default Retain they have no owner and outlive it.
 */
export function claimsFor(sts: SimObject, view: StatefulSetView, ordinal: number, names: NameGenerator): Obj[] {
  const selectorLabels = asStringMap(getIn(sts.object, 'spec', 'selector', 'matchLabels')) ?? {};
  return view.claimTemplates.map((template) => {
    const labels = { ...asStringMap(getIn(template, 'metadata', 'labels')), ...selectorLabels };
    const annotations = asStringMap(getIn(template, 'metadata', 'annotations'));
    const metadata: Obj = {
      name: claimName(template, sts, ordinal),
      namespace: sts.namespace ?? 'default',
      ...(Object.keys(labels).length === 0 ? {} : { labels }),
      ...(annotations === undefined || Object.keys(annotations).length === 0 ? {} : { annotations }),
      ...(view.whenDeleted === 'Delete' ? { ownerReferences: [controllerRef(sts, names)] } : {}),
    };
    return { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata, spec: structuredClone(asObject(template.spec) ?? {}), status: { phase: 'Pending' } };
  });
}

/** newStatefulSetPod + setPodRevision: the member pod of `ordinal` at the update revision. */
export function statefulPod(sts: SimObject, view: StatefulSetView, ordinal: number, names: NameGenerator): Obj {
  const name = statefulPodName(sts, ordinal);
  const spec = templateSpec(view.template);
  const claimVolumes = view.claimTemplates.map((t) => ({ name: asString(getIn(t, 'metadata', 'name')) ?? '', persistentVolumeClaim: { claimName: claimName(t, sts, ordinal) } }));
  const claimed = new Set(claimVolumes.map((v) => v.name));
  const otherVolumes = (asArray(spec.volumes) ?? []).filter((v) => !claimed.has(asString(asObject(v)?.name) ?? ''));
  const volumes = [...claimVolumes, ...otherVolumes];
  const identity = { hostname: name, ...(view.serviceName === '' ? {} : { subdomain: view.serviceName }) };
  const fullSpec = { ...spec, ...identity, ...(volumes.length === 0 ? {} : { volumes }) };
  const labels = { [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(ordinal), [REVISION_LABEL]: view.revision };
  return podFromTemplate(view.template, { namespace: sts.namespace ?? 'default', name, ownerRef: controllerRef(sts, names), labels }, fullSpec);
}
