// Two-line builders for admission tests: plain Kubernetes objects, wrapped as SimObjects into a ClusterState.
import { ClusterState, objectKey } from '../../../src/cluster/cluster-state.js';
import type { Obj } from '../../../src/model/fields.js';
import type { SimObject } from '../../../src/simulate/types.js';

type Res = Record<string, string>;

/** A SimObject for a plain object (cluster origin; `seq` in the order given). */
export function sim(object: Obj, seq = 0): SimObject {
  const meta = (object.metadata ?? {}) as Obj;
  const kind = String(object.kind);
  const namespace = typeof meta.namespace === 'string' ? meta.namespace : undefined;
  const name = String(meta.name);
  const key = objectKey(kind, namespace, name);
  return { key, apiVersion: String(object.apiVersion), kind, namespace, name, object, origin: 'cluster', owner: key, seq };
}

/** A snapshot holding these objects, in this creation order. */
export function state(...objects: Obj[]): ClusterState {
  return ClusterState.of(objects.map((o, i) => sim(o, i)));
}

export function ns(name: string, opts: { labels?: Res; phase?: string } = {}): Obj {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, ...(opts.labels ? { labels: opts.labels } : {}) }, ...(opts.phase ? { status: { phase: opts.phase } } : {}) };
}

export function container(name = 'app', opts: { requests?: Res; limits?: Res } & Obj = {}): Obj {
  const { requests, limits, ...rest } = opts;
  const resources = { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) };
  return { name, image: 'nginx:1.27', ...(requests || limits ? { resources } : {}), ...rest };
}

/** A Pod `web` in `shop` with one container `app` unless told otherwise; `spec` fields are merged in. */
export function pod(spec: Obj = {}, meta: Obj = {}): Obj {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'shop', ...meta }, spec: { containers: [container()], ...spec } };
}

export function limitRange(items: Obj[], name = 'limits', namespace = 'shop'): Obj {
  return { apiVersion: 'v1', kind: 'LimitRange', metadata: { name, namespace }, spec: { limits: items } };
}

export function quota(name: string, hard: Res, extra: Obj = {}, namespace = 'shop'): Obj {
  return { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name, namespace }, spec: { hard, ...extra } };
}

export function priorityClass(name: string, value: number, extra: Obj = {}): Obj {
  return { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, value, ...extra };
}

export function serviceAccount(name: string, extra: Obj = {}, namespace = 'shop'): Obj {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace }, ...extra };
}

export function claim(name: string, storage: string | undefined, spec: Obj = {}, namespace = 'shop'): Obj {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name, namespace },
    spec: { accessModes: ['ReadWriteOnce'], ...(storage === undefined ? {} : { resources: { requests: { storage } } }), ...spec },
  };
}

/** The `shop` namespace alone, the usual starting point. */
export const SHOP = ns('shop');

/** Narrows an AdmissionResult for assertions. */
export function spec(result: { allowed: boolean; object?: Obj }): Obj {
  if (!result.allowed || result.object === undefined) throw new Error(`expected the object to be admitted: ${JSON.stringify(result)}`);
  return result.object.spec as Obj;
}
