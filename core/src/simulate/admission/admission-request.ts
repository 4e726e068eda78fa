/**
 * One admission request as the plugins see it (admission.Attributes): the snapshot to look things up in, the
 * operation, and the private copy of the object the mutating plugins change in place.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asObject, asString, type Obj } from '../../model/fields.js';
import type { SimObject } from '../types.js';
import type { AdmissionOperation, AdmissionPluginName, Rejection } from './admission-types.js';
import { qualifiedResource } from './qualified-resource.js';
import type { QuotaTracker } from './resource-quota/quota-tracker.js';

export interface AdmissionRequest {
  readonly state: ClusterState;
  readonly operation: AdmissionOperation;
  /** The object being admitted: a deep copy the mutating plugins may change. */
  readonly object: Obj;
  readonly kind: string;
  readonly apiVersion: string;
  /** Undefined for cluster-scoped objects. */
  readonly namespace: string | undefined;
  readonly name: string;
  /** `pods`, `deployments.apps`: the resource the API server names in its messages. */
  readonly resource: string;
  /** The stored object this UPDATE replaces (undefined for CREATE or when the snapshot has none). */
  readonly existing: SimObject | undefined;
  /** Usage admitted earlier in the same round, shared by the ResourceQuota plugin. */
  readonly tracker: QuotaTracker | undefined;
  /** Warnings for the client (PodSecurity `warn`), in the order they arise. */
  readonly warnings: string[];
}

/** A plugin: `admit` runs in the mutating phase, `validate` in the validating phase; either may refuse. */
export interface AdmissionPlugin {
  readonly name: AdmissionPluginName;
  admit?(request: AdmissionRequest): Rejection | undefined;
  validate?(request: AdmissionRequest): Rejection | undefined;
}

/** The request for an object: namespace and name from its metadata, the existing object from the snapshot. */
export function admissionRequest(
  state: ClusterState,
  object: Obj,
  operation: AdmissionOperation,
  tracker: QuotaTracker | undefined,
): AdmissionRequest {
  const metadata = asObject(object.metadata);
  const kind = asString(object.kind) ?? '';
  const apiVersion = asString(object.apiVersion) ?? '';
  const namespace = asString(metadata?.namespace) || undefined;
  const name = asString(metadata?.name) ?? '';
  return {
    state,
    operation,
    object,
    kind,
    apiVersion,
    namespace,
    name,
    resource: qualifiedResource(apiVersion, kind),
    existing: operation === 'UPDATE' ? state.getObject(kind, namespace, name) : undefined,
    tracker,
    warnings: [],
  };
}

/** The pod spec of a Pod request (created empty when missing, so that defaulting has somewhere to write). */
export function podSpecOf(request: AdmissionRequest): Obj {
  const spec = asObject(request.object.spec);
  if (spec !== undefined) return spec;
  const created: Obj = {};
  request.object.spec = created;
  return created;
}

/** True for a Pod request, the object most plugins are about. */
export function isPod(request: AdmissionRequest): boolean {
  return request.kind === 'Pod' && request.apiVersion === 'v1';
}
