/**
 * The extension points, one small interface each (k8s.io/kube-scheduler/framework interface.go). A plugin
 * implements only the points it needs and says so with `satisfies FilterPlugin & ScorePlugin`. Every call
 * gets the cycle state, the digested pod and (per node) a read-only NodeState.
 */
import type { ClusterView } from '../cluster/cluster-view.js';
import type { NodeState, PodRecord } from '../cluster/node-state.js';
import type { PodInfo } from '../cluster/pod-info.js';
import type { PluginName } from '../names.js';
import type { CycleState } from './cycle-state.js';
import type { Diagnosis } from './diagnosis.js';
import { SKIP, SUCCESS, type Status } from './status.js';

/** What every plugin has: its name. */
export interface Plugin {
  readonly name: PluginName;
}

/** PreFilter's answer: a status and, optionally, the only nodes worth filtering (framework.PreFilterResult). */
export interface PreFilterResult {
  readonly status: Status;
  readonly nodeNames?: ReadonlySet<string>;
}

/** The two common PreFilter answers, shared (PreFilter runs for every pod). */
export const PRE_FILTER_SKIP: PreFilterResult = Object.freeze({ status: SKIP });
export const PRE_FILTER_SUCCESS: PreFilterResult = Object.freeze({ status: SUCCESS });

/** Once per pod before any node: Skip turns the plugin's Filter off for this pod; a rejection fails every node. */
export interface PreFilterPlugin extends Plugin {
  preFilter(state: CycleState, pod: PodInfo): PreFilterResult;
}

/** Once per node: SUCCESS (the shared object) or the reason the pod cannot go there. */
export interface FilterPlugin extends Plugin {
  filter(state: CycleState, pod: PodInfo, node: NodeState): Status;
}

/** PostFilter's answer: SUCCESS with the node and victims, or why it could not help. */
export interface PostFilterResult {
  readonly status: Status;
  /** The node the pod will run on once the victims are gone. */
  readonly node?: NodeState;
  readonly victims?: readonly PodRecord[];
}

/** When no node passed: may make room (preemption). */
export interface PostFilterPlugin extends Plugin {
  postFilter(state: CycleState, pod: PodInfo, diagnosis: Diagnosis): PostFilterResult;
}

/** Once per pod with the feasible nodes: Skip means the plugin does not score this pod. */
export interface PreScorePlugin extends Plugin {
  preScore(state: CycleState, pod: PodInfo, nodes: readonly NodeState[]): Status;
}

/** Once per feasible node: a raw score (0–100 unless the plugin normalises). */
export interface ScorePlugin extends Plugin {
  score(state: CycleState, pod: PodInfo, node: NodeState): number;
}

/** After scoring every feasible node: rescales `scores[0..nodes.length)` in place to 0–100. */
export interface NormalizeScorePlugin extends Plugin {
  normalizeScore(state: CycleState, pod: PodInfo, nodes: readonly NodeState[], scores: Float64Array): void;
}

/** What a plugin may use: the cluster (read-only for all but preemption) and the running framework. */
export interface PluginHandle {
  readonly view: ClusterView;
  /** The framework the plugin runs in (preemption re-runs PreFilter and Filter on a node). */
  readonly framework: () => FrameworkRunner;
}

/** The part of the framework preemption needs: PreFilter and the filters on one node, as a cycle runs them. */
export interface FrameworkRunner {
  /** PreFilter into `state`: SUCCESS and the filters to run, or the status that rejects the pod everywhere. */
  runPreFilter(state: CycleState, pod: PodInfo): { readonly status: Status; readonly filters: readonly FilterPlugin[] };
  runFilters(state: CycleState, pod: PodInfo, node: NodeState, filters: readonly FilterPlugin[]): Status;
}

/** Type guards: which extension points a plugin implements. */
export function isPreFilter(p: Plugin): p is PreFilterPlugin {
  return 'preFilter' in p;
}
export function isFilter(p: Plugin): p is FilterPlugin {
  return 'filter' in p;
}
export function isPostFilter(p: Plugin): p is PostFilterPlugin {
  return 'postFilter' in p;
}
export function isPreScore(p: Plugin): p is PreScorePlugin {
  return 'preScore' in p;
}
export function isScore(p: Plugin): p is ScorePlugin {
  return 'score' in p;
}
export function isNormalizeScore(p: Plugin): p is NormalizeScorePlugin {
  return 'normalizeScore' in p;
}
