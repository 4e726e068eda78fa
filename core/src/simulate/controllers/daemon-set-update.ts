/**
 * A DaemonSet's rolling update (pkg/controller/daemon/update.go rollingUpdate, updatedDesiredNodeCounts,
 * findUpdatedPodsOnNode; util/daemonset_util.go SurgeCount, UnavailableCount, IsPodUpdated;
 * control-plane-semantics §11). Both bounds are scaled against the nodes that should run the pod and rounded
 * up; both 0 means maxUnavailable 1.
 *   - maxSurge 0: old available pods are deleted, at most maxUnavailable minus the nodes already unavailable
 *     (no pod, an unavailable new pod, two pods); old unavailable pods are replaced at once. The manage loop then
 *     makes the new pod on the emptied node.
 *   - maxSurge > 0: a new pod is started beside an old one on up to maxSurge nodes (at once where the old pod is
 *     unavailable); the manage loop deletes the old pod once the new one is available.
 * Upstream walks its node map in random order; kubeplan walks nodes by name, so the same plan replaces the same
 * nodes first.
 */
import { asNumber, asObject, asString, getIn } from '../../model/fields.js';
import type { SimObject } from '../types.js';
import { scaledValue } from './int-or-percent.js';
import { isPodAvailable, isTerminating } from './pod-state.js';

export const REVISION_HASH_LABEL = 'controller-revision-hash';
export const TEMPLATE_GENERATION_LABEL = 'pod-template-generation';
/** The API server keeps the template generation in this annotation (bumped on every template change). */
export const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

export type DaemonSetUpdateStrategy = 'RollingUpdate' | 'OnDelete';

export interface DaemonSetUpdate {
  readonly type: DaemonSetUpdateStrategy;
  readonly maxSurge: number;
  readonly maxUnavailable: number;
}

/** `spec.updateStrategy` resolved against `desired` nodes (apps/v1 defaults: RollingUpdate, maxUnavailable 1, maxSurge 0). */
export function readDaemonSetUpdate(ds: SimObject, desired: number): DaemonSetUpdate {
  const type: DaemonSetUpdateStrategy = getIn(ds.object, 'spec', 'updateStrategy', 'type') === 'OnDelete' ? 'OnDelete' : 'RollingUpdate';
  if (type === 'OnDelete') return { type, maxSurge: 0, maxUnavailable: 0 };
  const rolling = asObject(getIn(ds.object, 'spec', 'updateStrategy', 'rollingUpdate')) ?? {};
  const maxSurge = scaledValue(rolling.maxSurge ?? 0, desired, true);
  const maxUnavailable = scaledValue(rolling.maxUnavailable ?? 1, desired, true);
  return { type, maxSurge, maxUnavailable: desired > 0 && maxSurge === 0 && maxUnavailable === 0 ? 1 : maxUnavailable };
}

/** util.AllowsSurge: a RollingUpdate whose maxSurge is positive (scaled against one node). */
export function allowsSurge(ds: SimObject): boolean {
  return readDaemonSetUpdate(ds, 1).maxSurge > 0;
}

/**
 * IsPodUpdated: the pod carries the template's hash, or the DaemonSet's template generation (only when the API
 * server's annotation is there: pods of a dumped cluster carry upstream's hash, which kubeplan cannot recompute).
 */
export function isDaemonPodUpdated(ds: SimObject, pod: SimObject, hash: string): boolean {
  const labels = asObject(getIn(pod.object, 'metadata', 'labels')) ?? {};
  if (labels[REVISION_HASH_LABEL] === hash) return true;
  const generation = asString(getIn(ds.object, 'metadata', 'annotations', TEMPLATE_GENERATION_ANNOTATION));
  return generation !== undefined && asString(labels[TEMPLATE_GENERATION_LABEL]) === generation;
}

