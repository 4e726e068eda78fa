/**
 * Two-line builders for plans against a base: workloads and services as plain objects, and `planChange`, which
 * runs the real engine the way `kubeplan plan --base` does (base settled, new manifests applied with pruning)
 * and builds the plan document.
 */
import { defaultClusterState } from '../../src/cluster/index.js';
import type { ClusterState } from '../../src/cluster/cluster-state.js';
import { objectKey } from '../../src/cluster/cluster-state.js';
import type { Obj } from '../../src/model/fields.js';
import { buildPlanDocument } from '../../src/plan/build-plan-document.js';
import type { PlanDocument } from '../../src/plan/plan-document.js';
import { simulate, type DeclaredObject, type SimulationResult } from '../../src/simulate/engine.js';
import type { SimObject } from '../../src/simulate/types.js';

export const NOW = new Date('2026-01-15T10:00:00Z');

/** A declared object as plan-paths hands it over: namespace filled for namespaced kinds. */
export function declared(object: Obj): DeclaredObject {
  if (['Node', 'Namespace', 'PriorityClass', 'StorageClass', 'PersistentVolume', 'ClusterRoleBinding'].includes(String(object.kind))) return { object };
  const metadata = { namespace: 'default', ...(object.metadata as Obj) };
  return { object: { ...object, metadata }, namespace: String(metadata.namespace) };
}

export function keyOf(o: Obj): string {
  const d = declared(o);
  return objectKey(String(o.kind), d.namespace, String((o.metadata as Obj).name));
}

export function deployment(name: string, extra: { replicas?: number; image?: string; labels?: Record<string, string>; spec?: Obj } = {}): Obj {
  const labels = extra.labels ?? { app: name };
  const container = { name: 'app', image: extra.image ?? 'nginx:1.27', resources: { requests: { cpu: '100m', memory: '64Mi' } } };
  const spec: Obj = { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [container] } }, ...extra.spec };
  if (extra.replicas !== undefined) spec.replicas = extra.replicas;
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name }, spec };
}

export function service(name: string, spec: Obj = {}): Obj {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { selector: { app: name }, ports: [{ port: 80 }], ...spec } };
}

export function configMap(name: string, data: Record<string, string>, extra: Obj = {}): Obj {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data, ...extra };
}

export interface ChangeRun {
  readonly simulation: SimulationResult;
  readonly document: PlanDocument;
}

export interface ChangeOptions {
  readonly cluster?: ClusterState;
  /** Default: delete the base objects the new manifests no longer declare. */
  readonly prune?: boolean;
  readonly nodesAfter?: readonly SimObject[];
  readonly base?: string | null;
}

/** `kubeplan plan --base`: `before` settled on the cluster, `after` applied over it, the document built. */
export function planChange(before: readonly Obj[], after: readonly Obj[], options: ChangeOptions = {}): ChangeRun {
  const headKeys = new Set(after.map(keyOf));
  const prune = options.prune === false ? [] : before.map(keyOf).filter((k) => !headKeys.has(k));
  const simulation = simulate({
    cluster: options.cluster ?? defaultClusterState(),
    base: before.map(declared),
    objects: after.map(declared),
    prune,
    now: NOW,
    ...(options.nodesAfter === undefined ? {} : { nodesAfter: options.nodesAfter }),
  });
  const document = buildPlanDocument({ simulation, refused: [], diagnostics: [], kubeVersion: '1.36', now: NOW, clusterSource: 'default', base: options.base === undefined ? 'before' : options.base });
  return { simulation, document };
}
