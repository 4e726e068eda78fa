/**
 * The simulation's shared vocabulary: objects as the model cluster holds them, the actions controllers return,
 * and the events the plan reports. Controllers are pure (`reconcile(ctx, object) → Action[]`); one engine
 * (`simulate/engine.ts`) applies actions to produce the next immutable `ClusterState`.
 */
import type { ManifestSource } from '../load/types.js';
import type { Obj } from '../model/fields.js';
import type { ClusterState } from '../cluster/cluster-state.js';

/** `Kind/namespace/name` for namespaced objects, `Kind/name` for cluster-scoped ones (same shape as `objectRef`). */
export type ObjectKey = string;

/** Where an object of the model cluster comes from. */
export type ObjectOrigin =
  /** Declared in the manifests being planned. */
  | 'manifest'
  /** Already in the cluster (`--cluster` dump, the default cluster's nodes and namespaces). */
  | 'cluster'
  /** Made by the simulated control plane (ReplicaSets, Pods, PVCs, PVs, EndpointSlices). */
  | 'generated';

/** One object of the model cluster. `object` is the full, defaulted JSON; never mutate it (copy, then `update`). */
export interface SimObject {
  readonly key: ObjectKey;
  readonly apiVersion: string;
  readonly kind: string;
  /** Undefined for cluster-scoped kinds; namespaced objects always have one (defaulted to the target namespace). */
  readonly namespace?: string;
  readonly name: string;
  readonly object: Readonly<Obj>;
  readonly origin: ObjectOrigin;
  /** The top-level workload this object belongs to (`Deployment/shop/web` for its ReplicaSets and Pods); itself otherwise. */
  readonly owner: ObjectKey;
  /** The manifest that declared it (manifest origin only): diagnostics and editors point here. */
  readonly source?: ManifestSource;
  /** Creation order in the simulation (the queue's tie-break after priority); increases monotonically. */
  readonly seq: number;
}

export type EventType = 'Normal' | 'Warning';

/** A Kubernetes Event in kubectl's shape, on the object it is about. */
export interface SimEvent {
  readonly type: EventType;
  /** `FailedScheduling`, `FailedCreate`, `Preempted`, `Evicted`, `Scheduled`, `SuccessfulCreate`, `ProvisioningSucceeded`, ... */
  readonly reason: string;
  readonly object: ObjectKey;
  readonly message: string;
}

/** What a controller (or admission, or the scheduler) asks the engine to do. */
export type Action =
  | { readonly type: 'create'; readonly object: SimObject }
  | { readonly type: 'update'; readonly object: SimObject }
  | { readonly type: 'delete'; readonly key: ObjectKey; readonly reason?: string }
  | { readonly type: 'event'; readonly event: SimEvent };

/** Deterministic stand-ins for the server's random choices (name suffixes, UIDs). Same inputs, same names. */
export interface NameGenerator {
  /** A 5-character suffix for `generateName` (`web-7d9c5b8f6d-` + suffix), from `[bcdfghjklmnpqrstvwxz2456789]` as upstream, stable per seed. */
  suffix(seed: string): string;
  /** A UID (RFC 4122 shape) stable per seed. */
  uid(seed: string): string;
}

export interface ControllerContext {
  readonly state: ClusterState;
  /** The simulation's clock (injected; defaults to a fixed instant in tests and goldens). */
  readonly now: Date;
  readonly names: NameGenerator;
}

/** A workload or service controller: a pure reconcile of one object against the current snapshot. */
export interface Controller {
  /** The kind it reconciles (`Deployment`, `Service`, ...). */
  readonly kind: string;
  reconcile(ctx: ControllerContext, object: SimObject): Action[];
}
