/**
 * terraform's resource changes for a plan against a base (or a `--cluster` dump's live objects): one
 * PlanChange per declared object whose stored form changes — created, updated in place, replaced because an
 * immutable field changes — and per object pruned. Only top-level objects: what the controllers generate
 * (ReplicaSets, Pods) shows up in placements and rollouts instead. Ordered by action, then object.
 */
import type { ClusterState } from '../cluster/cluster-state.js';
import type { AppliedChange } from '../simulate/engine.js';
import type { SimObject } from '../simulate/types.js';
import { objectDiff, objectsDiffer } from './object-diff.js';
import type { PlanChange } from './plan-document.js';
import { planSource } from './plan-source.js';

const ACTION_ORDER: Readonly<Record<PlanChange['action'], number>> = { create: 0, update: 1, replace: 2, delete: 3 };

function planChange(action: PlanChange['action'], o: SimObject, before: SimObject | undefined, after: SimObject | undefined, replaceReason?: string): PlanChange {
  const { fields, diff } = objectDiff(o.key, before?.object, after?.object);
  return {
    action,
    object: o.key,
    apiVersion: o.apiVersion,
    kind: o.kind,
    ...(o.namespace === undefined ? {} : { namespace: o.namespace }),
    name: o.name,
    fields,
    diff,
    ...(replaceReason === undefined ? {} : { replaceReason }),
    ...planSource(o.source),
  };
}

/** The PlanChange of one applied object, or undefined when nothing the API server stores changed. */
function changeOf(applied: AppliedChange, initial: ClusterState, final: ClusterState): PlanChange | undefined {
  const before = initial.get(applied.key);
  const after = final.get(applied.key);
  switch (applied.action) {
    case 'create':
      return after === undefined ? undefined : planChange('create', after, undefined, after);
    case 'update':
      return before === undefined || after === undefined || !objectsDiffer(before.object, after.object) ? undefined : planChange('update', after, before, after);
    case 'replace':
      return after === undefined ? undefined : planChange('replace', after, before, after, applied.replaceReason);
    case 'delete':
      return before === undefined ? undefined : planChange('delete', before, before, undefined);
    case 'unchanged':
      return undefined;
  }
}

export function objectChanges(applied: readonly AppliedChange[], initial: ClusterState, final: ClusterState): PlanChange[] {
  return applied
    .map((a) => changeOf(a, initial, final))
    .filter((c): c is PlanChange => c !== undefined)
    .sort((a, b) => ACTION_ORDER[a.action] - ACTION_ORDER[b.action] || (a.object < b.object ? -1 : a.object > b.object ? 1 : 0));
}
