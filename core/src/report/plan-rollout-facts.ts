import type { PlanRollout, RolloutStep } from '../plan/plan-document.js';
import { humanBytes, humanCpu } from './human-units.js';
import { plural } from './plan-style.js';

/** How the text and Markdown plans describe a rollout, in the same words. */

/** `RollingUpdate`, `4 replicas`, `maxSurge 1`, `maxUnavailable 1`, `partition 2`: the resolved settings. */
export function rolloutSettings(r: PlanRollout): string[] {
  return [
    r.strategy,
    plural(r.replicas, 'replica'),
    ...(r.maxSurge !== null ? [`maxSurge ${r.maxSurge}`] : []),
    ...(r.maxUnavailable !== null ? [`maxUnavailable ${r.maxUnavailable}`] : []),
    ...(r.partition !== undefined ? [`partition ${r.partition}`] : []),
  ];
}

/** `min available 3/4`, `max pods 5`, `peak extra 250m cpu, 256Mi memory` (or `no extra capacity`). */
export function rolloutFacts(r: PlanRollout): string[] {
  const extra = r.peakExtra.cpu > 0 || r.peakExtra.memory > 0 ? `peak extra ${humanCpu(r.peakExtra.cpu)} cpu, ${humanBytes(r.peakExtra.memory)} memory` : 'no extra capacity';
  return [`min available ${r.minAvailableDuring}/${r.replicas}`, `max pods ${r.maxPodsDuring}`, extra];
}

/**
 * `COMPLETED`, `STUCK`, or for a rollout that stops where it is told to, `PAUSED AT PARTITION 2`; `INCOMPLETE`
 * otherwise (the message says why).
 */
export function rolloutOutcome(r: PlanRollout): string {
  if (r.stuck) return 'STUCK';
  if (r.completed) return 'COMPLETED';
  return r.partition !== undefined && r.partition > 0 ? `PAUSED AT PARTITION ${r.partition}` : 'INCOMPLETE';
}

/** Rollouts that need a reviewer first: stuck, then with downtime, then the others, each group in plan order. */
export function rolloutsByConcern(rollouts: readonly PlanRollout[]): PlanRollout[] {
  const rank = (r: PlanRollout): number => (r.stuck ? 0 : r.downtime ? 1 : 2);
  return [...rollouts].sort((a, b) => rank(a) - rank(b));
}

/** The steps to show: all when they fit in `max` rows, else the first `max - 1` and the last (where it ends). */
export function shownSteps(steps: readonly RolloutStep[], max: number): { head: RolloutStep[]; omitted: number; last?: RolloutStep } {
  if (steps.length <= max) return { head: [...steps], omitted: 0 };
  return { head: steps.slice(0, max - 1), omitted: steps.length - max, last: steps[steps.length - 1] };
}

/** A step note cut to `max` characters (`…` at the end): the step table stays compact; JSON has the whole note. */
export function clippedNote(note: string | undefined, max: number): string {
  if (note === undefined) return '';
  const chars = [...note];
  return chars.length <= max ? note : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** `3, 1 stuck, 1 with downtime`: the count in a Rollouts heading. */
export function rolloutsCount(rollouts: readonly PlanRollout[]): string {
  const stuck = rollouts.filter((r) => r.stuck).length;
  const downtime = rollouts.filter((r) => r.downtime).length;
  return [String(rollouts.length), ...(stuck > 0 ? [`${stuck} stuck`] : []), ...(downtime > 0 ? [`${downtime} with downtime`] : [])].join(', ');
}

/** `web-74496dc765 → web-64f58d446d` for a rollout, `replicas 3 → 5` for a scaling; undefined when unknown. */
export function rolloutRevisions(r: PlanRollout): string | undefined {
  if (r.cause === 'replicas' && r.scale !== undefined) return `replicas ${r.scale.from} → ${r.scale.to}`;
  if (r.newRevision === undefined) return undefined;
  return `${r.oldRevisions !== undefined && r.oldRevisions.length > 0 ? r.oldRevisions.join(', ') : '(none)'} → ${r.newRevision}`;
}

/** `default/cache (steps 1–2)`: the Services that lose every ready endpoint, and when; undefined without downtime. */
export function rolloutDowntime(r: PlanRollout): string | undefined {
  if (!r.downtime) return undefined;
  const w = r.downtimeWindow;
  const when = w === undefined ? '' : w.fromStep === w.toStep ? ` (step ${w.fromStep})` : ` (steps ${w.fromStep}–${w.toStep})`;
  return `${r.downtimeServices.join(', ') || 'a Service'}${when}`;
}

/** One pod a scaling adds (`+`, with its node) or removes (`-`, with the ReplicaSet's reason for picking it). */
export interface ScaledPod {
  sign: '+' | '-';
  pod: string;
  node: string | null;
  reason?: string;
}

/** The pods a replica-count change adds and removes, at most `max` of each, and how many more there are. */
export function scaledPods(r: PlanRollout, max: number): { pods: ScaledPod[]; more: number } {
  const added = (r.scale?.added ?? []).map((a): ScaledPod => ({ sign: '+', pod: a.pod, node: a.node }));
  const removed = (r.scale?.removed ?? []).map((d): ScaledPod => ({ sign: '-', pod: d.pod, node: d.node, reason: d.reason }));
  const pods = [...added.slice(0, max), ...removed.slice(0, max)];
  return { pods, more: added.length + removed.length - pods.length };
}
