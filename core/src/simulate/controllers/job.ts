/**
 * The Job controller (pkg/controller/job/job_controller.go syncJob, manageJob; control-plane-semantics §12):
 * runs min(parallelism, completions − succeeded) pods (a work-queue Job without completions runs
 * `parallelism`), named `<job>-<5 characters>`, or for an Indexed Job one pod per pending index named
 * `<job>-<index>-<5 characters>`, lowest indexes first. `suspend: true` deletes the active pods and creates
 * none. The simulation does not complete Jobs: pods run forever, so a Job shows its first wave running and no
 * Complete or Failed condition; backoff and deadlines are not modelled.
 */
import { asObject, asString, type Obj } from '../../model/fields.js';
import type { Action, Controller, ControllerContext, SimObject } from '../types.js';
import { conditionsOf, findCondition, formatTime, setCondition } from './conditions.js';
import { freshNames, podsPrefix } from './generated-names.js';
import { completionIndexOf, indexedGenerateName, jobPod, readJob, type JobView } from './job-pods.js';
import { countPods, isPodActive, isPodReady, ownedPods, podPhase } from './pod-state.js';
import { podsToDelete } from './pods-to-delete.js';
import { createAction, normalEvent, statusUpdate } from './sim-object.js';

/** MaxPodCreateDeletePerSync. */
const MAX_PER_SYNC = 500;

interface Sync {
  readonly ctx: ControllerContext;
  readonly job: SimObject;
  readonly view: JobView;
  readonly actions: Action[];
  /** Active pods once this sync's creations and deletions are done. */
  active: number;
}

function remove(sync: Sync, pods: readonly SimObject[], reason: string): void {
  for (const pod of pods) sync.actions.push({ type: 'delete', key: pod.key, reason }, normalEvent(sync.job, 'SuccessfulDelete', `Deleted pod: ${pod.name}`));
  sync.active -= pods.length;
}

function manageNonIndexed(sync: Sync, active: SimObject[], succeeded: number): void {
  const { view, job, ctx } = sync;
  const want = view.completions === undefined ? (succeeded > 0 ? active.length : view.parallelism) : Math.max(0, Math.min(view.completions - succeeded, view.parallelism));
  if (active.length > want) remove(sync, podsToDelete(active, Math.min(active.length - want, MAX_PER_SYNC)), `Job ${job.name} has too many active pods`);
  const base = podsPrefix(job.name);
  const missing = Math.min(want - active.length, MAX_PER_SYNC);
  if (missing <= 0) return;
  for (const name of freshNames(ctx, 'Pod', job.namespace, base, job.key, missing)) sync.actions.push(createAction(jobPod(job, view, name, base, ctx.names), job));
  sync.active += missing;
}

function manageIndexed(sync: Sync, active: SimObject[], succeededIndexes: ReadonlySet<number>): void {
  const { view, job, ctx } = sync;
  const completions = view.completions ?? 1;
  const byIndex = new Map<number, SimObject>();
  const stray: SimObject[] = [];
  for (const pod of active) {
    const index = completionIndexOf(pod);
    if (index === undefined || index >= completions || succeededIndexes.has(index) || byIndex.has(index)) stray.push(pod);
    else byIndex.set(index, pod);
  }
  remove(sync, stray, `Job ${job.name}: pod with a duplicate or completed index`);
  const want = Math.max(0, Math.min(view.parallelism, completions - succeededIndexes.size));
  const running = [...byIndex.entries()].sort(([a], [b]) => b - a);
  if (running.length > want) remove(sync, running.slice(0, running.length - want).map(([, pod]) => pod), `Job ${job.name} has too many active pods`);
  let missing = Math.min(want - running.length, MAX_PER_SYNC);
  for (let index = 0; index < completions && missing > 0; index++) {
    if (succeededIndexes.has(index) || byIndex.has(index)) continue;
    const base = indexedGenerateName(job.name, index);
    const [name] = freshNames(ctx, 'Pod', job.namespace, base, `${job.key}/index-${index}`, 1);
    if (name !== undefined) sync.actions.push(createAction(jobPod(job, view, name, base, ctx.names, index), job));
    sync.active++;
    missing--;
  }
}

/** `1,3-5`: succeeded indexes as the Job status lists them. */
function formatIndexes(indexes: ReadonlySet<number>): string {
  const sorted = [...indexes].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    ranges.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return ranges.join(',');
}

function jobStatus(sync: Sync, pods: readonly SimObject[], active: readonly SimObject[], succeededIndexes: ReadonlySet<number>): Obj {
  const { job, view, ctx } = sync;
  const previous = asObject(job.object.status) ?? {};
  let conditions = conditionsOf(previous);
  let startTime = asString(previous.startTime);
  const suspended = findCondition(conditions, 'Suspended');
  if (view.suspend && suspended?.status !== 'True') {
    conditions = setCondition(conditions, { type: 'Suspended', status: 'True', reason: 'JobSuspended', message: 'Job suspended' }, ctx.now);
    sync.actions.push(normalEvent(job, 'Suspended', 'Job suspended'));
  } else if (!view.suspend && suspended?.status === 'True') {
    conditions = setCondition(conditions, { type: 'Suspended', status: 'False', reason: 'JobResumed', message: 'Job resumed' }, ctx.now);
    sync.actions.push(normalEvent(job, 'Resumed', 'Job resumed'));
    startTime = formatTime(ctx.now);
  }
  if (!view.suspend && startTime === undefined) startTime = formatTime(ctx.now);
  const succeeded = countPods(pods, (p) => podPhase(p) === 'Succeeded');
  const failed = countPods(pods, (p) => podPhase(p) === 'Failed');
  return {
    ...(conditions.length === 0 ? {} : { conditions }),
    ...(startTime === undefined ? {} : { startTime }),
    ...(sync.active === 0 ? {} : { active: sync.active }),
    ...(succeeded === 0 ? {} : { succeeded }),
    ...(failed === 0 ? {} : { failed }),
    terminating: 0,
    ...(view.indexed && succeededIndexes.size > 0 ? { completedIndexes: formatIndexes(succeededIndexes) } : {}),
    uncountedTerminatedPods: {},
    ready: countPods(active, isPodReady),
  };
}

export const jobController: Controller = {
  kind: 'Job',
  reconcile(ctx: ControllerContext, job: SimObject): Action[] {
    const view = readJob(job);
    const pods = ownedPods(ctx.state, job.key);
    const active = pods.filter(isPodActive);
    const succeededPods = pods.filter((p) => podPhase(p) === 'Succeeded');
    const completions = view.completions ?? 1;
    const succeededIndexes = new Set(succeededPods.flatMap((p) => completionIndexOf(p) ?? []).filter((i) => i < completions));
    const sync: Sync = { ctx, job, view, actions: [], active: active.length };
    if (view.suspend) remove(sync, active, `Job ${job.name} is suspended`);
    else if (view.indexed) manageIndexed(sync, active, succeededIndexes);
    else manageNonIndexed(sync, active, succeededPods.length);
    const status = jobStatus(sync, pods, active, succeededIndexes);
    return [...sync.actions, ...statusUpdate(job, status)];
  },
};

