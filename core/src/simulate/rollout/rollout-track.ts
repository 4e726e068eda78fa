/**
 * The timeline of one workload's rollout (or scaling), built from the simulation's snapshots as they come: a
 * step for the state before the change, then one for every round after which the pod counts differ, with the
 * notes of the rounds in between; the extremes (fewest available, most pods, most requests), the Services that
 * lost every ready endpoint, and at the end the outcome. Only the previous snapshot is kept.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asObject, asStringMap, getIn } from '../../model/fields.js';
import type { PlanRollout, RolloutStep } from '../../plan/plan-document.js';
import type { SimObject } from '../types.js';
import { measure, RequestsCache, sameCounts, samePods, specRequests, type Measure, type Requests, type StepCounts } from './rollout-measure.js';
import { stepNotes } from './rollout-notes.js';
import { rolloutOutcome } from './rollout-outcome.js';
import { ScaleRecord } from './scale-record.js';
import { ServiceDowntime } from './service-downtime.js';
import { workloadShape, type WorkloadShape } from './workload-shape.js';

export interface TrackStart {
  /** The workload as the first snapshot after the change holds it. */
  readonly workload: SimObject;
  readonly cause: 'template' | 'replicas';
  /** The cluster before the change (its pods are step 0). */
  readonly baseline: ClusterState;
  /** The first snapshot after the change was applied. */
  readonly first: ClusterState;
  /** The replica count before, for a Deployment whose replicas changed. */
  readonly fromReplicas?: number;
}

function templateLabels(w: SimObject): Record<string, string> {
  return asStringMap(getIn(w.object, 'spec', 'template', 'metadata', 'labels')) ?? {};
}

function step(n: number, counts: StepCounts, note: string): RolloutStep {
  return { step: n, ...counts, ...(note === '' ? {} : { note }) };
}

export class RolloutTrack {
  private readonly steps: RolloutStep[] = [];
  private readonly requests = new RequestsCache();
  private readonly services: ServiceDowntime;
  private readonly scale: ScaleRecord | undefined;
  private readonly oldRevisions = new Set<string>();
  private workload: SimObject;
  private shape: WorkloadShape;
  private prev: Measure;
  private prevState: ClusterState;
  /** Step 0: the pods before the change. */
  private readonly initial: Measure;
  private notes: string[] = [];
  private peak: Requests = { cpu: 0, memory: 0 };
  private hadAvailable: boolean;
  private window: { fromStep: number; toStep: number } | undefined;

  constructor(private readonly start: TrackStart) {
    this.workload = start.workload;
    this.shape = workloadShape(start.first, start.workload);
    this.prev = measure(start.baseline, start.workload, this.shape, this.requests);
    this.initial = this.prev;
    this.prevState = start.baseline;
    for (const p of this.prev.pods.values()) if (!p.isNew) this.oldRevisions.add(p.revision);
    const basePods = start.baseline.ownedBy(start.workload.key).filter((o) => o.kind === 'Pod');
    const before = start.baseline.get(start.workload.key);
    const labels = [templateLabels(start.workload), ...(before === undefined ? [] : [templateLabels(before)])];
    this.services = new ServiceDowntime(start.first, start.workload.namespace ?? 'default', basePods, labels);
    this.services.observe(start.baseline);
    this.scale = start.fromReplicas === undefined ? undefined : new ScaleRecord(start.workload, start.fromReplicas);
    this.hadAvailable = this.prev.counts.available > 0;
    const revisions = [...this.oldRevisions].sort().join(', ');
    this.steps.push(step(0, this.prev.counts, this.prev.counts.total === 0 ? 'before: no pods' : `before: ${this.prev.counts.total} pod(s) of ${revisions || this.shape.newRevision}`));
  }

