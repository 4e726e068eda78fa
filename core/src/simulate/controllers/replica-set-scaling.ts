/**
 * The ReplicaSet sizes one Deployment sync decides (scaleReplicaSetAndRecordEvent, called several times per
 * sync upstream), kept in memory until the end of the sync so that later steps see earlier ones, then turned
 * into one update per ReplicaSet (`spec.replicas` plus the desired/max-replicas annotations) and the
 * `ScalingReplicaSet` events, worded as upstream: `Scaled up replica set web-7d9c5b8f6d from 0 to 3`.
 */
import { asNumber, asObject, asStringMap, getIn, type Obj } from '../../model/fields.js';
import type { Action, ObjectKey, SimObject } from '../types.js';
import { replicasAnnotations } from './deployment-replica-sets.js';
import type { DeploymentView } from './deployment-spec.js';
import { specReplicas } from './replica-set-sync.js';
import { normalEvent } from './sim-object.js';

/** `status.availableReplicas` of a ReplicaSet (what the Deployment controller reads; it lags its pods by a round). */
export function availableReplicas(rs: SimObject): number {
  return asNumber(getIn(rs.object, 'status', 'availableReplicas')) ?? 0;
}

export class ReplicaSetScaling {
  private readonly sizes = new Map<ObjectKey, number>();
  private readonly events: Action[] = [];

  constructor(
    private readonly deployment: SimObject,
    private readonly view: DeploymentView,
  ) {}

  /** The size decided so far (the stored `spec.replicas` until a step changes it). */
  replicasOf(rs: SimObject): number {
    return this.sizes.get(rs.key) ?? specReplicas(rs);
  }

  /** Σ replicasOf (GetReplicaCountForReplicaSets). */
  total(replicaSets: readonly SimObject[]): number {
    return replicaSets.reduce((n, rs) => n + this.replicasOf(rs), 0);
  }

  /** scaleReplicaSetAndRecordEvent: true when the size changed (an unchanged ReplicaSet is left alone). */
  scale(rs: SimObject, to: number): boolean {
    return this.replicasOf(rs) !== to && this.resize(rs, to);
  }

  /**
   * scaleReplicaSet: the size and the desired/max-replicas annotations are written even when the size stays
   * (proportional scaling re-annotates every active ReplicaSet); the event only when the size changes.
   */
  resize(rs: SimObject, to: number): boolean {
    const from = this.replicasOf(rs);
    this.sizes.set(rs.key, to);
    if (from === to) return false;
    this.events.push(normalEvent(this.deployment, 'ScalingReplicaSet', `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.name} from ${from} to ${to}`));
    return true;
  }

  /** Whether this sync resized (or re-annotated) `rs`. */
  touched(rs: SimObject): boolean {
    return this.sizes.has(rs.key);
  }

  /** The events of the sync, in the order the steps happened. */
  recordedEvents(): Action[] {
    return [...this.events];
  }

  /** `rs`'s object with its new size and the annotations scaleReplicaSet sets with it. */
  resizedObject(rs: SimObject): Obj {
    const annotations = { ...asStringMap(getIn(rs.object, 'metadata', 'annotations')), ...replicasAnnotations(this.view) };
    const metadata = { ...asObject(rs.object.metadata), annotations };
    return { ...rs.object, metadata, spec: { ...asObject(rs.object.spec), replicas: this.replicasOf(rs) } };
  }
}
