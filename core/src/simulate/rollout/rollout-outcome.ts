/**
 * How a rollout ends once the simulation reaches its fixed point: completed (every pod of the new revision and
 * available, none of the old left), held on purpose (a StatefulSet partition, an OnDelete strategy, a paused
 * Deployment: neither completed nor stuck), or stuck — the control loop can do nothing more, so the real
 * rollout would wait forever. A stuck rollout says why: the scheduler's message for a Pending pod, a refused
 * pod creation, or the controller's own wait; a Deployment adds the ProgressDeadlineExceeded it will report.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import type { SimObject } from '../types.js';
import type { Measure, PodFacts } from './rollout-measure.js';
import type { WorkloadShape } from './workload-shape.js';

export interface Outcome {
  readonly completed: boolean;
  readonly stuck: boolean;
  readonly message?: string;
}

const FAILED_CREATE_PREFIX = 'Error creating: ';

/** The newest FailedCreate of the workload or of an object it controls (its ReplicaSets). */
function failedCreate(state: ClusterState, workload: SimObject): string | undefined {
  const objects = new Set([workload.key, ...state.childrenOf(workload.key).map((c) => c.key)]);
  for (let i = state.events.length - 1; i >= 0; i--) {
    const e = state.events[i];
    if (e === undefined || e.reason !== 'FailedCreate' || !objects.has(e.object)) continue;
    const message = e.message.startsWith(FAILED_CREATE_PREFIX) ? e.message.slice(FAILED_CREATE_PREFIX.length) : e.message;
    return `${e.object.split('/')[0] ?? 'the controller'} ${e.object.split('/').pop() ?? ''} cannot create pods: ${message}`;
  }
  return undefined;
}

function pendingReason(pods: readonly PodFacts[]): string | undefined {
  const pending = pods.find((p) => p.isNew && p.pending !== undefined) ?? pods.find((p) => p.pending !== undefined);
  return pending === undefined ? undefined : `pod ${pending.name} is Pending: ${pending.pending ?? ''}`;
}

/** Why the control loop stopped short, most specific first. */
function stuckReason(state: ClusterState, workload: SimObject, last: Measure, wait: string): string {
  const pods = [...last.pods.values()];
  const unavailable = pods.find((p) => !p.available && p.pending === undefined);
  return pendingReason(pods) ?? failedCreate(state, workload) ?? (unavailable === undefined ? wait : `pod ${unavailable.name} is not available`);
}

/** progress.go: the Progressing condition a stuck Deployment ends with. */
function progressDeadline(shape: WorkloadShape): string {
  if (shape.hasProgressDeadline !== true) return 'No progress deadline is set (progressDeadlineSeconds is MaxInt32): the Deployment never reports ProgressDeadlineExceeded.';
  return `After progressDeadlineSeconds (${shape.progressDeadlineSeconds ?? 600}s) the Deployment reports Progressing=False, reason ProgressDeadlineExceeded: ReplicaSet "${shape.newRevision}" has timed out progressing.`;
}

const ORDINAL = /-([0-9]+)$/;

/** Old pods a StatefulSet's partition keeps (ordinal below `start + partition`). */
function heldByPartition(shape: WorkloadShape, pod: PodFacts): boolean {
  const m = ORDINAL.exec(pod.name);
  return m !== null && Number(m[1]) < (shape.start ?? 0) + (shape.partition ?? 0);
}

function oldRevisions(last: Measure): string {
  return [...new Set([...last.pods.values()].filter((p) => !p.isNew).map((p) => p.revision))].sort().join(', ');
}

export function rolloutOutcome(state: ClusterState, workload: SimObject, shape: WorkloadShape, last: Measure): Outcome {
  const { counts } = last;
  if (shape.paused === true && counts.old > 0) {
    return { completed: false, stuck: false, message: 'The Deployment is paused: the new template rolls out once it is resumed.' };
  }
  if (shape.strategy === 'OnDelete') {
    if (counts.old === 0) return { completed: true, stuck: false };
    return { completed: false, stuck: false, message: `updateStrategy OnDelete: ${counts.old} pod(s) keep revision ${oldRevisions(last)} until they are deleted.` };
  }
  const stale = [...last.pods.values()].filter((p) => !p.isNew);
  const held = stale.filter((p) => heldByPartition(shape, p));
  const settled = counts.total === shape.replicas && counts.available === shape.replicas && stale.length === held.length;
  if (settled && held.length === 0) return { completed: true, stuck: false };
  if (settled) return { completed: false, stuck: false, message: `Ordinals below the partition (${shape.partition ?? 0}) keep revision ${oldRevisions(last)}: ${held.length} of ${shape.replicas} pods are not updated.` };
  const wait = `the controller stopped with ${counts.old} old and ${counts.new} new pod(s), ${counts.available} of ${shape.replicas} available`;
  const reason = stuckReason(state, workload, last, wait);
  const sentence = `${reason.charAt(0).toUpperCase()}${reason.slice(1)}${/[.!]$/.test(reason) ? '' : '.'}`;
  return { completed: false, stuck: true, message: workload.kind === 'Deployment' ? `${sentence} ${progressDeadline(shape)}` : sentence };
}
