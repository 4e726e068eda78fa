/**
 * Where the change moves pods that were already running (or waiting) in the before state: pods evicted by a
 * NoExecute taint the node got and where their replacements land, pods of a scale-down (the ReplicaSet's
 * victims), pods a rollout replaces, pods deleted with a pruned or replaced owner, pods of a removed node,
 * preempted pods, and pods that were Pending and now fit. New pods are the plan's `pods[]`, not placements.
 */
import type { ClusterState } from '../cluster/cluster-state.js';
import { asString, getIn } from '../model/fields.js';
import { formatTaint, tolerationsOf, toleratesTaint } from '../model/toleration.js';
import type { AppliedChange } from '../simulate/engine.js';
import type { SimEvent, SimObject } from '../simulate/types.js';
import type { PlanChange, PlanPlacementChange } from './plan-document.js';

export interface PlacementInput {
  readonly initial: ClusterState;
  readonly final: ClusterState;
  /** What applying did to the declared and pruned objects. */
  readonly applied: readonly AppliedChange[];
  /** The object changes, for the owners whose pod template changed. */
  readonly changes: readonly PlanChange[];
}

/** The input with its lists indexed by object key (a large plan has thousands of pods to look up). */
interface Indexed extends PlacementInput {
  readonly appliedByKey: ReadonlyMap<string, AppliedChange>;
  readonly changeByKey: ReadonlyMap<string, PlanChange>;
}

function nodeOf(pod: SimObject | undefined): string | null {
  const n = asString(getIn(pod?.object, 'spec', 'nodeName'));
  return n === undefined || n === '' ? null : n;
}

/** `evicted: node worker-2 got taint dedicated=db:NoExecute`: the NoExecute taints the pod does not tolerate for good. */
function evictionReason(pod: SimObject, node: string | null, input: Indexed): string {
  if (node === null) return 'evicted';
  const taints = input.final.node(node)?.taints.filter((t) => t.effect === 'NoExecute') ?? [];
  const tolerations = tolerationsOf(pod.object.spec as Record<string, unknown>);
  const raw = getIn(pod.object, 'spec', 'tolerations');
  const forever = tolerations.filter(({ index }) => getIn(raw, index, 'tolerationSeconds') === undefined).map((t) => t.toleration);
  const evicting = taints.filter((taint) => !forever.some((t) => toleratesTaint(t, taint)));
  if (evicting.length === 0) return `evicted from node ${node}`;
  const before = new Set(input.initial.node(node)?.taints.map(formatTaint) ?? []);
  const isNew = evicting.some((t) => !before.has(formatTaint(t)));
  return `evicted: node ${node} ${isNew ? 'got' : 'has'} taint ${evicting.map(formatTaint).join(', ')}`;
}

/** Why a pod of the before state was deleted during the change. */
function deletionReason(pod: SimObject, node: string | null, events: ReadonlyMap<string, SimEvent>, input: Indexed): string {
  const event = events.get(pod.key);
  if (event?.reason === 'Evicted') return evictionReason(pod, node, input);
  if (event?.reason === 'Preempted') return `preempted: ${event.message}`;
  if (node !== null && input.final.node(node) === undefined) return `node ${node} removed`;
  const own = input.appliedByKey.get(pod.key) ?? input.appliedByKey.get(pod.owner);
  const whose = own?.key === pod.key ? '' : ` with ${pod.owner}`;
  if (own?.action === 'delete') return `deleted${whose}`;
  if (own?.action === 'replace') return `replaced${whose}: ${own.replaceReason ?? 'an immutable field changes'}`;
  const ownerChange = input.changeByKey.get(pod.owner);
  if (ownerChange?.fields.some((f) => /^spec\.(template|jobTemplate)\b/.test(f)) === true) return 'replaced by rollout';
  return 'scaled down';
}

/** The last Evicted or Preempted event of each pod during the change. */
function podEvents(input: PlacementInput): Map<string, SimEvent> {
  const out = new Map<string, SimEvent>();
  for (const e of input.final.events.slice(input.initial.events.length)) if (e.reason === 'Evicted' || e.reason === 'Preempted') out.set(e.object, e);
  return out;
}

export function placementChanges(plain: PlacementInput): PlanPlacementChange[] {
  const input: Indexed = { ...plain, appliedByKey: new Map(plain.applied.map((a) => [a.key, a])), changeByKey: new Map(plain.changes.map((c) => [c.object, c])) };
  const events = podEvents(input);
  const out: PlanPlacementChange[] = [];
  for (const before of input.initial.list('Pod')) {
    const after = input.final.get(before.key);
    const from = nodeOf(before);
    const to = nodeOf(after);
    const pod = `${before.namespace ?? ''}/${before.name}`;
    if (after !== undefined && after.seq === before.seq) {
      // The same pod: only a Pending one can move, when the change makes room for it.
      if (from !== to) out.push({ pod, owner: before.owner, from, to, reason: to === null ? 'now Pending' : 'scheduled: the change made room' });
      continue;
    }
    const phase = asString(getIn(before.object, 'status', 'phase'));
    if (phase === 'Succeeded' || phase === 'Failed') continue;
    const reason = deletionReason(before, from, events, input);
    out.push({ pod, owner: before.owner, from, to: after === undefined ? null : to, reason: after !== undefined && to === null ? `${reason}; Pending` : reason });
  }
  return out.sort((a, b) => (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : a.pod < b.pod ? -1 : a.pod > b.pod ? 1 : 0));
}