/** findUpdatedPodsOnNode: at most one live pod of each kind, else undefined (the manage loop prunes first). */
function splitNode(pods: readonly SimObject[], isUpdated: (pod: SimObject) => boolean): { fresh?: SimObject; old?: SimObject } | undefined {
  let fresh: SimObject | undefined;
  let old: SimObject | undefined;
  for (const pod of pods) {
    if (isTerminating(pod)) continue;
    if (isUpdated(pod)) {
      if (fresh !== undefined) return undefined;
      fresh = pod;
    } else {
      if (old !== undefined) return undefined;
      old = pod;
    }
  }
  return { ...(fresh === undefined ? {} : { fresh }), ...(old === undefined ? {} : { old }) };
}

export interface RollingUpdateInput {
  readonly update: DaemonSetUpdate;
  /** Every node that should run the pod or has one, by name, with its daemon pods (possibly none). */
  readonly nodes: ReadonlyMap<string, readonly SimObject[]>;
  readonly shouldRun: (node: string) => boolean;
  readonly desired: number;
  readonly isUpdated: (pod: SimObject) => boolean;
}

export interface RollingUpdateStep {
  readonly deletePods: SimObject[];
  readonly createOn: string[];
}

function withoutSurge(input: RollingUpdateInput, names: readonly string[]): RollingUpdateStep {
  let unavailable = 0;
  const replace: SimObject[] = [];
  const candidates: SimObject[] = [];
  for (const name of names) {
    const split = splitNode(input.nodes.get(name) ?? [], input.isUpdated);
    if (split === undefined || (split.old === undefined) === (split.fresh === undefined)) unavailable++;
    else if (split.fresh !== undefined) unavailable += isPodAvailable(split.fresh) ? 0 : 1;
    else if (split.old !== undefined && !isPodAvailable(split.old)) {
      replace.push(split.old);
      unavailable++;
    } else if (split.old !== undefined && unavailable < input.update.maxUnavailable) candidates.push(split.old);
  }
  const remaining = Math.min(Math.max(0, input.update.maxUnavailable - unavailable), candidates.length);
  return { deletePods: [...replace, ...candidates.slice(0, remaining)], createOn: [] };
}

function withSurge(input: RollingUpdateInput, names: readonly string[]): RollingUpdateStep {
  const deletePods: SimObject[] = [];
  const shouldNotRun: SimObject[] = [];
  const allowed: string[] = [];
  const candidates: string[] = [];
  let surging = 0;
  let available = 0;
  for (const name of names) {
    const split = splitNode(input.nodes.get(name) ?? [], input.isUpdated);
    if (split === undefined) {
      surging++;
      continue;
    }
    const counted = split.old ?? split.fresh;
    if (counted !== undefined && isPodAvailable(counted)) available++;
    if (split.old === undefined) continue;
    if (split.fresh === undefined) {
      const run = input.shouldRun(name);
      if (!isPodAvailable(split.old) && run) allowed.push(name);
      else if (!isPodAvailable(split.old)) deletePods.push(split.old);
      else if (!run) shouldNotRun.push(split.old);
      else if (surging < input.update.maxSurge) candidates.push(name);
    } else if (!isPodAvailable(split.fresh)) surging++;
    else deletePods.push(split.old);
  }
  // With maxSurge the owner expects full availability: a pod on a node it left goes once another is available.
  const deletable = Math.min(Math.max(0, available - input.desired), shouldNotRun.length);
  deletePods.push(...shouldNotRun.slice(0, deletable));
  const remaining = Math.min(Math.max(0, input.update.maxSurge - surging), candidates.length);
  return { deletePods, createOn: [...allowed, ...candidates.slice(0, remaining)] };
}

/** One rollingUpdate pass: the old pods to delete and the nodes to start a new pod on. */
export function rollingUpdate(input: RollingUpdateInput): RollingUpdateStep {
  if (input.update.type === 'OnDelete') return { deletePods: [], createOn: [] };
  const names = [...input.nodes.keys()].sort();
  return input.update.maxSurge === 0 ? withoutSurge(input, names) : withSurge(input, names);
}

/** `status.collisionCount` as the hash input (absent until a collision). */
export function collisionCountOf(ds: SimObject): number | undefined {
  return asNumber(getIn(ds.object, 'status', 'collisionCount'));
}
