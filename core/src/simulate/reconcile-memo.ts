/**
 * Reconciles that need not run again. A controller's reconcile is a pure function of the object, of what it
 * reads of the round's snapshot (`ClusterState`: lookups, lists, index queries) and of the run's clock and
 * name generator. The memo keeps, per controller and object, the object it saw, the reads it made (recorded by
 * `ClusterState.recordReads`) and the actions it returned; in a later round, when the object is the same
 * SimObject and every read gives the same answer on the new snapshot (the same objects, by reference), the
 * reconcile would return the same actions, so the kept ones are returned without running it.
 *
 * This is the loop's dirty tracking: what changed is found by asking, not by predicting who depends on what,
 * so it cannot miss a dependency a controller gains later. The result is the same actions in the same order
 * as reconciling everything every round; only the work is skipped.
 *
 * One more case counts as the same object: a reconcile that returned nothing, given a new SimObject that is
 * the old one but for the manifest it was read from (`source`, which no controller reads) and with the very
 * same JSON — what `kubectl apply` of an unchanged manifest leaves. Returning nothing, it carried nothing of
 * the old SimObject into its actions.
 */
import type { StateRead } from '../cluster/cluster-state.js';
import { jsonEqual } from './json-equal.js';
import type { Action, Controller, ControllerContext, ObjectKey, SimObject } from './types.js';

interface Entry {
  /** The object the reconcile saw. */
  readonly object: SimObject;
  readonly reads: readonly StateRead[];
  readonly actions: readonly Action[];
}

export class ReconcileMemo {
  private readonly entries = new Map<Controller, ReadonlyMap<ObjectKey, Entry>>();

  /**
   * Every controller's actions for every object of its kind in `ctx.state`, in order (controllers in the order
   * given, objects in creation order): what running each reconcile would return.
   */
  reconcileAll(controllers: readonly Controller[], ctx: ControllerContext): Action[] {
    const out: Action[] = [];
    for (const controller of controllers) {
      const previous = this.entries.get(controller);
      const kept = new Map<ObjectKey, Entry>();
      for (const object of ctx.state.list(controller.kind)) {
        const entry = previous?.get(object.key);
        const current = entry !== undefined && stillHolds(entry, object, ctx) ? (entry.object === object ? entry : { ...entry, object }) : run(controller, ctx, object);
        kept.set(object.key, current);
        for (const action of current.actions) out.push(action);
      }
      this.entries.set(controller, kept);
    }
    return out;
  }
}

/** The same SimObject, or (for a reconcile that returned nothing) the same but for `source`. */
function sameObject(entry: Entry, o: SimObject): boolean {
  const seen = entry.object;
  if (seen === o) return true;
  if (entry.actions.length > 0) return false;
  return (
    seen.key === o.key &&
    seen.apiVersion === o.apiVersion &&
    seen.kind === o.kind &&
    seen.namespace === o.namespace &&
    seen.name === o.name &&
    seen.origin === o.origin &&
    seen.owner === o.owner &&
    seen.seq === o.seq &&
    jsonEqual(seen.object, o.object)
  );
}

function stillHolds(entry: Entry, object: SimObject, ctx: ControllerContext): boolean {
  if (!sameObject(entry, object)) return false;
  for (const read of entry.reads) if (!read(ctx.state)) return false;
  return true;
}

function run(controller: Controller, ctx: ControllerContext, object: SimObject): Entry {
  const { value, reads } = ctx.state.recordReads(() => controller.reconcile(ctx, object));
  return { object, reads, actions: value };
}
