/**
 * The pod label selectors an object writes, with where: a Service's `spec.selector`, a workload's, a PDB's, a
 * NetworkPolicy's pod selectors. Hovers list what each selects; navigation goes both ways between a selector
 * and the workloads whose pods it selects.
 */
import type { PathSegment } from '../load/json-path.js';
import type { KubeObject } from '../load/types.js';
import { getIn, objectItems } from '../model/fields.js';
import { parseLabelSelector, selectorFromMap, serviceSelector, type LabelSelector } from '../model/label-selector.js';

export interface ObjectSelector {
  /** Where the selector is written. */
  path: PathSegment[];
  selector: LabelSelector;
}

const WORKLOADS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job']);

/** The peers of a NetworkPolicy rule list that select pods of the policy's own namespace (no namespaceSelector). */
function policyPeers(object: KubeObject, list: 'ingress' | 'egress', field: 'from' | 'to'): ObjectSelector[] {
  const out: ObjectSelector[] = [];
  for (const { item: rule, index: r } of objectItems(getIn(object, 'spec', list))) {
    for (const { item: peer, index: p } of objectItems(rule[field])) {
      if (peer.namespaceSelector !== undefined) continue;
      const selector = parseLabelSelector(peer.podSelector);
      if (selector !== undefined) out.push({ path: ['spec', list, r, field, p, 'podSelector'], selector });
    }
  }
  return out;
}

/** Every pod selector of an object, in the object's namespace. */
export function selectorsOf(object: KubeObject): ObjectSelector[] {
  const kind = object.kind;
  const one = (path: PathSegment[], selector: LabelSelector | undefined): ObjectSelector[] => (selector === undefined ? [] : [{ path, selector }]);
  if (kind === 'Service') return one(['spec', 'selector'], serviceSelector(object));
  if (kind === 'ReplicationController') return one(['spec', 'selector'], selectorFromMap(getIn(object, 'spec', 'selector')));
  if (typeof kind === 'string' && WORKLOADS.has(kind)) return one(['spec', 'selector'], parseLabelSelector(getIn(object, 'spec', 'selector')));
  if (kind === 'PodDisruptionBudget') return one(['spec', 'selector'], parseLabelSelector(getIn(object, 'spec', 'selector')));
  if (kind === 'NetworkPolicy') {
    return [
      ...one(['spec', 'podSelector'], parseLabelSelector(getIn(object, 'spec', 'podSelector'))),
      ...policyPeers(object, 'ingress', 'from'),
      ...policyPeers(object, 'egress', 'to'),
    ];
  }
  return [];
}

/** The selector written at or above `path` (the cursor on `app: web` under `spec.selector.matchLabels`). */
export function selectorAt(object: KubeObject, path: readonly PathSegment[]): ObjectSelector | undefined {
  let best: ObjectSelector | undefined;
  for (const s of selectorsOf(object)) {
    const inside = s.path.length <= path.length && s.path.every((seg, i) => seg === path[i]);
    if (inside && (best === undefined || s.path.length > best.path.length)) best = s;
  }
  return best;
}
