/**
 * What controllers read of their pods (pkg/api/v1/pod util.go, pkg/controller/controller_utils.go): phase,
 * readiness, whether a pod still counts (IsPodActive), and the pods a controller owns.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asString, getIn, objectItems } from '../../model/fields.js';
import type { ObjectKey, SimObject } from '../types.js';

export function podPhase(pod: SimObject): string {
  return asString(getIn(pod.object, 'status', 'phase')) ?? '';
}

export function podNodeName(pod: SimObject): string {
  return asString(getIn(pod.object, 'spec', 'nodeName')) ?? '';
}

export function isTerminating(pod: SimObject): boolean {
  return getIn(pod.object, 'metadata', 'deletionTimestamp') !== undefined;
}

/** controller.IsPodActive: not Succeeded, not Failed, not being deleted. */
export function isPodActive(pod: SimObject): boolean {
  const phase = podPhase(pod);
  return phase !== 'Succeeded' && phase !== 'Failed' && !isTerminating(pod);
}

/** podutil.IsPodReady: the Ready condition is True. */
export function isPodReady(pod: SimObject): boolean {
  return objectItems(getIn(pod.object, 'status', 'conditions')).some(({ item }) => item.type === 'Ready' && item.status === 'True');
}

/**
 * podutil.IsPodAvailable. In the steady state every minReadySeconds has elapsed (control-plane-semantics §16),
 * so a ready pod is an available one.
 */
export function isPodAvailable(pod: SimObject): boolean {
  return isPodReady(pod);
}

export function isRunningAndReady(pod: SimObject): boolean {
  return podPhase(pod) === 'Running' && isPodReady(pod);
}

/** The pods whose controller owner reference is `owner`, in creation order. */
export function ownedPods(state: ClusterState, owner: ObjectKey): SimObject[] {
  return state.childrenOf(owner).filter((o) => o.kind === 'Pod');
}

/** How many of `pods` pass `test`. */
export function countPods(pods: readonly SimObject[], test: (pod: SimObject) => boolean): number {
  let n = 0;
  for (const pod of pods) if (test(pod)) n++;
  return n;
}
