/**
 * InterPodAffinity (pkg/scheduler/framework/plugins/interpodaffinity/{filtering,scoring}.go).
 *
 * Filter, in upstream's order, first failure wins:
 * 1. the pod's required affinity: the node carries every term's key and each term has a pod matching all the
 *    terms in the node's domain — unless no pod anywhere matches them and the pod matches its own terms (the
 *    first pod of a group) → `node(s) didn't match pod affinity rules` (UnschedulableAndUnresolvable);
 * 2. the pod's required anti-affinity: no matching pod in the node's domain of any term
 *    → `node(s) didn't match pod anti-affinity rules`;
 * 3. existing pods' required anti-affinity that the pod matches, in the node's domain
 *    → `node(s) didn't satisfy existing pods anti-affinity rules`.
 *
 * Score: the topology score of the node's domains (affinity-counts.ts scoreState), min–max normalised.
 */
import { stateKey } from '../framework/cycle-state.js';
import { MAX_NODE_SCORE } from '../framework/normalize-score.js';
import { PRE_FILTER_SKIP, PRE_FILTER_SUCCESS, type FilterPlugin, type NormalizeScorePlugin, type PluginHandle, type PreFilterPlugin, type PreScorePlugin, type ScorePlugin } from '../framework/plugin.js';
import { SKIP, SUCCESS, unresolvable, unschedulable } from '../framework/status.js';
import { PLUGIN } from '../names.js';
import { filterState, scoreState, type FilterState, type TermCounts, type ScoreTerm } from './affinity-counts.js';

export const ERR_REASON_AFFINITY = "node(s) didn't match pod affinity rules";
export const ERR_REASON_ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";
export const ERR_REASON_EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";

const FILTER = stateKey<FilterState>('PreFilterInterPodAffinity');
const SCORE = stateKey<readonly ScoreTerm[]>('PreScoreInterPodAffinity');

/** satisfyPodAffinity. */
function satisfiesAffinity(s: FilterState, node: number): boolean {
  let podsExist = true;
  for (const tc of s.affinity) {
    const d = tc.topology.domainOf[node] as number;
    if (d < 0) return false;
    if ((tc.counts[d] as number) <= 0) podsExist = false;
  }
  return podsExist || (s.affinityEmpty && s.selfMatchesAll);
}

function anyInDomain(terms: readonly TermCounts[], node: number): boolean {
  for (const tc of terms) {
    const d = tc.topology.domainOf[node] as number;
    if (d >= 0 && (tc.counts[d] as number) > 0) return true;
  }
  return false;
}

/** The InterPodAffinity plugin (see above). */
export function interPodAffinity(handle: PluginHandle): PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin & NormalizeScorePlugin {
  const view = handle.view;
  const affinityFail = unresolvable(PLUGIN.InterPodAffinity, ERR_REASON_AFFINITY);
  const antiFail = unschedulable(PLUGIN.InterPodAffinity, ERR_REASON_ANTI_AFFINITY);
  const existingFail = unschedulable(PLUGIN.InterPodAffinity, ERR_REASON_EXISTING_ANTI_AFFINITY);
  return {
    name: PLUGIN.InterPodAffinity,
    preFilter(state, pod) {
      const s = filterState(view, pod);
      if (s === undefined) return PRE_FILTER_SKIP;
      state.write(FILTER, s);
      return PRE_FILTER_SUCCESS;
    },
    filter(state, _pod, node) {
      const s = state.read(FILTER);
      if (s === undefined) return SUCCESS;
      if (s.affinity.length > 0 && !satisfiesAffinity(s, node.index)) return affinityFail;
      if (anyInDomain(s.anti, node.index)) return antiFail;
      for (const e of s.existingAnti) {
        const d = e.index.domainOf[node.index] as number;
        if (d >= 0 && (e.perDomain[d] as number) > 0) return existingFail;
      }
      return SUCCESS;
    },
    preScore(state, pod) {
      const s = scoreState(view, pod);
      if (s === undefined) return SKIP;
      state.write(SCORE, s);
      return SUCCESS;
    },
    score(state, _pod, node) {
      const s = state.read(SCORE);
      if (s === undefined) return 0;
      let score = 0;
      for (const { topology, perDomain, factor } of s) {
        const d = topology.domainOf[node.index] as number;
        if (d >= 0) score += factor * (perDomain[d] as number);
      }
      return score;
    },
    normalizeScore(_state, _pod, nodes, scores) {
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < nodes.length; i++) {
        min = Math.min(min, scores[i] as number);
        max = Math.max(max, scores[i] as number);
      }
      const diff = max - min;
      for (let i = 0; i < nodes.length; i++) scores[i] = diff > 0 ? Math.trunc(MAX_NODE_SCORE * (((scores[i] as number) - min) / diff)) : 0;
    },
  } satisfies PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin & NormalizeScorePlugin;
}
