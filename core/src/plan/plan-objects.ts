/**
 * The plan's `objects[]`: declared objects in creation order, each followed by what the control plane made
 * for it during the change (by owner, then creation), then the objects the change deletes, then the rejected
 * ones. Against a base, a declared object carries what the change does to it (`update`, `replace`), and one
 * that does not change is listed (`unchanged`) only when something new belongs to it.
 */
import type { ClusterState } from '../cluster/cluster-state.js';
import { asString, getIn } from '../model/fields.js';
import type { AppliedChange, RejectedObject } from '../simulate/engine.js';
import type { SimObject } from '../simulate/types.js';
import type { PlanAction, PlanObject } from './plan-document.js';
import { planSource } from './plan-source.js';

export function planObject(o: SimObject, action: PlanAction = 'create'): PlanObject {
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    ...(o.namespace === undefined ? {} : { namespace: o.namespace }),
    name: o.name,
    owner: o.owner,
    action,
    generated: o.origin === 'generated',
    ...planSource(o.source),
  };
}

export function rejectedObject(r: RejectedObject): PlanObject {
  const kind = asString(r.object.kind) ?? '';
  const name = asString(getIn(r.object, 'metadata', 'name')) ?? '';
  const ref = r.namespace === undefined ? `${kind}/${name}` : `${kind}/${r.namespace}/${name}`;
  return {
    apiVersion: asString(r.object.apiVersion) ?? '',
    kind,
    ...(r.namespace === undefined ? {} : { namespace: r.namespace }),
    name,
    owner: ref,
    action: 'rejected',
    generated: false,
    reason: r.reason,
    ...planSource(r.source),
  };
}

/** The action shown for a top-level object of the after state. */
function actionOf(o: SimObject, planned: boolean, applied: AppliedChange | undefined): PlanAction {
  if (applied?.action === 'replace' || applied?.action === 'update') return applied.action;
  return planned ? 'create' : 'unchanged';
}

/**
 * Top-level objects in creation order with their generated children; `isPlanned`: made during the change.
 * Deleted declared objects follow (from `initial`), in the order applied.
 */
export function objectsInTreeOrder(initial: ClusterState, final: ClusterState, applied: readonly AppliedChange[], isPlanned: (o: SimObject) => boolean): PlanObject[] {
  const byKey = new Map(applied.map((a) => [a.key, a]));
  const byOwner = new Map<string, SimObject[]>();
  const all = final.all();
  for (const o of all) {
    if (o.origin !== 'generated' || !isPlanned(o)) continue;
    const list = byOwner.get(o.owner);
    if (list === undefined) byOwner.set(o.owner, [o]);
    else list.push(o);
  }
  const out: PlanObject[] = [];
  const placed = new Set<string>();
  for (const o of all) {
    if (o.origin === 'generated') continue;
    const planned = isPlanned(o);
    const children = byOwner.get(o.key) ?? [];
    const action = actionOf(o, planned, byKey.get(o.key));
    if (action === 'unchanged' && children.length === 0) continue;
    out.push(planObject(o, action));
    for (const child of children) {
      out.push(planObject(child));
      placed.add(child.key);
    }
  }
  for (const o of all) if (o.origin === 'generated' && isPlanned(o) && !placed.has(o.key)) out.push(planObject(o));
  for (const a of applied) {
    const gone = a.action === 'delete' ? initial.get(a.key) : undefined;
    if (gone !== undefined) out.push(planObject(gone, 'delete'));
  }
  return out;
}
