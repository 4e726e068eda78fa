/**
 * What goes with a deleted object (pkg/controller/garbagecollector; pkg/controller/namespace): its dependents
 * by `metadata.ownerReferences` — a Deployment's ReplicaSets and their Pods, a Service's EndpointSlices, a
 * StatefulSet's claims when its retention policy says Delete — once every owner they name is gone, and
 * everything in a deleted Namespace. kubectl deletes with background propagation: the owner goes at once, the
 * dependents right after; in the steady state both are simply gone.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { objectKey } from '../../cluster/cluster-state.js';
import { asString, getIn, objectItems } from '../../model/fields.js';
import type { ObjectKey, SimObject } from '../types.js';

/** The keys of the owners an object names (same namespace, or cluster-scoped when no such namespaced object exists). */
function ownerKeys(state: ClusterState, o: SimObject): ObjectKey[] {
  return objectItems(getIn(o.object, 'metadata', 'ownerReferences')).flatMap(({ item }) => {
    const kind = asString(item.kind);
    const name = asString(item.name);
    if (kind === undefined || name === undefined) return [];
    const namespaced = objectKey(kind, o.namespace, name);
    return [o.namespace !== undefined && state.get(namespaced) === undefined ? objectKey(kind, undefined, name) : namespaced];
  });
}

/**
 * `keys` (those that exist) and everything that depends on them, in the order found: the objects a delete of
 * `keys` removes from the cluster.
 */
export function deletionClosure(state: ClusterState, keys: readonly ObjectKey[]): SimObject[] {
  const doomed = new Map<ObjectKey, SimObject>();
  const queue: SimObject[] = [];
  const add = (o: SimObject | undefined): void => {
    if (o === undefined || doomed.has(o.key)) return;
    doomed.set(o.key, o);
    queue.push(o);
  };
  for (const key of keys) add(state.get(key));
  if (queue.length === 0) return [];
  // Dependents by owner, built once: a prune of many objects walks the cluster once.
  const dependents = new Map<ObjectKey, SimObject[]>();
  const owners = new Map<ObjectKey, ObjectKey[]>();
  for (const o of state.all()) {
    const refs = ownerKeys(state, o);
    if (refs.length === 0) continue;
    owners.set(o.key, refs);
    for (const ref of refs) dependents.set(ref, [...(dependents.get(ref) ?? []), o]);
  }
  const ownersGone = (o: SimObject): boolean => (owners.get(o.key) ?? []).every((ref) => doomed.has(ref) || state.get(ref) === undefined);
  for (let i = 0; i < queue.length; i++) {
    const o = queue[i] as SimObject;
    for (const dependent of dependents.get(o.key) ?? []) if (ownersGone(dependent)) add(dependent);
    if (o.kind === 'Namespace') for (const inside of state.all()) if (inside.namespace === o.name) add(inside);
  }
  return [...doomed.values()];
}
