/**
 * NoExecute taint eviction in the steady state (pkg/controller/tainteviction/taint_eviction.go). A bound pod
 * on a node with NoExecute taints is deleted when one of those taints is not tolerated (at once), or when the
 * tolerations that match them carry a `tolerationSeconds` (the smallest one, getMinTolerationTime): in the
 * steady state every finite toleration has run out. Only tolerations without `tolerationSeconds` keep a pod
 * on a NoExecute-tainted node for good. The controller's condition message is reused as the event message.
 */
import type { NodeInfo } from '../../cluster/node-info.js';
import { asNumber, asObject, asString, getIn, type Obj } from '../../model/fields.js';
import { tolerationsOf, toleratesTaint, type Taint, type Toleration } from '../../model/toleration.js';

/** The DisruptionTarget condition message the controller sets before deleting (reason DeletionByTaintManager). */
export const TAINT_EVICTION_MESSAGE = 'Taint manager: deleting due to NoExecute taint';

export interface Eviction {
  namespace: string;
  name: string;
  node: string;
  message: string;
}

interface TimedToleration {
  toleration: Toleration;
  /** `tolerationSeconds`, undefined for "forever". */
  seconds?: number;
}

function timedTolerations(spec: Obj): TimedToleration[] {
  const raw = Array.isArray(spec.tolerations) ? spec.tolerations : [];
  return tolerationsOf(spec).map(({ toleration, index }) => {
    const seconds = asNumber(asObject(raw[index])?.tolerationSeconds);
    return seconds === undefined ? { toleration } : { toleration, seconds };
  });
}

/**
 * GetMatchingTolerations + getMinTolerationTime: for each taint the first toleration that tolerates it; the
 * pod stays only if every taint is tolerated and none of those tolerations has a time limit.
 */
function staysForever(taints: readonly Taint[], tolerations: readonly TimedToleration[]): boolean {
  for (const taint of taints) {
    const used = tolerations.find((t) => toleratesTaint(t.toleration, taint));
    if (used === undefined || used.seconds !== undefined) return false;
  }
  return true;
}

/** The bound pods NoExecute taints evict, in the order given. */
export function podsToEvict(nodes: readonly NodeInfo[], pods: readonly Obj[]): Eviction[] {
  const noExecute = new Map<string, Taint[]>();
  for (const node of nodes) {
    const taints = node.taints.filter((t) => t.effect === 'NoExecute');
    if (taints.length > 0) noExecute.set(node.name, taints);
  }
  if (noExecute.size === 0) return [];
  const out: Eviction[] = [];
  for (const pod of pods) {
    const spec = asObject(pod.spec) ?? {};
    const node = asString(spec.nodeName);
    const taints = node === undefined ? undefined : noExecute.get(node);
    if (node === undefined || taints === undefined || staysForever(taints, timedTolerations(spec))) continue;
    out.push({
      namespace: asString(getIn(pod, 'metadata', 'namespace')) ?? 'default',
      name: asString(getIn(pod, 'metadata', 'name')) ?? '',
      node,
      message: TAINT_EVICTION_MESSAGE,
    });
  }
  return out;
}
