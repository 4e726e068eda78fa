/**
 * One scheduling cycle (pkg/scheduler/schedule_one.go schedulePod / findNodesThatFitPod): PreFilter; Filter
 * over the nodes from the rotating start index until enough are feasible; on failure PostFilter (preemption)
 * and the FitError message; a single feasible node is taken without scoring; otherwise PreScore, Score,
 * NormalizeScore and the highest total (first by name among equals). The chosen pod is assumed on its node
 * at once, so the next cycle sees its resources, ports and labels.
 */
import type { ClusterView } from './cluster/cluster-view.js';
import type { NodeState, PodRecord } from './cluster/node-state.js';
import type { PodInfo } from './cluster/pod-info.js';
import { CycleState } from './framework/cycle-state.js';
import { fitErrorMessage, NO_NODES_AVAILABLE, preFilterDiagnosis, type Diagnosis } from './framework/diagnosis.js';
import { findFeasibleNodes, numFeasibleNodesToFind } from './framework/feasible-nodes.js';
import type { Framework } from './framework/framework.js';
import { prioritizeNodes, ScoreBuffers, selectHost } from './framework/prioritize.js';
import { statusMessage, SUCCESS } from './framework/status.js';
import { ExplainRecorder } from './explain-recorder.js';
import type { SchedulingExplanation } from './explanation.js';

/** A bound pod (with preemption victims) or the Pending message, and the explanation when asked for. */
export type CycleResult =
  | { node: string; victims: { namespace: string; name: string; node: string }[]; explanation?: SchedulingExplanation }
  | { node: null; message: string; explanation?: SchedulingExplanation };

function withExplanation<T extends object>(result: T, rec: ExplainRecorder | undefined): T & { explanation?: SchedulingExplanation } {
  return rec === undefined ? result : { ...result, explanation: rec.build() };
}

/** Runs cycles for one scheduler: owns the rotating scan start and the reusable score arrays. */
export class SchedulingCycle {
  /** sched.nextStartNodeIndex: where the next scan begins. */
  private nextStartNodeIndex = 0;
  /** Score arrays reused from cycle to cycle. */
  private readonly buffers: ScoreBuffers;

  constructor(
    private readonly view: ClusterView,
    private readonly fw: Framework,
    private readonly percentageOfNodesToScore: number | undefined,
  ) {
    this.buffers = new ScoreBuffers(view.nodes.length);
  }

  run(pod: PodInfo, explain: boolean): CycleResult {
    const rec = explain ? new ExplainRecorder(pod.key) : undefined;
    const all = this.view.nodes;
    if (all.length === 0) {
      rec?.pending(NO_NODES_AVAILABLE);
      return withExplanation({ node: null, message: NO_NODES_AVAILABLE }, rec);
    }
    const state = new CycleState();
    const pre = this.fw.runPreFilter(state, pod);
    if (pre.status !== SUCCESS) {
      rec?.preFilterRejected(pre.status);
      return this.fail(state, pod, preFilterDiagnosis(pre.status), rec);
    }
    const names = pre.nodeNames;
    const nodes = names === undefined ? all : all.filter((n) => names.has(n.name));
    const absentStatus = names === undefined ? undefined : this.fw.absentStatus(pre.restrictedBy);
    const limit = explain ? nodes.length : numFeasibleNodesToFind(this.percentageOfNodesToScore, nodes.length);
    const pass = findFeasibleNodes(this.fw, state, pod, pre.filters, nodes, this.nextStartNodeIndex, limit, explain);
    this.nextStartNodeIndex = (this.nextStartNodeIndex + pass.scannedCount) % all.length;
    rec?.filtered(pass, pre.filters, names === undefined ? [] : all.filter((n) => !names.has(n.name)), absentStatus);
    if (pass.feasible.length === 0) return this.fail(state, pod, { nodeStatuses: pass.statuses, ...(absentStatus === undefined ? {} : { absentStatus }) }, rec);
    let chosen = pass.feasible[0] as NodeState;
    if (pass.feasible.length === 1) {
      rec?.note(`only ${chosen.name} is feasible: chosen without scoring, as kube-scheduler does`);
      rec?.chosen(chosen.name, []);
    } else {
      const table = prioritizeNodes(this.fw, state, pod, pass.feasible, this.buffers, explain);
      const { chosen: index, tied } = selectHost(pass.feasible, table.totals, explain);
      chosen = pass.feasible[index] as NodeState;
      rec?.scored(pass.feasible, table);
      rec?.chosen(chosen.name, tied.map((i) => (pass.feasible[i] as NodeState).name));
    }
    this.view.bind(pod, chosen);
    return withExplanation({ node: chosen.name, victims: [] }, rec);
  }

  /** No node fits: PostFilter may preempt; otherwise the FitError message with PostFilter's reasons. */
  private fail(state: CycleState, pod: PodInfo, diagnosis: Diagnosis, rec: ExplainRecorder | undefined): CycleResult {
    const post = this.fw.runPostFilter(state, pod, diagnosis);
    if (post.status === SUCCESS && post.node !== undefined) {
      const victims = (post.victims ?? []).map((v: PodRecord) => ({ namespace: v.info.namespace, name: v.info.name, node: v.node.name }));
      for (const v of post.victims ?? []) this.view.unbind(v);
      this.view.bind(pod, post.node);
      rec?.preempted(post.node.name, victims.map((v) => `${v.namespace}/${v.name}`));
      return withExplanation({ node: post.node.name, victims }, rec);
    }
    const message = fitErrorMessage(this.view.nodes.length, { ...diagnosis, postFilterMessage: statusMessage(post.status) });
    rec?.pending(message);
    return withExplanation({ node: null, message }, rec);
  }
}
