/**
 * Two-line builders for the networking and storage controller tests, and a tiny fixed-point loop that stands in
 * for the engine: every controller reconciles every object of its kind against one snapshot, the actions are
 * applied together (updates that change nothing and events already seen are dropped, as the engine does), until a
 * round changes nothing.
 */
import { ClusterState, objectKey } from '../../../src/cluster/cluster-state.js';
import { asString, getIn, type Obj } from '../../../src/model/fields.js';
import { createNameGenerator } from '../../../src/simulate/names.js';
import type { Action, Controller, ControllerContext, SimEvent, SimObject } from '../../../src/simulate/types.js';

export const NOW = new Date('2025-01-01T00:00:00Z');

export function sim(object: Obj, seq = 0): SimObject {
  const kind = asString(object.kind) ?? '';
  const namespace = asString(getIn(object, 'metadata', 'namespace'));
  const name = asString(getIn(object, 'metadata', 'name')) ?? '';
  const key = objectKey(kind, namespace, name);
  return { key, apiVersion: asString(object.apiVersion) ?? 'v1', kind, ...(namespace === undefined ? {} : { namespace }), name, object, origin: 'manifest', owner: key, seq };
}

export function stateOf(...objects: Obj[]): ClusterState {
  return ClusterState.of(objects.map((o, i) => sim(o, i)));
}

export function ctxOf(state: ClusterState): ControllerContext {
  return { state, now: NOW, names: createNameGenerator() };
}

export function service(name: string, spec: Obj = {}, meta: Obj = {}): Obj {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'shop', uid: `uid-svc-${name}`, ...meta }, spec };
}

export interface PodOptions {
  labels?: Record<string, string>;
  node?: string;
  ip?: string;
  ready?: boolean;
  ports?: Obj[];
  phase?: string;
  hostname?: string;
  subdomain?: string;
  volumes?: Obj[];
  deleting?: boolean;
}

/** A pod; bound, Running and Ready with an IP unless told otherwise (`node: ''` for a pending one). */
export function pod(name: string, o: PodOptions = {}): Obj {
  const node = o.node ?? 'node-a';
  const bound = node !== '';
  const spec: Obj = { containers: [{ name: 'app', image: 'app:1', ports: o.ports ?? [] }] };
  if (bound) spec.nodeName = node;
  if (o.hostname !== undefined) spec.hostname = o.hostname;
  if (o.subdomain !== undefined) spec.subdomain = o.subdomain;
  if (o.volumes !== undefined) spec.volumes = o.volumes;
  const status: Obj = { phase: o.phase ?? (bound ? 'Running' : 'Pending') };
  if (bound) {
    status.podIP = o.ip ?? '10.244.0.2';
    status.conditions = [{ type: 'Ready', status: (o.ready ?? true) ? 'True' : 'False' }];
  }
  const metadata: Obj = { name, namespace: 'shop', uid: `uid-pod-${name}`, labels: o.labels ?? { app: 'web' } };
  if (o.deleting === true) metadata.deletionTimestamp = '2025-01-01T00:00:00Z';
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec, status };
}

export function node(name: string, labels: Record<string, string> = {}): Obj {
  return { apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name, ...labels } }, status: {} };
}

export function storageClass(name: string, o: { provisioner?: string; mode?: string; reclaim?: string; isDefault?: boolean; created?: string } = {}): Obj {
  const annotations = o.isDefault === true ? { 'storageclass.kubernetes.io/is-default-class': 'true' } : {};
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name, annotations, creationTimestamp: o.created ?? '2025-01-01T00:00:00Z' },
    provisioner: o.provisioner ?? 'ebs.csi.aws.com',
    reclaimPolicy: o.reclaim ?? 'Delete',
    volumeBindingMode: o.mode ?? 'Immediate',
  };
}

export function pvc(name: string, spec: Obj = {}, meta: Obj = {}): Obj {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name, namespace: 'shop', uid: `uid-${name}`, ...meta },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeMode: 'Filesystem', ...spec },
    status: { phase: 'Pending' },
  };
}

export function pv(name: string, spec: Obj = {}, meta: Obj = {}, phase = 'Available'): Obj {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name, ...meta },
    spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], volumeMode: 'Filesystem', persistentVolumeReclaimPolicy: 'Retain', hostPath: { path: `/data/${name}` }, ...spec },
    status: { phase },
  };
}

function changes(state: ClusterState, actions: readonly Action[], seen: Set<string>): Action[] {
  return actions.filter((a) => {
    if (a.type === 'update') return JSON.stringify(state.get(a.object.key)?.object) !== JSON.stringify(a.object.object);
    if (a.type !== 'event') return true;
    const key = JSON.stringify(a.event);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Runs the controllers to a fixed point; `between` (the engine's scheduler, say) may change the snapshot after each
 * round. Returns the final snapshot and the number of rounds that changed something.
 */
export function settle(state: ClusterState, controllers: readonly Controller[], between: (s: ClusterState) => ClusterState = (s) => s): { state: ClusterState; rounds: number; events: SimEvent[] } {
  const seen = new Set<string>();
  for (let rounds = 0; rounds < 50; rounds++) {
    const ctx = ctxOf(state);
    const actions = controllers.flatMap((c) => state.list(c.kind).flatMap((o) => c.reconcile(ctx, o)));
    const next = between(state.apply(changes(state, actions, seen)));
    if (next === state) return { state, rounds, events: [...state.events] };
    state = next;
  }
  throw new Error('controllers did not settle in 50 rounds');
}
