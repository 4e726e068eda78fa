import { describe, expect, it } from 'vitest';
import { ClusterState } from '../../../src/cluster/cluster-state.js';
import { getIn, type Obj } from '../../../src/model/fields.js';
import { statefulSetController } from '../../../src/simulate/controllers/stateful-set.js';
import type { Action, SimObject } from '../../../src/simulate/types.js';
import { declared, node, podNames, reconcileOnce, runToFixedPoint, template, type Schedule } from './run-to-fixed-point.js';


const claimTemplate = { metadata: { name: 'data', labels: { tier: 'db' } }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } };

function statefulSet(spec: Obj = {}): SimObject {
  return declared({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db' },
    spec: { serviceName: 'db-headless', selector: { matchLabels: { app: 'db' } }, template: template({ app: 'db' }), ...spec },
  });
}

const controllers = [statefulSetController];
const created = (actions: readonly Action[]): string[] => actions.flatMap((a) => (a.type === 'create' ? [a.object.key] : []));

// Upstream: pkg/controller/statefulset/stateful_set_control.go (updateStatefulSet, processReplica, processCondemned),
// stateful_set_utils.go (newVersionedStatefulSetPod, getPersistentVolumeClaims); stateful_set_control_test.go
// TestStatefulSetControlScaleUp / ScaleDown / TestStatefulSetControlRollingUpdate's Parallel cases.
describe('statefulSetController', () => {
  it.each([
    { name: 'OrderedReady creates ordinal 0 first, alone', spec: { replicas: 3 }, first: ['Pod/default/db-0'] },
    { name: 'Parallel creates every ordinal at once', spec: { replicas: 3, podManagementPolicy: 'Parallel' }, first: ['Pod/default/db-0', 'Pod/default/db-1', 'Pod/default/db-2'] },
    { name: 'ordinals start at spec.ordinals.start', spec: { replicas: 2, ordinals: { start: 5 }, podManagementPolicy: 'Parallel' }, first: ['Pod/default/db-5', 'Pod/default/db-6'] },
    { name: 'a pod with claim templates waits for its PVCs, which come first', spec: { replicas: 2, volumeClaimTemplates: [claimTemplate] }, first: ['PersistentVolumeClaim/default/data-db-0'] },
  ])('$name', ({ spec, first }) => {
    expect(created(reconcileOnce(statefulSetController, ClusterState.of([statefulSet(spec)]), 'StatefulSet/default/db'))).toEqual(first);
  });

  it('gives each pod its identity: name, hostname, subdomain, labels, revision and claims', () => {
    const { state } = runToFixedPoint([node('node-1'), statefulSet({ replicas: 2, volumeClaimTemplates: [claimTemplate], template: template({ app: 'db' }, { volumes: [{ name: 'config', configMap: { name: 'db' } }] }) })], { controllers });
    const pod = state.get('Pod/default/db-1')?.object;
    const revision = getIn(state.get('StatefulSet/default/db')?.object, 'status', 'updateRevision');
    expect(revision).toMatch(/^db-[bcdfghjklmnpqrstvwxz2456789]+$/);
    expect(getIn(pod, 'metadata', 'labels')).toEqual({ app: 'db', 'statefulset.kubernetes.io/pod-name': 'db-1', 'apps.kubernetes.io/pod-index': '1', 'controller-revision-hash': revision });
    expect([getIn(pod, 'spec', 'hostname'), getIn(pod, 'spec', 'subdomain')]).toEqual(['db-1', 'db-headless']);
    expect(getIn(pod, 'spec', 'volumes')).toEqual([
      { name: 'data', persistentVolumeClaim: { claimName: 'data-db-1' } },
      { name: 'config', configMap: { name: 'db' } },
    ]);
    expect(getIn(pod, 'metadata', 'generateName')).toBeUndefined();
  });

  it('makes one PVC <claim>-<sts>-<ordinal> per pod, labelled with the selector, without owner by default', () => {
    const { state } = runToFixedPoint([node('node-1'), statefulSet({ replicas: 2, volumeClaimTemplates: [claimTemplate] })], { controllers });
    expect(state.list('PersistentVolumeClaim').map((c) => [c.name, getIn(c.object, 'metadata', 'labels'), getIn(c.object, 'metadata', 'ownerReferences'), c.owner])).toEqual([
      ['data-db-0', { tier: 'db', app: 'db' }, undefined, 'StatefulSet/default/db'],
      ['data-db-1', { tier: 'db', app: 'db' }, undefined, 'StatefulSet/default/db'],
    ]);
    expect(getIn(state.get('PersistentVolumeClaim/default/data-db-0')?.object, 'spec', 'resources')).toEqual({ requests: { storage: '1Gi' } });
  });

  it('makes the StatefulSet the controller of its PVCs with whenDeleted: Delete', () => {
    const policy = { whenDeleted: 'Delete', whenScaled: 'Retain' };
    const { state } = runToFixedPoint([node('node-1'), statefulSet({ replicas: 1, volumeClaimTemplates: [claimTemplate], persistentVolumeClaimRetentionPolicy: policy })], { controllers });
    expect(getIn(state.get('PersistentVolumeClaim/default/data-db-0')?.object, 'metadata', 'ownerReferences', 0)).toMatchObject({ kind: 'StatefulSet', name: 'db', controller: true });
  });

  it('OrderedReady never creates the pod after one that cannot be scheduled', () => {
    const db1Pending: Schedule = (pod) => (pod.name === 'db-1' ? undefined : 'node-1');
    const { state } = runToFixedPoint([node('node-1'), statefulSet({ replicas: 4 })], { controllers, schedule: db1Pending });
    expect(podNames(state)).toEqual(['db-0', 'db-1']);
    expect(getIn(state.get('StatefulSet/default/db')?.object, 'status')).toMatchObject({ replicas: 2, readyReplicas: 1, availableReplicas: 1 });
  });

  it('Parallel creates the later pods even when one cannot be scheduled', () => {
    const db1Pending: Schedule = (pod) => (pod.name === 'db-1' ? undefined : 'node-1');
    const { state } = runToFixedPoint([node('node-1'), statefulSet({ replicas: 3, podManagementPolicy: 'Parallel' })], { controllers, schedule: db1Pending });
    expect(podNames(state)).toEqual(['db-0', 'db-1', 'db-2']);
  });

  it('reports the steady state in its status, the current revision caught up with the update revision', () => {
    const { state } = runToFixedPoint([node('node-1'), statefulSet({ replicas: 3 })], { controllers });
    const status = getIn(state.get('StatefulSet/default/db')?.object, 'status') as Obj;
    expect(status).toMatchObject({ observedGeneration: 1, replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3, availableReplicas: 3, collisionCount: 0 });
    expect(status.currentRevision).toBe(status.updateRevision);
  });

  it('OrderedReady scales down from the highest ordinal, one pod per sync', () => {
    const { state } = runToFixedPoint([node('node-1'), statefulSet({ replicas: 3 })], { controllers });
    const shrunk = state.apply([{ type: 'update', object: { ...statefulSet({ replicas: 1 }), seq: 1 } }]);
    const deletes = reconcileOnce(statefulSetController, shrunk, 'StatefulSet/default/db').flatMap((a) => (a.type === 'delete' ? [a.key] : []));
    expect(deletes).toEqual(['Pod/default/db-2']);
    expect(podNames(runToFixedPoint(shrunk, { controllers }).state)).toEqual(['db-0']);
  });

  it('deletes the PVCs of a removed ordinal only with whenScaled: Delete', () => {
    const run = (whenScaled: string): string[] => {
      const spec = { replicas: 2, volumeClaimTemplates: [claimTemplate], persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled } };
      const { state } = runToFixedPoint([node('node-1'), statefulSet(spec)], { controllers });
      const shrunk = state.apply([{ type: 'update', object: { ...statefulSet({ ...spec, replicas: 1 }), seq: 1 } }]);
      return runToFixedPoint(shrunk, { controllers }).state.list('PersistentVolumeClaim').map((c) => c.name);
    };
    expect(run('Delete')).toEqual(['data-db-0']);
    expect(run('Retain')).toEqual(['data-db-0', 'data-db-1']);
  });

  it('replaces a failed member with a new pod of the same name', () => {
    const { state } = runToFixedPoint([node('node-1'), statefulSet({ replicas: 1 })], { controllers });
    const pod = state.get('Pod/default/db-0') as SimObject;
    const failed = state.apply([{ type: 'update', object: { ...pod, object: { ...pod.object, status: { phase: 'Failed' } } } }]);
    const actions = reconcileOnce(statefulSetController, failed, 'StatefulSet/default/db');
    expect(actions.filter((a) => a.type === 'delete')).toEqual([{ type: 'delete', key: 'Pod/default/db-0', reason: 'Failed StatefulSet pod is replaced' }]);
    expect(getIn(runToFixedPoint(failed, { controllers }).state.get('Pod/default/db-0')?.object, 'status', 'phase')).toBe('Running');
  });
});

