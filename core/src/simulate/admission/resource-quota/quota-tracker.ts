/**
 * Usage admitted within one round. Admission in a round sees one immutable snapshot while the engine collects
 * the creates to apply afterwards; without a record of what was already admitted, two pods admitted in the same
 * round would each see the same free quota. The engine makes one tracker per round (per snapshot) and passes it
 * to every `admit` call of that round; a tracker handed a newer snapshot forgets what it recorded, since that
 * snapshot already holds the objects.
 */
import type { ClusterState } from '../../../cluster/cluster-state.js';
import type { ResourceList } from '../../../model/pod-requests.js';
import type { ObjectKey } from '../../types.js';
import { addLists } from './resource-lists.js';

export class QuotaTracker {
  private state: ClusterState | undefined;
  private readonly charges = new Map<ObjectKey, ResourceList>();

  /** What objects admitted against `state` have charged to the quota `quota` (a ResourceQuota key). */
  chargedTo(state: ClusterState, quota: ObjectKey): ResourceList {
    return state === this.state ? (this.charges.get(quota) ?? new Map()) : new Map();
  }

  /** Records `usage` as charged to `quota` by an object admitted against `state`. */
  charge(state: ClusterState, quota: ObjectKey, usage: ResourceList): void {
    if (state !== this.state) {
      this.state = state;
      this.charges.clear();
    }
    this.charges.set(quota, addLists(this.charges.get(quota) ?? new Map(), usage));
  }
}
