/**
 * The cluster's nodes changing between the base and the change (`--base-cluster` before, `--cluster` after): a
 * node tainted, cordoned, resized, added or removed. Nodes are replaced as the kubelet and the cloud would
 * change them; pods bound to a node that is gone are deleted, as PodGC deletes orphaned pods
 * (pkg/controller/podgc gcOrphaned), and their controllers make them again elsewhere. NoExecute taints are
 * left to the rounds' taint eviction.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asString, getIn } from '../../model/fields.js';
import type { Action, SimObject } from '../types.js';

export interface NodeChange {
  readonly state: ClusterState;
  /** Pods deleted because their node is gone. */
  readonly orphanedPods: readonly SimObject[];
}

/** `state` with its Nodes replaced by `nodes` (matched by name, which keeps their creation order). */
export function withNodes(state: ClusterState, nodes: readonly SimObject[]): NodeChange {
  const wanted = new Map(nodes.map((n) => [n.key, n]));
  const actions: Action[] = [];
  for (const old of state.list('Node')) if (!wanted.has(old.key)) actions.push({ type: 'delete', key: old.key, reason: 'node removed' });
  for (const node of nodes) {
    const existing = state.get(node.key);
    actions.push(existing === undefined ? { type: 'create', object: node } : { type: 'update', object: { ...node, seq: existing.seq } });
  }
  const orphanedPods = state.list('Pod').filter((p) => {
    const node = asString(getIn(p.object, 'spec', 'nodeName'));
    return node !== undefined && node !== '' && !wanted.has(`Node/${node}`);
  });
  for (const pod of orphanedPods) actions.push({ type: 'delete', key: pod.key, reason: 'PodGC: node no longer exists' });
  return { state: state.apply(actions), orphanedPods };
}
