/**
 * Objects already in a cluster, from loaded manifests: hand-written Node files, `kubectl get nodes -o yaml`, or
 * a `kubectl get <kinds> -A -o yaml` dump (the loader flattens its Lists). Every kind is kept — Pods (bound
 * ones hold their node's resources; Succeeded/Failed ones are kept and hold nothing), workloads, Services,
 * EndpointSlices, volumes, StorageClasses, PriorityClasses, Namespaces, LimitRanges, ResourceQuotas,
 * ServiceAccounts, ConfigMaps, Secrets... — except Events. Objects keep their `status`.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { Manifest } from '../load/types.js';
import { asObject, asString, asStringMap, getIn, type Obj } from '../model/fields.js';
import { objectRef } from '../model/object-ref.js';
import type { ObjectKey, SimObject } from '../simulate/types.js';
import { clusterNodesFromManifests } from './cluster-nodes.js';
import { clusterObject } from './cluster-object.js';
import { ClusterState } from './cluster-state.js';
import { kubeletLabels } from './kubelet-labels.js';
import { topLevelOwners } from './top-level-owner.js';
import { withBuiltIns } from './with-built-ins.js';

/**
 * Tells whether a kind is namespaced; `undefined` when unknown (then an object with a namespace is namespaced, one
 * without is cluster-scoped, as a dump shows them). `SchemaRegistry.isNamespaced` fits.
 */
export type IsNamespaced = (apiVersion: string, kind: string) => boolean | undefined;

export interface ClusterStateOptions {
  /** Scope of kinds, for objects written without a namespace and for owner references. */
  readonly isNamespaced: IsNamespaced;
  /** The namespace of namespaced objects written without one (default `default`). */
  readonly defaultNamespace?: string;
  /** Add what every cluster has where missing (`withBuiltIns`); default true. */
  readonly builtIns?: boolean;
}

/** `kubectl.kubernetes.io/last-applied-configuration`: a copy of the object as last applied, often larger than it. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const EVENT_KINDS = new Set(['v1/Event', 'events.k8s.io/v1/Event']);

/**
 * The object without server bookkeeping that says nothing about the cluster (managedFields, selfLink, the
 * last-applied annotation), with its namespace written (or removed for cluster-scoped kinds), and for Nodes
 * what the server and kubelet fill in: the kubelet's labels and allocatable defaulting to capacity.
 */
function cleaned(object: Obj, namespace: string | undefined): Obj {
  const metadata = { ...(asObject(object.metadata) ?? {}) };
  delete metadata.managedFields;
  delete metadata.selfLink;
  if (namespace === undefined) delete metadata.namespace;
  else metadata.namespace = namespace;
  const annotations = asStringMap(metadata.annotations);
  if (annotations !== undefined && LAST_APPLIED in annotations) {
    const rest = { ...annotations };
    delete rest[LAST_APPLIED];
    if (Object.keys(rest).length === 0) delete metadata.annotations;
    else metadata.annotations = rest;
  }
  const out: Obj = { ...object, metadata };
  if (object.kind !== 'Node') return out;
  const name = asString(metadata.name) ?? '';
  metadata.labels = { ...kubeletLabels(name), ...asStringMap(metadata.labels) };
  const status = asObject(object.status);
  if (status !== undefined && status.allocatable === undefined && asObject(status.capacity) !== undefined) out.status = { ...status, allocatable: status.capacity };
  return out;
}

function missingName(m: Manifest): Diagnostic {
  return {
    rule: 'schema-required',
    severity: 'warning',
    message: 'metadata.name: Required value: the object is left out of the cluster',
    file: m.source.file,
    range: m.source.positions.locate('metadata.name', 'key'),
    object: objectRef(m.object),
    path: 'metadata.name',
  };
}

/**
 * The cluster these manifests describe, objects in input order (their `seq`), each owned by its top-level
 * workload (`topLevelOwners`). An object defined twice keeps its first definition. Diagnostics: malformed Node
 * quantities (`schema-format`) and nameless objects (`schema-required`, left out).
 */
export function clusterStateFromManifests(manifests: readonly Manifest[], options: ClusterStateOptions): { state: ClusterState; diagnostics: Diagnostic[] } {
  const diagnostics = [...clusterNodesFromManifests(manifests).diagnostics];
  const objects: SimObject[] = [];
  const seen = new Set<ObjectKey>();
  for (const m of manifests) {
    const apiVersion = asString(m.object.apiVersion) ?? '';
    const kind = asString(m.object.kind) ?? '';
    if (EVENT_KINDS.has(`${apiVersion}/${kind}`)) continue;
    const name = asString(getIn(m.object, 'metadata', 'name')) ?? '';
    if (name === '') {
      diagnostics.push(missingName(m));
      continue;
    }
    const written = asString(getIn(m.object, 'metadata', 'namespace')) || undefined;
    // A kind the schema does not know (a custom resource without its CRD): scoped as the dump shows it.
    const namespaced = options.isNamespaced(apiVersion, kind) ?? written !== undefined;
    const namespace = namespaced ? (written ?? options.defaultNamespace ?? 'default') : undefined;
    const o = clusterObject(cleaned(m.object, namespace), objects.length);
    if (seen.has(o.key)) continue;
    seen.add(o.key);
    objects.push(o);
  }
  const owners = topLevelOwners(objects, options.isNamespaced);
  const state = ClusterState.of(objects.map((o) => ({ ...o, owner: owners.get(o.key) ?? o.key })));
  return { state: options.builtIns === false ? state : withBuiltIns(state), diagnostics };
}
