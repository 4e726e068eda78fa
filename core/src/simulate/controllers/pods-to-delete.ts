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
 * (`seq`) — upstream compares creation times on a log2 scale (LogarithmicScaleDown) and breaks ties by UID — and
 * a last tie goes to the name, where upstream leaves it to an unstable sort: kubeplan stays deterministic.
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

/** One rule of ActivePodsWithRanks.Less: negative when `a` goes first; `why` says it of the pod that goes first. */
interface RankRule {
  readonly order: (a: Ranked, b: Ranked) => number;
  readonly why: (first: Ranked, other: Ranked) => string;
}

const phaseRank = (r: Ranked): number => PHASE_ORDER[podPhase(r.pod)] ?? 3;
const nodeOrNone = (r: Ranked): string => podNodeName(r.pod) || '(none)';

const RULES: readonly RankRule[] = [
  {
    order: (a, b) => {
      const na = podNodeName(a.pod);
      const nb = podNodeName(b.pod);
      return na !== nb && (na === '' || nb === '') ? (na === '' ? -1 : 1) : 0;
    },
    why: () => 'not scheduled to a node',
  },
  { order: (a, b) => phaseRank(a) - phaseRank(b), why: (first) => `phase ${podPhase(first.pod) || 'unset'}` },
  { order: (a, b) => Number(isPodReady(a.pod)) - Number(isPodReady(b.pod)), why: () => 'not ready' },
  { order: (a, b) => deletionCost(a.pod) - deletionCost(b.pod), why: (first, other) => `lower pod-deletion-cost (${deletionCost(first.pod)} < ${deletionCost(other.pod)})` },
  { order: (a, b) => b.rank - a.rank, why: (first, other) => `more pods of the workload on its node (${first.rank} on ${nodeOrNone(first)}, ${other.rank} on ${nodeOrNone(other)})` },
  { order: (a, b) => maxRestarts(b.pod) - maxRestarts(a.pod), why: () => 'more container restarts' },
  { order: (a, b) => b.pod.seq - a.pod.seq, why: () => 'newer' },
  { order: (a, b) => (a.pod.name < b.pod.name ? -1 : a.pod.name > b.pod.name ? 1 : 0), why: () => 'first by name among equals' },
];

function compare(a: Ranked, b: Ranked): number {
  for (const rule of RULES) {
    const d = rule.order(a, b);
    if (d !== 0) return d;
  }
  return 0;
}

/** getPodsRankedByRelatedPodsOnSameNode: each pod's rank is the number of active related pods on its node. */
function ranked(pods: readonly SimObject[], related: readonly SimObject[]): Ranked[] {
  const onNode = new Map<string, number>();
  for (const p of related) if (isPodActive(p)) onNode.set(podNodeName(p), (onNode.get(podNodeName(p)) ?? 0) + 1);
  return pods.map((pod) => ({ pod, rank: onNode.get(podNodeName(pod)) ?? 0 }));
}

/**
 * The first `count` of `pods` in deletion order. `related` are the pods counted for rule 5 (upstream
 * getIndirectlyRelatedPods: the pods of every ReplicaSet of the same Deployment); `pods` when omitted.
 */
export function podsToDelete(pods: readonly SimObject[], count: number, related: readonly SimObject[] = pods): SimObject[] {
  return ranked(pods, related).sort(compare).slice(0, Math.max(0, count)).map((r) => r.pod);
}

/**
 * Why `victim` was deleted before `kept` (the first pod the ReplicaSet kept): the first rule of the ranking that
 * tells them apart, e.g. `not ready` or `newer`.
 */
export function deletionReason(victim: SimObject, kept: SimObject, related: readonly SimObject[]): string {
  const [a, b] = ranked([victim, kept], related) as [Ranked, Ranked];
  const rule = RULES.find((r) => r.order(a, b) !== 0);
  // A pod the ranking puts after `kept` was taken on another snapshot's facts: no rule to quote.
  return rule !== undefined && rule.order(a, b) < 0 ? rule.why(a, b) : 'ranked first by the ReplicaSet controller';
}
