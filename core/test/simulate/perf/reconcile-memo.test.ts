// The rounds skip a reconcile whose object and reads did not change (reconcile-memo.ts) and keep the owner and
// pod indexes up to date from the objects that changed (cluster-state.ts). Both must answer exactly what the
// plain computation answers: every controller run on every object, every index built from scratch.
import { describe, expect, it } from 'vitest';
import { ClusterState, objectKey } from '../../../src/cluster/cluster-state.js';
import { defaultClusterState } from '../../../src/cluster/default-cluster.js';
import { simObjectOf } from '../../../src/cluster/sim-object-of.js';
import type { Obj } from '../../../src/model/fields.js';
import { selectorFromMap, type LabelSelector } from '../../../src/model/label-selector.js';
import { networkingControllers } from '../../../src/simulate/controllers/networking-controllers.js';
import { serviceAccountController } from '../../../src/simulate/controllers/service-account-controller.js';
import { workloadControllers } from '../../../src/simulate/controllers/workload-controllers.js';
import { simulate, type DeclaredObject } from '../../../src/simulate/engine.js';
import { createNameGenerator } from '../../../src/simulate/names.js';
import { ReconcileMemo } from '../../../src/simulate/reconcile-memo.js';
import type { Action, Controller, ControllerContext, SimObject } from '../../../src/simulate/types.js';

const NOW = new Date('2026-01-15T10:00:00Z');
const CONTROLLERS: readonly Controller[] = [serviceAccountController, ...workloadControllers, ...networkingControllers];

function declared(object: Obj): DeclaredObject {
  const namespace = (object.metadata as Obj).namespace;
  return typeof namespace === 'string' ? { object, namespace } : { object };
}

function podTemplate(app: string, image: string, cpu: string): Obj {
  return { metadata: { labels: { app } }, spec: { containers: [{ name: 'c', image, ports: [{ name: 'http', containerPort: 80 }], resources: { requests: { cpu, memory: '64Mi' } } }] } };
}

function workloads(version: string, replicas: number): Obj[] {
  const ns = 'team';
  const deployment = (name: string, strategy: Obj, n: number): Obj => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns },
    spec: { replicas: n, strategy, selector: { matchLabels: { app: name } }, template: podTemplate(name, `img/${name}:${version}`, '100m') },
  });
  const service = (name: string): Obj => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns }, spec: { selector: { app: name }, ports: [{ port: 80, targetPort: 'http' }] } });
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } },
    { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'pods', namespace: ns }, spec: { hard: { pods: '14' } } },
    deployment('web', { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }, replicas),
    deployment('api', { type: 'Recreate' }, 2),
    deployment('big', { type: 'RollingUpdate' }, 2),
    { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: ns }, spec: { replicas: 2, serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template: podTemplate('db', `img/db:${version}`, '200m') } },
    { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: ns }, spec: { selector: { matchLabels: { app: 'agent' } }, template: podTemplate('agent', `img/agent:${version}`, '10m') } },
    { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'once', namespace: ns }, spec: { parallelism: 2, completions: 3, template: { ...podTemplate('once', 'img/once:1', '10m'), spec: { ...(podTemplate('once', 'img/once:1', '10m').spec as Obj), restartPolicy: 'Never' } } } },
    { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'api', namespace: ns }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' }, minReplicas: 3, maxReplicas: 5 } },
    service('web'),
    service('api'),
    service('db'),
  ];
}

describe('ReconcileMemo', () => {
  it('returns, round after round, what running every reconcile returns', () => {
    const memo = new ReconcileMemo();
    const names = createNameGenerator();
    let compared = 0;
    let actions = 0;
    const observe = (state: ClusterState): void => {
      const ctx: ControllerContext = { state, now: NOW, names };
      const plain: Action[] = CONTROLLERS.flatMap((c) => state.list(c.kind).flatMap((o) => c.reconcile(ctx, o)));
      expect(memo.reconcileAll(CONTROLLERS, ctx)).toEqual(plain);
      compared++;
      actions += plain.length;
    };
    simulate({
      cluster: defaultClusterState(),
      base: workloads('1', 3).map(declared),
      objects: workloads('2', 5).map(declared),
      now: NOW,
      observe,
    });
    expect(compared).toBeGreaterThan(10);
    expect(actions).toBeGreaterThan(20);
  });
});

/** The answers of the indexes, built from scratch on the same objects. */
function fresh(state: ClusterState): ClusterState {
  return ClusterState.of(state.all());
}

