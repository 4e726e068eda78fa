/**
 * The usage of each ResourceQuota in a namespace, computed from the objects in a snapshot (what the quota
 * controller would have written to `status.used`). It is computed only for namespaces that have quotas, once
 * per (snapshot, namespace): snapshots are immutable, so the cache never goes stale.
 */
import type { ClusterState } from '../../../cluster/cluster-state.js';
import type { Obj } from '../../../model/fields.js';
import type { ResourceList } from '../../../model/pod-requests.js';
import type { ObjectKey, SimObject } from '../../types.js';
import { evaluatorFor, hardOf, type QuotaEvaluator } from './quota-evaluators.js';
import { scopeSelectorsOf, type ScopeSelector } from './quota-scopes.js';
import { addLists, maskList, ZERO } from './resource-lists.js';

export interface Quota {
  readonly key: ObjectKey;
  readonly name: string;
  readonly hard: ResourceList;
  readonly selectors: readonly ScopeSelector[];
}

/** The namespace's ResourceQuotas in creation order. */
export function quotasIn(state: ClusterState, namespace: string): Quota[] {
  return state.list('ResourceQuota', namespace).map((q) => ({ key: q.key, name: q.name, hard: hardOf(q.object), selectors: scopeSelectorsOf(q.object) }));
}

/** generic.Matches: the quota tracks something the evaluator charges, and every scope matches the object. */
export function quotaMatches(quota: Quota, evaluator: QuotaEvaluator, object: Readonly<Obj>): boolean {
  return evaluator.matchingResources([...quota.hard.keys()]).length > 0 && quota.selectors.every((s) => evaluator.matchesScope(s, object));
}

const cache = new WeakMap<ClusterState, Map<string, Map<ObjectKey, ResourceList>>>();

function compute(state: ClusterState, namespace: string, quotas: readonly Quota[]): Map<ObjectKey, ResourceList> {
  const used = new Map<ObjectKey, ResourceList>(quotas.map((q) => [q.key, new Map([...q.hard.keys()].map((name) => [name, ZERO]))]));
  const evaluators = new Map<string, QuotaEvaluator>();
  for (const kind of state.kinds()) for (const obj of state.list(kind, namespace)) charge(obj, quotas, used, evaluators);
  return used;
}

function charge(obj: SimObject, quotas: readonly Quota[], used: Map<ObjectKey, ResourceList>, evaluators: Map<string, QuotaEvaluator>): void {
  const id = `${obj.apiVersion}\0${obj.kind}`;
  let evaluator = evaluators.get(id);
  if (evaluator === undefined) evaluators.set(id, (evaluator = evaluatorFor(obj.apiVersion, obj.kind)));
  let usage: ResourceList | undefined;
  for (const quota of quotas) {
    if (!quotaMatches(quota, evaluator, obj.object)) continue;
    usage ??= evaluator.usage(obj.object);
    used.set(quota.key, addLists(used.get(quota.key) ?? new Map(), maskList(usage, quota.hard.keys())));
  }
}

/** Each quota's usage (every hard resource present, zero when nothing uses it) in `namespace` of `state`. */
export function quotaUsage(state: ClusterState, namespace: string, quotas: readonly Quota[]): Map<ObjectKey, ResourceList> {
  let byNamespace = cache.get(state);
  if (byNamespace === undefined) cache.set(state, (byNamespace = new Map()));
  let used = byNamespace.get(namespace);
  if (used === undefined) byNamespace.set(namespace, (used = compute(state, namespace, quotas)));
  return used;
}
