/**
 * A Deployment's ReplicaSets (pkg/controller/deployment/sync.go getNewReplicaSet, util/deployment_util.go):
 * which one is "new" (its template equals the Deployment's, ignoring `pod-template-hash`), revisions, the
 * annotations the controller keeps on them, and the new ReplicaSet `<deployment>-<pod-template-hash>` itself.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asObject, asStringMap, getIn, type Obj } from '../../model/fields.js';
import type { NameGenerator, SimObject } from '../types.js';
import { deepEqual } from '../deep-equal.js';
import type { DeploymentView } from './deployment-spec.js';
import { controllerRef } from './sim-object.js';

/** apps.DefaultDeploymentUniqueLabelKey. */
export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';

/** annotationsToSkip: the Deployment's annotations that are not copied onto its ReplicaSets. */
const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION_ANNOTATION,
  'deployment.kubernetes.io/revision-history',
  DESIRED_REPLICAS_ANNOTATION,
  MAX_REPLICAS_ANNOTATION,
  'deprecated.deployment.rollback.to',
]);

/** The ReplicaSets the Deployment controls, oldest first. */
export function ownedReplicaSets(state: ClusterState, d: SimObject): SimObject[] {
  return state.childrenOf(d.key).filter((o) => o.kind === 'ReplicaSet');
}

export function annotationsOf(o: SimObject): Record<string, string> {
  return asStringMap(getIn(o.object, 'metadata', 'annotations')) ?? {};
}

/** The `deployment.kubernetes.io/revision` of a ReplicaSet; 0 when absent or not a number. */
export function revisionOf(rs: SimObject): number {
  const raw = annotationsOf(rs)[REVISION_ANNOTATION];
  return raw !== undefined && /^[0-9]+$/.test(raw) ? Number(raw) : 0;
}

/**
 * A template as EqualIgnoreHash compares it: without the hash label (nil and empty labels are the same). Only
 * the path to the labels is copied; the rest is shared with the template.
 */
function comparable(template: unknown): Obj {
  const t = asObject(template) ?? {};
  const metadata = asObject(t.metadata);
  const labels = asObject(metadata?.labels);
  if (metadata === undefined || labels === undefined) return t;
  const kept = Object.entries(labels).filter(([k]) => k !== POD_TEMPLATE_HASH_LABEL);
  // Labels without the hash label, and not empty: the template as it is.
  if (kept.length > 0 && kept.length === Object.keys(labels).length) return t;
  const others = Object.fromEntries(Object.entries(metadata).filter(([k]) => k !== 'labels'));
  return { ...t, metadata: kept.length === 0 ? others : { ...others, labels: Object.fromEntries(kept) } };
}

/** FindNewReplicaSet: the oldest ReplicaSet whose template is the Deployment's. */
export function findNewReplicaSet(view: DeploymentView, replicaSets: readonly SimObject[]): SimObject | undefined {
  const wanted = comparable(view.template);
  return replicaSets.find((rs) => deepEqual(comparable(getIn(rs.object, 'spec', 'template')), wanted));
}

/** SetReplicasAnnotations: what the Deployment wanted when it last sized this ReplicaSet. */
export function replicasAnnotations(view: DeploymentView): Record<string, string> {
  return { [DESIRED_REPLICAS_ANNOTATION]: String(view.replicas), [MAX_REPLICAS_ANNOTATION]: String(view.replicas + view.maxSurge) };
}

/** copyDeploymentAnnotationsToReplicaSet: the Deployment's own annotations, bar the controller's bookkeeping. */
export function copiedAnnotations(d: SimObject): Record<string, string> {
  return Object.fromEntries(Object.entries(annotationsOf(d)).filter(([k]) => !NOT_COPIED.has(k)));
}

function withHashLabel(labels: unknown, hash: string): Record<string, string> {
  return { ...asStringMap(labels), [POD_TEMPLATE_HASH_LABEL]: hash };
}

/** The new ReplicaSet of getNewReplicaSet: the template and selector gain the hash label; the name is deterministic. */
export function newReplicaSetObject(d: SimObject, view: DeploymentView, hash: string, replicas: number, revision: number, names: NameGenerator): Obj {
  const templateMetadata = asObject(view.template.metadata) ?? {};
  const labels = withHashLabel(templateMetadata.labels, hash);
  const selector = asObject(getIn(d.object, 'spec', 'selector')) ?? {};
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.name}-${hash}`,
      namespace: d.namespace ?? 'default',
      labels,
      annotations: { ...copiedAnnotations(d), [REVISION_ANNOTATION]: String(revision), ...replicasAnnotations(view) },
      ownerReferences: [controllerRef(d, names)],
    },
    spec: {
      replicas,
      minReadySeconds: view.minReadySeconds,
      selector: { ...selector, matchLabels: withHashLabel(selector.matchLabels, hash) },
      template: { ...structuredClone(view.template), metadata: { ...structuredClone(templateMetadata), labels } },
    },
  };
}