function pod(name: string, labels: Record<string, string>, owner: string | undefined, node?: string): SimObject {
  const metadata: Obj = { name, namespace: 'ns', labels, ...(owner === undefined ? {} : { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: owner, uid: owner, controller: true }] }) };
  return simObjectOf({ apiVersion: 'v1', kind: 'Pod', metadata, spec: node === undefined ? {} : { nodeName: node } }, 'generated', { owner: `Deployment/ns/${owner ?? name}` });
}

describe('ClusterState indexes kept up to date', () => {
  it('answer as indexes built from scratch through creates, updates, moves and deletes', () => {
    let state = ClusterState.empty();
    const selectors: LabelSelector[] = [selectorFromMap({ app: 'a' }) as LabelSelector, selectorFromMap({ app: 'b', tier: 'x' }) as LabelSelector];
    const check = (): void => {
      const f = fresh(state);
      for (const owner of ['ReplicaSet/ns/rs-1', 'ReplicaSet/ns/rs-2', 'ReplicaSet/ns/rs-3']) expect(state.childrenOf(owner)).toEqual(f.childrenOf(owner));
      for (const owner of ['Deployment/ns/rs-1', 'Deployment/ns/rs-2', 'Deployment/ns/solo']) expect(state.ownedBy(owner)).toEqual(f.ownedBy(owner));
      for (const node of ['n1', 'n2']) expect(state.podsOnNode(node)).toEqual(f.podsOnNode(node));
      expect(state.podsInNamespace('ns')).toEqual(f.podsInNamespace('ns'));
      for (const s of selectors) expect(state.podsMatching('ns', s)).toEqual(f.podsMatching('ns', s));
      expect(state.list('Pod', 'ns')).toEqual(f.list('Pod', 'ns'));
    };
    const create = (o: SimObject): Action => ({ type: 'create', object: o });
    const update = (o: SimObject): Action => ({ type: 'update', object: o });
    // Many one-object applies (the edits of a KindTable), then larger ones (a fold).
    for (let i = 0; i < 60; i++) {
      state = state.apply([create(pod(`p${i}`, { app: i % 2 === 0 ? 'a' : 'b', tier: i % 3 === 0 ? 'x' : 'y' }, `rs-${(i % 3) + 1}`, i % 4 === 0 ? 'n1' : undefined))]);
      if (i % 7 === 0) check();
    }
    check();
    const current = (name: string): SimObject => state.get(objectKey('Pod', 'ns', name)) as SimObject;
    const relabel = (name: string, labels: Record<string, string>): SimObject => {
      const p = current(name);
      return { ...p, object: { ...p.object, metadata: { ...(p.object.metadata as Obj), labels } } };
    };
    const bind = (name: string, node: string): SimObject => {
      const p = current(name);
      return { ...p, object: { ...p.object, spec: { nodeName: node }, status: { phase: 'Running' } } };
    };
    state = state.apply([update(bind('p1', 'n2')), update(bind('p2', 'n2')), update(relabel('p3', { app: 'a' })), { type: 'delete', key: 'Pod/ns/p4' }]);
    check();
    state = state.apply([{ type: 'delete', key: 'Pod/ns/p5' }, create(pod('p5', { app: 'b', tier: 'x' }, 'rs-2', 'n1')), update(relabel('p6', { app: 'b', tier: 'x' }))]);
    check();
    state = state.apply(Array.from({ length: 40 }, (_, i) => update(bind(`p${i + 10}`, i % 2 === 0 ? 'n1' : 'n2'))));
    check();
    const orphan = (name: string): SimObject => {
      const p = current(name);
      const metadata = { ...(p.object.metadata as Obj) };
      delete metadata.ownerReferences;
      return { ...p, owner: p.key, object: { ...p.object, metadata } };
    };
    state = state.apply([update(orphan('p7')), update(orphan('p8')), { type: 'delete', key: 'Pod/ns/p9' }]);
    check();
  });

  it('keeps the newest event per object and reason as events are added', () => {
    let state = ClusterState.empty();
    for (let i = 0; i < 700; i++) {
      state = state.apply([{ type: 'event', event: { type: 'Warning', reason: i % 2 === 0 ? 'FailedCreate' : 'Other', object: `ReplicaSet/ns/rs-${i % 5}`, message: `m${i}` } }]);
      if (i % 50 === 0 || i > 690) {
        for (let k = 0; k < 5; k++) {
          const key = `ReplicaSet/ns/rs-${k}`;
          expect(state.lastEvent(key, 'FailedCreate')).toBe(state.events.findLast((e) => e.object === key && e.reason === 'FailedCreate'));
        }
      }
    }
  });
});
