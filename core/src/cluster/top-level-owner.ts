import { asObject, asString, getIn } from '../model/fields.js';
import type { IsNamespaced } from './cluster-state-from-manifests.js';
import type { ObjectKey, SimObject } from '../simulate/types.js';
import { objectKey } from './cluster-state.js';

/** The key of the object's namespaced controller (`ownerReferences[controller=true]`); none for a Node-owned mirror pod. */
function controllerOf(o: SimObject, isNamespaced: IsNamespaced): ObjectKey | undefined {
  for (const ref of (getIn(o.object, 'metadata', 'ownerReferences') as unknown[] | undefined) ?? []) {
    const r = asObject(ref);
    if (r === undefined || r.controller !== true) continue;
    const kind = asString(r.kind);
    const name = asString(r.name);
    if (kind === undefined || name === undefined || o.namespace === undefined) return undefined;
    return isNamespaced(asString(r.apiVersion) ?? '', kind) === false ? undefined : objectKey(kind, o.namespace, name);
  }
  return undefined;
}

/**
 * The top-level workload of each object, walking controller owner references within `objects` (Pod →
 * ReplicaSet → Deployment, Pod → Job → CronJob, EndpointSlice → Service). A walk stops at an object without a
 * controller, at a cluster-scoped controller (a static pod's mirror is owned by its Node: the pod is its own
 * top level), and at a controller missing from `objects`: that controller is then the answer (it exists in
 * the cluster, the dump just left it out). Cycles stop where they close.
 */
export function topLevelOwners(objects: readonly SimObject[], isNamespaced: IsNamespaced): Map<ObjectKey, ObjectKey> {
  const byKey = new Map(objects.map((o) => [o.key, o]));
  const owners = new Map<ObjectKey, ObjectKey>();
  const resolve = (start: SimObject): ObjectKey => {
    const path: ObjectKey[] = [];
    let current: SimObject = start;
    let top: ObjectKey;
    for (;;) {
      const known = owners.get(current.key);
      if (known !== undefined) {
        top = known;
        break;
      }
      path.push(current.key);
      const controller = controllerOf(current, isNamespaced);
      const next = controller === undefined ? undefined : byKey.get(controller);
      if (controller === undefined || path.includes(controller)) {
        top = current.key;
        break;
      }
      if (next === undefined) {
        top = controller;
        break;
      }
      current = next;
    }
    for (const key of path) owners.set(key, top);
    return top;
  };
  for (const o of objects) resolve(o);
  return owners;
}
