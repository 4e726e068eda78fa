/**
 * Which pods a ReplicaSet (or Job) deletes first when it has too many: upstream getPodsToDelete sorts by
 * controller.ActivePodsWithRanks (pkg/controller/controller_utils.go) and takes the first ones:
 *   1. unassigned before assigned;
 *   2. Pending before Unknown before Running;
 *   3. not ready before ready;
 *   4. lower `controller.kubernetes.io/pod-deletion-cost` first;
 *   5. pods on nodes with more related pods (of the same ReplicaSet and its siblings) first;
 *   6. more recently ready first; 7. more container restarts first; 8. newer first.
 * In the simulation every pod became ready at the same instant, so 6 never decides; "newer" is creation order
 * (`seq`), and a last tie goes to the name — upstream leaves it to an unstable sort, kubeplan stays deterministic.
 */
import { asNumber, asString, getIn, objectItems } from '../../model/fields.js';
import type { SimObject } from '../types.js';
import { isPodActive, isPodReady, podNodeName, podPhase } from './pod-state.js';

export const POD_DELETION_COST_ANNOTATION = 'controller.kubernetes.io/pod-deletion-cost';

const PHASE_ORDER: Readonly<Record<string, number>> = { Pending: 0, Unknown: 1, Running: 2 };

/** helper.GetDeletionCostFromPodAnnotations: an int32, 0 when absent or malformed. */
function deletionCost(pod: SimObject): number {
  const raw = asString(getIn(pod.object, 'metadata', 'annotations', POD_DELETION_COST_ANNOTATION));
  if (raw === undefined || !/^[+-]?[0-9]+$/.test(raw)) return 0;
  const n = Number(raw);
  return n >= -(2 ** 31) && n < 2 ** 31 ? n : 0;
}

function maxRestarts(pod: SimObject): number {
  let max = 0;
  for (const { item } of objectItems(getIn(pod.object, 'status', 'containerStatuses'))) max = Math.max(max, asNumber(item.restartCount) ?? 0);
  return max;
}

interface Ranked {
  pod: SimObject;
  /** Active related pods on the same node. */
  rank: number;
}

function compare(a: Ranked, b: Ranked): number {
  const na = podNodeName(a.pod);
  const nb = podNodeName(b.pod);
  if (na !== nb && (na === '' || nb === '')) return na === '' ? -1 : 1;
  const pa = PHASE_ORDER[podPhase(a.pod)] ?? 3;
  const pb = PHASE_ORDER[podPhase(b.pod)] ?? 3;
  if (pa !== pb) return pa - pb;
  const ra = isPodReady(a.pod);
  if (ra !== isPodReady(b.pod)) return ra ? 1 : -1;
  const ca = deletionCost(a.pod);
  const cb = deletionCost(b.pod);
  if (ca !== cb) return ca - cb;
  if (a.rank !== b.rank) return b.rank - a.rank;
  const restarts = maxRestarts(b.pod) - maxRestarts(a.pod);
  if (restarts !== 0) return restarts;
  if (a.pod.seq !== b.pod.seq) return b.pod.seq - a.pod.seq;
  return a.pod.name < b.pod.name ? -1 : a.pod.name > b.pod.name ? 1 : 0;
}

/**
 * The first `count` of `pods` in deletion order. `related` are the pods counted for rule 5 (upstream
 * getIndirectlyRelatedPods: the pods of every ReplicaSet of the same Deployment); `pods` when omitted.
 */
export function podsToDelete(pods: readonly SimObject[], count: number, related: readonly SimObject[] = pods): SimObject[] {
  const onNode = new Map<string, number>();
  for (const p of related) if (isPodActive(p)) onNode.set(podNodeName(p), (onNode.get(podNodeName(p)) ?? 0) + 1);
  const ranked = pods.map((pod) => ({ pod, rank: onNode.get(podNodeName(pod)) ?? 0 }));
  return ranked.sort(compare).slice(0, Math.max(0, count)).map((r) => r.pod);
}
