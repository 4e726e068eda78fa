/**
 * PodTopologySpread (pkg/scheduler/framework/plugins/podtopologyspread/{filtering,scoring,plugin}.go).
 *
 * Filter, for each DoNotSchedule constraint: a node without the topology key fails (UnschedulableAndUnresolvable);
 * otherwise skew = matching pods in the node's domain + (1 if the pod matches its own selector) − the global
 * minimum (0 while fewer than minDomains domains exist) must not exceed maxSkew.
 *
 * Score, over the ScheduleAnyway constraints — or, for a pod with no constraints at all, the system defaults
 * (hostname maxSkew 3, zone maxSkew 5, over the selectors of the Services and controllers selecting it): per
 * constraint, count × ln(domains among the feasible nodes + 2) + (maxSkew − 1), rounded; nodes lacking a key
 * of explicit constraints score 0; the rest are normalised so that fewer matching pods score higher.
 */
import type { NodeState } from '../cluster/node-state.js';
import { systemDefaultConstraints, type SpreadConstraint } from '../cluster/spread-constraints.js';
import { stateKey } from '../framework/cycle-state.js';
import { MAX_NODE_SCORE } from '../framework/normalize-score.js';
import { PRE_FILTER_SKIP, PRE_FILTER_SUCCESS, type FilterPlugin, type NormalizeScorePlugin, type PluginHandle, type PreFilterPlugin, type PreScorePlugin, type ScorePlugin } from '../framework/plugin.js';
import { SKIP, SUCCESS, unresolvable, unschedulable } from '../framework/status.js';
import { PLUGIN } from '../names.js';
import { minMatch, SpreadCounter, type ConstraintCounts } from './spread-counts.js';

export const ERR_REASON_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export const ERR_REASON_NODE_LABEL_NOT_MATCH = `${ERR_REASON_CONSTRAINTS_NOT_MATCH} (missing required label)`;

interface HardState {
  readonly constraints: readonly ConstraintCounts[];
  readonly minMatch: readonly number[];
}

interface SoftState {
  readonly constraints: readonly ConstraintCounts[];
  readonly weights: readonly number[];
  /** 1 for feasible nodes missing a key of explicit constraints: they score 0 (none with system defaults). */
  readonly ignored: Uint8Array | undefined;
}

const HARD = stateKey<HardState>('PreFilterPodTopologySpread');
const SOFT = stateKey<SoftState>('PreScorePodTopologySpread');

function hasAllKeys(node: NodeState, constraints: readonly ConstraintCounts[]): boolean {
  for (const cc of constraints) if ((cc.topology.domainOf[node.index] as number) < 0) return false;
  return true;
}

/** Distinct domains among the nodes; a node without the key counts as the '' domain, as upstream. */
function distinctDomains(cc: ConstraintCounts, nodes: readonly NodeState[]): number {
  const seen = new Uint8Array(cc.topology.values.length + 1);
  let n = 0;
  for (const node of nodes) {
    const d = (cc.topology.domainOf[node.index] as number) + 1;
    if (seen[d] === 0) {
      seen[d] = 1;
      n++;
    }
  }
  return n;
}

/** topologyNormalizingWeight. */
function normalizingWeight(size: number): number {
  return Math.log(size + 2);
}

/** The PodTopologySpread plugin (see above). */
export function podTopologySpread(handle: PluginHandle): PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin & NormalizeScorePlugin {
  const view = handle.view;
  const counter = new SpreadCounter(view);
  const missingLabel = unresolvable(PLUGIN.PodTopologySpread, ERR_REASON_NODE_LABEL_NOT_MATCH);
  const skewed = unschedulable(PLUGIN.PodTopologySpread, ERR_REASON_CONSTRAINTS_NOT_MATCH);
  return {
    name: PLUGIN.PodTopologySpread,
    preFilter(state, pod) {
      const hard = pod.spread.filter((c) => c.whenUnsatisfiable === 'DoNotSchedule');
      if (hard.length === 0) return PRE_FILTER_SKIP;
      const constraints = counter.counts(pod, hard, true);
      state.write(HARD, { constraints, minMatch: constraints.map(minMatch) });
      return PRE_FILTER_SUCCESS;
    },
    filter(state, _pod, node) {
      const s = state.read(HARD);
      if (s === undefined) return SUCCESS;
      for (let i = 0; i < s.constraints.length; i++) {
        const cc = s.constraints[i] as ConstraintCounts;
        const d = cc.topology.domainOf[node.index] as number;
        if (d < 0) return missingLabel;
        const skew = (cc.counts[d] as number) + (cc.constraint.selfMatch ? 1 : 0) - (s.minMatch[i] as number);
        if (skew > cc.constraint.maxSkew) return skewed;
      }
      return SUCCESS;
    },
    preScore(state, pod, nodes) {
      const explicit = pod.spread.length > 0;
      const soft: SpreadConstraint[] = explicit
        ? pod.spread.filter((c) => c.whenUnsatisfiable === 'ScheduleAnyway')
        : systemDefaultConstraints(view.lookups.defaultSpreadSelectors(pod.object as Record<string, unknown>), pod.labels);
      if (soft.length === 0) return SKIP;
      const constraints = counter.counts(pod, soft, explicit);
      const ignored = explicit ? new Uint8Array(view.nodes.length) : undefined;
      let scoredNodes = nodes;
      if (ignored !== undefined) {
        scoredNodes = nodes.filter((n) => hasAllKeys(n, constraints));
        for (const n of nodes) if (!hasAllKeys(n, constraints)) ignored[n.index] = 1;
      }
      const weights = constraints.map((cc) =>
        normalizingWeight(cc.hostname ? scoredNodes.length : distinctDomains(cc, scoredNodes)),
      );
      state.write(SOFT, { constraints, weights, ignored });
      return SUCCESS;
    },
    score(state, _pod, node) {
      const s = state.read(SOFT);
      if (s === undefined || s.ignored?.[node.index] === 1) return 0;
      let score = 0;
      for (let i = 0; i < s.constraints.length; i++) {
        const cc = s.constraints[i] as ConstraintCounts;
        const d = cc.topology.domainOf[node.index] as number;
        if (d < 0) continue;
        const count = cc.hostname ? (cc.group?.perNode[node.index] ?? 0) : (cc.counts[d] as number);
        score += count * (s.weights[i] as number) + (cc.constraint.maxSkew - 1);
      }
      return Math.round(score);
    },
    normalizeScore(state, _pod, nodes, scores) {
      const s = state.read(SOFT);
      if (s === undefined) return;
      let min = Number.POSITIVE_INFINITY;
      let max = 0;
      nodes.forEach((node, i) => {
        if (s.ignored?.[node.index] === 1) return;
        min = Math.min(min, scores[i] as number);
        max = Math.max(max, scores[i] as number);
      });
      nodes.forEach((node, i) => {
        if (s.ignored?.[node.index] === 1) scores[i] = 0;
        else scores[i] = max === 0 ? MAX_NODE_SCORE : Math.floor((MAX_NODE_SCORE * (max + min - (scores[i] as number))) / max);
      });
    },
  } satisfies PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin & NormalizeScorePlugin;
}
