/**
 * The pod's required node affinity as a matcher built once per pod: the nodeSelector as an array of pairs
 * (no `Object.entries` per node), then the model's term matching. Same semantics as
 * model/node-affinity matchesRequiredNodeAffinity; used where a pod is matched against every node
 * (NodeAffinity's filter, PodTopologySpread's node inclusion).
 */
import { matchesTerms, type NodeLike, type RequiredNodeAffinity } from '../../../model/node-affinity.js';

/** True when the node satisfies the pod's required node affinity. */
export type NodeMatcher = (node: NodeLike) => boolean;

/** Compiles a RequiredNodeAffinity into a matcher. */
export function nodeAffinityMatcher(affinity: RequiredNodeAffinity): NodeMatcher {
  const pairs = Object.entries(affinity.nodeSelector ?? {});
  const terms = affinity.terms;
  return (node) => {
    const labels = node.labels;
    for (let i = 0; i < pairs.length; i++) {
      const [k, v] = pairs[i] as [string, string];
      if (labels[k] !== v || !Object.hasOwn(labels, k)) return false;
    }
    return terms === undefined || matchesTerms(terms, node);
  };
}