  /** Takes the snapshot after a round. */
  observe(state: ClusterState): void {
    const w = state.get(this.workload.key);
    if (w === undefined) return;
    // A DaemonSet's shape walks every node: worked out again only when the spec changes (a Deployment's new
    // ReplicaSet, and its collision count, can change under the same spec).
    if (w.kind === 'Deployment' || w.object.spec !== this.workload.object.spec) this.shape = workloadShape(state, w);
    this.workload = w;
    const cur = measure(state, w, this.shape, this.requests, this.prev);
    this.addNotes(stepNotes(this.prev, cur));
    this.scale?.observe(this.prevState, this.prev, cur);
    this.services.observe(state);
    // The pods from before the change are already paid for: the peak counts from the first change on.
    if (!samePods(cur, this.initial)) this.peak = { cpu: Math.max(this.peak.cpu, cur.cpu), memory: Math.max(this.peak.memory, cur.memory) };
    const last = this.steps[this.steps.length - 1];
    if (last !== undefined && !sameCounts(last, cur.counts)) this.addStep(cur.counts);
    this.prev = cur;
    this.prevState = state;
  }

  /** A ReplicaSet resized twice before the counts move is noted once, at its last size. */
  private addNotes(notes: readonly string[]): void {
    for (const note of notes) {
      const resized = /^scaled (\S+) /.exec(note);
      if (resized !== null) this.notes = this.notes.filter((n) => !n.startsWith(`scaled ${resized[1] ?? ''} `));
      this.notes.push(note);
    }
  }

  private addStep(counts: StepCounts): void {
    const n = this.steps.length;
    this.steps.push(step(n, counts, this.notes.join('; ')));
    this.notes = [];
    if (counts.available > 0) this.hadAvailable = true;
    else if (this.hadAvailable) this.window = { fromStep: this.window?.fromStep ?? n, toStep: n };
  }

  /** The requests of one pod of the new revision (a live one, else its template): the steady state's unit. */
  private perPod(): Requests {
    for (const p of this.prev.pods.values()) {
      const known = p.isNew ? this.requests.known(p.key) : undefined;
      if (known !== undefined) return known;
    }
    return specRequests(asObject(getIn(this.workload.object, 'spec', 'template', 'spec')) ?? {});
  }

  /**
   * The report, once the simulation reached its fixed point in `final` (call once); undefined when the workload
   * never had a pod.
   */
  report(final: ClusterState): PlanRollout | undefined {
    const shape = this.shape;
    if (this.steps.every((s) => s.total === 0) && shape.replicas === 0) return undefined;
    // At the fixed point the pods of the last round have started too (no `prev`: all running pods count).
    const settled = measure(final, this.workload, shape, this.requests);
    const last = this.steps[this.steps.length - 1];
    if (last !== undefined && !sameCounts(last, settled.counts)) this.addStep(settled.counts);
    else if (this.notes.length > 0 && last !== undefined) {
      this.steps[this.steps.length - 1] = { ...last, note: [last.note, ...this.notes].filter((n) => n !== undefined && n !== '').join('; ') };
      this.notes = [];
    }
    this.services.observe(final);
    const outcome = rolloutOutcome(final, this.workload, shape, settled);
    const unit = this.perPod();
    const downtimeServices = this.services.dropped();
    return {
      object: this.workload.key,
      strategy: shape.strategy,
      replicas: shape.replicas,
      maxSurge: shape.maxSurge,
      maxUnavailable: shape.maxUnavailable,
      ...(shape.partition === undefined ? {} : { partition: shape.partition }),
      steps: [...this.steps],
      minAvailableDuring: Math.min(...this.steps.map((s) => s.available)),
      maxPodsDuring: Math.max(...this.steps.map((s) => s.total)),
      peakExtra: { cpu: Math.max(0, this.peak.cpu - unit.cpu * shape.replicas), memory: Math.max(0, this.peak.memory - unit.memory * shape.replicas) },
      downtimeServices,
      downtime: downtimeServices.length > 0 || this.window !== undefined,
      completed: outcome.completed,
      stuck: outcome.stuck,
      ...(outcome.message === undefined ? {} : { message: outcome.message }),
      cause: this.start.cause,
      newRevision: shape.newRevision,
      oldRevisions: [...this.oldRevisions].filter((r) => r !== shape.newRevision).sort(),
      ...(this.window === undefined ? {} : { downtimeWindow: this.window }),
      ...(shape.progressDeadlineSeconds === undefined ? {} : { progressDeadlineSeconds: shape.progressDeadlineSeconds }),
      ...(this.scale === undefined ? {} : { scale: this.scale.report(shape.replicas, this.prev) }),
    };
  }
}
