import type { ManifestSource } from '../load/types.js';
import { asString, getIn, type Obj } from '../model/fields.js';
import type { ObjectKey, ObjectOrigin, SimObject } from '../simulate/types.js';
import { objectKey } from './cluster-state.js';

/** What a SimObject adds to its JSON beyond the identity read from it. */
export interface SimObjectExtras {
  /** The top-level workload; the object itself when absent. */
  readonly owner?: ObjectKey;
  /** The manifest that declared it (origin `manifest`). */
  readonly source?: ManifestSource;
  /** Creation order (default 0: `ClusterState.apply` assigns it on create). */
  readonly seq?: number;
}

/**
 * `object` as a SimObject: key, apiVersion, kind, namespace and name read from it (its metadata already holds
 * the namespace when the kind is namespaced), with its origin and extras. The one place that builds SimObjects
 * from JSON, whoever makes them: the cluster loaders, the engine, the controllers.
 */
export function simObjectOf(object: Obj, origin: ObjectOrigin, extras: SimObjectExtras = {}): SimObject {
  const kind = asString(object.kind) ?? '';
  const namespace = asString(getIn(object, 'metadata', 'namespace'));
  const name = asString(getIn(object, 'metadata', 'name')) ?? '';
  const key = objectKey(kind, namespace, name);
  return {
    key,
    apiVersion: asString(object.apiVersion) ?? '',
    kind,
    ...(namespace === undefined ? {} : { namespace }),
    name,
    object,
    origin,
    owner: extras.owner ?? key,
    ...(extras.source === undefined ? {} : { source: extras.source }),
    seq: extras.seq ?? 0,
  };
}
