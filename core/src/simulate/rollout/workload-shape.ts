/**
 * What a rollout report needs to know of a workload in one snapshot, whatever its kind: the strategy and its
 * resolved bounds, the revision being rolled out, and which pods belong to it. Each kind answers with its own
 * controller's rules (the same functions the controllers use), so the report never disagrees with what the
 * simulation did.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asString, getIn } from '../../model/fields.js';
import type { PlanRollout } from '../../plan/plan-document.js';
import { nodeShouldRunDaemonPod, withDaemonTolerations } from '../controllers/daemon-set-pods.js';
import { collisionCountOf, isDaemonPodUpdated, readDaemonSetUpdate, REVISION_HASH_LABEL } from '../controllers/daemon-set-update.js';
import { findNewReplicaSet, ownedReplicaSets, POD_TEMPLATE_HASH_LABEL } from '../controllers/deployment-replica-sets.js';
import { readDeployment } from '../controllers/deployment-spec.js';
import { templateSpec } from '../controllers/pod-from-template.js';
import { computeHash } from '../controllers/pod-template-hash.js';
import { podRevision, readStatefulSet } from '../controllers/stateful-set-pods.js';
import type { SimObject } from '../types.js';

/** The workload kinds whose template changes roll out. */
export const ROLLOUT_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'] as const;

export interface WorkloadShape {
  readonly strategy: PlanRollout['strategy'];
  /** Pods wanted: `spec.replicas`, or for a DaemonSet the nodes that should run it. */
  readonly replicas: number;
  readonly maxSurge: number | null;
  readonly maxUnavailable: number | null;
  /** StatefulSet RollingUpdate: ordinals below `start + partition` keep their revision. */
  readonly partition?: number;
  /** The first ordinal (StatefulSets). */
  readonly start?: number;
  /** The revision being rolled out, by name (`web-7d9fc8b6d`). */
  readonly newRevision: string;
  /** A pod's revision, by the same kind of name. */
  readonly revisionOf: (pod: SimObject) => string;
  readonly isNew: (pod: SimObject) => boolean;
  /** Deployments only. */
  readonly progressDeadlineSeconds?: number;
  readonly hasProgressDeadline?: boolean;
  readonly paused?: boolean;
}

function deploymentShape(state: ClusterState, d: SimObject): WorkloadShape {
  const view = readDeployment(d);
  const newRS = findNewReplicaSet(view, ownedReplicaSets(state, d));
  const hash = asString(getIn(newRS?.object, 'metadata', 'labels', POD_TEMPLATE_HASH_LABEL)) ?? computeHash(view.template, view.collisionCount);
  const hashOf = (pod: SimObject): string | undefined => asString(getIn(pod.object, 'metadata', 'labels', POD_TEMPLATE_HASH_LABEL));
  return {
    strategy: view.recreate ? 'Recreate' : 'RollingUpdate',
    replicas: view.replicas,
    maxSurge: view.recreate ? null : view.maxSurge,
    maxUnavailable: view.recreate ? null : view.maxUnavailable,
    newRevision: newRS?.name ?? `${d.name}-${hash}`,
    revisionOf: (pod) => `${d.name}-${hashOf(pod) ?? '(none)'}`,
    isNew: (pod) => hashOf(pod) === hash,
    progressDeadlineSeconds: view.progressDeadlineSeconds,
    hasProgressDeadline: view.hasProgressDeadline,
    paused: view.paused,
  };
}

function statefulSetShape(sts: SimObject): WorkloadShape {
  const view = readStatefulSet(sts);
  const rolling = view.update.type === 'RollingUpdate';
  return {
    strategy: view.update.type,
    replicas: view.replicas,
    maxSurge: null,
    maxUnavailable: rolling ? view.update.maxUnavailable : null,
    ...(rolling && view.update.partition > 0 ? { partition: view.update.partition } : {}),
    start: view.start,
    newRevision: view.revision,
    revisionOf: (pod) => podRevision(pod) ?? '(none)',
    isNew: (pod) => podRevision(pod) === view.revision,
  };
}

function daemonSetShape(state: ClusterState, ds: SimObject): WorkloadShape {
  const template = getIn(ds.object, 'spec', 'template');
  const spec = withDaemonTolerations(templateSpec(template as Readonly<Record<string, unknown>> | undefined));
  const desired = state.nodes().filter((n) => nodeShouldRunDaemonPod(n, spec).shouldRun).length;
  const update = readDaemonSetUpdate(ds, desired);
  const hash = computeHash(template, collisionCountOf(ds));
  const rolling = update.type === 'RollingUpdate';
  return {
    strategy: update.type,
    replicas: desired,
    maxSurge: rolling ? update.maxSurge : null,
    maxUnavailable: rolling ? update.maxUnavailable : null,
    newRevision: `${ds.name}-${hash}`,
    revisionOf: (pod) => `${ds.name}-${asString(getIn(pod.object, 'metadata', 'labels', REVISION_HASH_LABEL)) ?? '(none)'}`,
    isNew: (pod) => isDaemonPodUpdated(ds, pod, hash),
  };
}

/** The shape of `workload` (a Deployment, StatefulSet or DaemonSet) as `state` holds it. */
export function workloadShape(state: ClusterState, workload: SimObject): WorkloadShape {
  if (workload.kind === 'Deployment') return deploymentShape(state, workload);
  if (workload.kind === 'StatefulSet') return statefulSetShape(workload);
  return daemonSetShape(state, workload);
}
