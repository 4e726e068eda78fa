/**
 * NodeAffinity (pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go). PreFilter: skip pods with
 * neither nodeSelector nor required terms; when every required term names nodes (`matchFields metadata.name
 * In`), only those nodes are evaluated (how DaemonSet pods are pinned). Filter: nodeSelector AND the required
 * terms (ORed). Score: the summed weights of the preferred terms a node matches, normalised to 0–100.
 */
import { asArray, asString, getIn, objectItems } from '../../../model/fields.js';
import { matchesTerm } from '../../../model/node-affinity.js';
import type { PodInfo } from '../cluster/pod-info.js';
import { defaultNormalizeScore } from '../framework/normalize-score.js';
import { PRE_FILTER_SKIP, PRE_FILTER_SUCCESS, type FilterPlugin, type NormalizeScorePlugin, type PreFilterPlugin, type PreFilterResult, type PreScorePlugin, type ScorePlugin } from '../framework/plugin.js';
import { SKIP, SUCCESS, unresolvable } from '../framework/status.js';
import { PLUGIN } from '../names.js';

export const ERR_REASON_NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";
export const ERR_REASON_TERMS_CONFLICT = 'pod affinity terms conflict';

/**
 * The nodes named by `metadata.name In` in every required term (intersected within a term, united across
 * terms); undefined when some term names none, since terms are ORed and that term allows any node.
 */
function namedNodes(pod: PodInfo): Set<string> | undefined {
  const terms = asArray(getIn(pod.spec, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'));
  if (terms === undefined || terms.length === 0) return undefined;
  let union: Set<string> | undefined;
  for (const term of terms) {
    let names: Set<string> | undefined;
    for (const { item } of objectItems(getIn(term, 'matchFields'))) {
      if (item.key !== 'metadata.name' || item.operator !== 'In') continue;
      const values = new Set((asArray(item.values) ?? []).map((v) => asString(v) ?? ''));
      names = names === undefined ? values : new Set([...names].filter((n) => values.has(n)));
    }
    if (names === undefined) return undefined;
    union = new Set([...(union ?? []), ...names]);
  }
  return union;
}

/** The NodeAffinity plugin (see above). */
export function nodeAffinity(): PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin & NormalizeScorePlugin {
  const rejected = unresolvable(PLUGIN.NodeAffinity, ERR_REASON_NODE_AFFINITY);
  const conflict: PreFilterResult = { status: unresolvable(PLUGIN.NodeAffinity, ERR_REASON_TERMS_CONFLICT) };
  return {
    name: PLUGIN.NodeAffinity,
    preFilter(_state, pod) {
      if (!pod.hasNodeAffinity) return PRE_FILTER_SKIP;
      const names = namedNodes(pod);
      if (names === undefined) return PRE_FILTER_SUCCESS;
      return names.size === 0 ? conflict : { status: SUCCESS, nodeNames: names };
    },
    filter(_state, pod, node) {
      return pod.matchesNodeAffinity(node) ? SUCCESS : rejected;
    },
    preScore(_state, pod) {
      return pod.preferredNodeTerms.length === 0 ? SKIP : SUCCESS;
    },
    score(_state, pod, node) {
      let sum = 0;
      for (const { weight, term } of pod.preferredNodeTerms) if (matchesTerm(term, node)) sum += weight;
      return sum;
    },
    normalizeScore(_state, _pod, nodes, scores) {
      defaultNormalizeScore(scores, nodes.length, false);
    },
  } satisfies PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin & NormalizeScorePlugin;
}