/** The StatefulSet after a template change to `image`, its status kept (as an update keeps it) and generation bumped. */
function withImage(state: ClusterState, image: string, spec: Obj = {}): ClusterState {
  const current = state.get('StatefulSet/default/db') as SimObject;
  const next = statefulSet({ ...(current.object.spec as Obj), ...spec, template: template({ app: 'db' }, { containers: [{ name: 'app', image }] }) });
  const metadata = { ...(next.object.metadata as Obj), generation: 2 };
  return state.apply([{ type: 'update', object: { ...current, object: { ...next.object, metadata, status: current.object.status } } }]);
}

const imageOf = (state: ClusterState, name: string): unknown => getIn(state.get(`Pod/default/${name}`)?.object, 'spec', 'containers', 0, 'image');
const deletedPods = (history: readonly ClusterState[], from: ClusterState): string[] => {
  const out: string[] = [];
  let prev = from;
  for (const s of history) {
    for (const p of prev.list('Pod')) if (s.get(p.key)?.seq !== p.seq) out.push(p.name);
    prev = s;
  }
  return out;
};

// stateful_set_control.go updateStatefulSet / updateStatefulSetAfterInvariantEstablished; stateful_set_control_test.go
// TestStatefulSetControlRollingUpdate ("monotonic image update"), TestStatefulSetControlRollingUpdateWithPartition,
// TestStatefulSetControlOnDeleteUpdate.
describe('statefulSetController: a template change', () => {
  const rolled = (replicas: number, spec: Obj = {}, schedule?: Schedule): { before: ClusterState; after: ReturnType<typeof runToFixedPoint> } => {
    const { state } = runToFixedPoint([node('node-1'), statefulSet({ replicas, ...spec })], { controllers });
    const before = withImage(state, 'nginx:1.28');
    return { before, after: runToFixedPoint(before, { controllers, ...(schedule === undefined ? {} : { schedule }) }) };
  };

  it('replaces the pods from the highest ordinal down, one at a time', () => {
    const { before, after } = rolled(3);
    expect(deletedPods(after.history, before)).toEqual(['db-2', 'db-1', 'db-0']);
    expect(['db-0', 'db-1', 'db-2'].map((n) => imageOf(after.state, n))).toEqual(['nginx:1.28', 'nginx:1.28', 'nginx:1.28']);
    const status = getIn(after.state.get('StatefulSet/default/db')?.object, 'status') as Obj;
    expect(status.currentRevision).toBe(status.updateRevision);
    expect(status).toMatchObject({ updatedReplicas: 3, currentReplicas: 3, readyReplicas: 3 });
  });

  it.each([
    { name: 'monotonic image update with partition 2 keeps ordinals 0 and 1', replicas: 3, spec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }, images: ['nginx:1.27', 'nginx:1.27', 'nginx:1.28'] },
    { name: 'burst image update with partition 2 keeps ordinals 0 and 1', replicas: 3, spec: { podManagementPolicy: 'Parallel', updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }, images: ['nginx:1.27', 'nginx:1.27', 'nginx:1.28'] },
    { name: 'a partition above the replicas updates nothing', replicas: 3, spec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 5 } } }, images: ['nginx:1.27', 'nginx:1.27', 'nginx:1.27'] },
    { name: 'OnDelete replaces nothing', replicas: 2, spec: { updateStrategy: { type: 'OnDelete' } }, images: ['nginx:1.27', 'nginx:1.27'] },
  ])('$name', ({ replicas, spec, images }) => {
    const { after } = rolled(replicas, spec);
    expect(images.map((_, i) => imageOf(after.state, `db-${i}`))).toEqual(images);
  });

  it('with a partition the current revision stays the old one', () => {
    const { after } = rolled(3, { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } });
    const status = getIn(after.state.get('StatefulSet/default/db')?.object, 'status') as Obj;
    expect(status.currentRevision).not.toBe(status.updateRevision);
    expect(status).toMatchObject({ currentReplicas: 2, updatedReplicas: 1 });
  });

  it('under OnDelete a deleted pod comes back at the new revision', () => {
    const { after } = rolled(2, { updateStrategy: { type: 'OnDelete' } });
    const gone = after.state.apply([{ type: 'delete', key: 'Pod/default/db-1' }]);
    expect(imageOf(runToFixedPoint(gone, { controllers }).state, 'db-1')).toBe('nginx:1.28');
  });

  it('maxUnavailable 2 deletes two pods at once, highest first', () => {
    const { state } = runToFixedPoint([node('node-1'), statefulSet({ replicas: 4, podManagementPolicy: 'Parallel' })], { controllers });
    const changed = withImage(state, 'nginx:1.28', { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 2 } } });
    const deletes = reconcileOnce(statefulSetController, changed, 'StatefulSet/default/db').flatMap((a) => (a.type === 'delete' ? [a.key] : []));
    expect(deletes).toEqual(['Pod/default/db-3', 'Pod/default/db-2']);
  });

  it('an updated pod that cannot be scheduled stops the update there', () => {
    const newPodsPending: Schedule = (pod) => (getIn(pod.object, 'spec', 'containers', 0, 'image') === 'nginx:1.28' ? undefined : 'node-1');
    const { after } = rolled(3, {}, newPodsPending);
    expect(['db-0', 'db-1', 'db-2'].map((n) => imageOf(after.state, n))).toEqual(['nginx:1.27', 'nginx:1.27', 'nginx:1.28']);
    expect(getIn(after.state.get('Pod/default/db-2')?.object, 'spec', 'nodeName')).toBeUndefined();
  });

  it('keeps the revision its status names while the status is for this generation (a dumped cluster)', () => {
    const { state } = runToFixedPoint([node('node-1'), statefulSet({ replicas: 2 })], { controllers });
    const pods = state.list('Pod').map((p) => ({ ...p, object: { ...p.object, metadata: { ...(p.object.metadata as Obj), labels: { app: 'db', 'controller-revision-hash': 'db-5d8f7c9b8d' } } } }));
    const sts = state.get('StatefulSet/default/db') as SimObject;
    const dumped = { ...sts, object: { ...sts.object, status: { ...(sts.object.status as Obj), currentRevision: 'db-5d8f7c9b8d', updateRevision: 'db-5d8f7c9b8d', observedGeneration: 1 } } };
    const { state: end } = runToFixedPoint(state.apply([...pods.map((object) => ({ type: 'update' as const, object })), { type: 'update', object: dumped }]), { controllers });
    expect(end.list('Pod').map((p) => [p.name, p.seq])).toEqual(pods.map((p) => [p.name, p.seq]));
  });
});
