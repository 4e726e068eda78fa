/**
 * The selectors that group a pod with its siblings when it states no topology spread constraints of its own
 * (kube-scheduler's system default constraints, and its SelectorSpread ancestry): upstream helper
 * DefaultSelector (pkg/scheduler/framework/plugins/helper/spread.go) — the selectors of the Services,
 * ReplicationControllers, ReplicaSets and StatefulSets in the pod's namespace that select it.
 */
import type { ClusterState } from '../cluster/cluster-state.js';
import { asStringMap, getIn, type Obj } from '../model/fields.js';
import { isEmptySelector, parseLabelSelector, selectorFromMap, selectorMatches, type LabelSelector } from '../model/label-selector.js';

const SELECTING_KINDS: readonly { kind: string; read: (o: Readonly<Obj>) => LabelSelector | undefined }[] = [
  { kind: 'Service', read: (o) => selectorFromMap(getIn(o, 'spec', 'selector')) },
  { kind: 'ReplicationController', read: (o) => selectorFromMap(getIn(o, 'spec', 'selector')) },
  { kind: 'ReplicaSet', read: (o) => parseLabelSelector(getIn(o, 'spec', 'selector')) },
  { kind: 'StatefulSet', read: (o) => parseLabelSelector(getIn(o, 'spec', 'selector')) },
];

export function defaultSpreadSelectors(state: ClusterState, pod: Readonly<Obj>): LabelSelector[] {
  const namespace = getIn(pod, 'metadata', 'namespace');
  if (typeof namespace !== 'string') return [];
  const labels = asStringMap(getIn(pod, 'metadata', 'labels')) ?? {};
  const out: LabelSelector[] = [];
  for (const { kind, read } of SELECTING_KINDS) {
    for (const owner of state.list(kind, namespace)) {
      const selector = read(owner.object);
      // An empty selector selects nothing here (upstream skips services without a selector).
      if (selector !== undefined && !isEmptySelector(selector) && selectorMatches(selector, labels)) out.push(selector);
    }
  }
  return out;
}
