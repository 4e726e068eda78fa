import type { KubeObject } from '../../load/types.js';
import { asObject, asString } from '../../model/fields.js';
import type { IndexedObject, ObjectIndex } from '../object-index.js';

// Cross-object rules ask "which objects of kind K are in namespace N" once per workload. Grouping each kind by
// namespace once per index keeps that O(1) instead of a scan of the whole set per object (10,000-object runs).
const cache = new WeakMap<ObjectIndex, Map<string, Map<string, IndexedObject[]>>>();

/** The objects of `kind` in `namespace` (`''` for cluster-scoped kinds), in input order. */
export function objectsInNamespace(index: ObjectIndex, kind: string, namespace: string): readonly IndexedObject[] {
  let byKind = cache.get(index);
  if (byKind === undefined) cache.set(index, (byKind = new Map()));
  let byNs = byKind.get(kind);
  if (byNs === undefined) {
    byNs = new Map();
    for (const o of index.byKind(kind)) {
      const list = byNs.get(o.namespace);
      if (list === undefined) byNs.set(o.namespace, [o]);
      else list.push(o);
    }
    byKind.set(kind, byNs);
  }
  return byNs.get(namespace) ?? [];
}

/** The namespace a namespaced object lands in: its own, or the run's default. */
export function namespaceOf(obj: KubeObject, defaultNamespace: string): string {
  return asString(asObject(obj.metadata)?.namespace) ?? defaultNamespace;
}
