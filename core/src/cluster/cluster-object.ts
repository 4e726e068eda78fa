/**
 * Objects that are in the cluster before the plan (origin `cluster`): the default cluster's nodes and built-in
 * objects, `--nodes` node groups, and the objects of a `--cluster` dump.
 */
import type { Obj } from '../model/fields.js';
import type { ObjectKey, SimObject } from '../simulate/types.js';
import { simObjectOf } from './sim-object-of.js';

/** A SimObject of origin `cluster` for `object`, whose metadata already holds its namespace when it is namespaced. */
export function clusterObject(object: Obj, seq: number, owner?: ObjectKey): SimObject {
  return simObjectOf(object, 'cluster', { seq, ...(owner === undefined ? {} : { owner }) });
}
