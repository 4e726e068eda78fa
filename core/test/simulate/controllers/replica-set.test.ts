import { describe, expect, it } from 'vitest';
import { ClusterState } from '../../../src/cluster/cluster-state.js';
import { getIn, type Obj } from '../../../src/model/fields.js';
import { replicaSetController } from '../../../src/simulate/controllers/replica-set.js';
import { replicationControllerController } from '../../../src/simulate/controllers/replication-controller.js';
import type { SimObject } from '../../../src/simulate/types.js';
import { declared, node, reconcileOnce, runToFixedPoint, template } from './run-to-fixed-point.js';

function replicaSet(spec: Obj = {}): SimObject {
  return declared({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } }, template: template(), ...spec } });
}

const controllers = [replicaSetController, replicationControllerController];

// Upstream: pkg/controller/replicaset/replica_set.go manageReplicas / calculateStatus; replica_set_test.go
// TestSyncReplicaSetCreatePods, TestSyncReplicaSetDeletes, TestSyncReplicaSetDormancy.
describe('replicaSetController', () => {
  it.each([
    { name: 'three replicas make three pods', spec: { replicas: 3 }, pods: 3 },
    { name: 'replicas defaults to 1', spec: {}, pods: 1 },
    { name: 'zero replicas make no pod', spec: { replicas: 0 }, pods: 0 },
  ])('$name', ({ spec, pods }) => {
    const { state } = runToFixedPoint([node('node-1'), replicaSet(spec)], { controllers });
    expect(state.list('Pod')).toHaveLength(pods);
    expect(getIn(state.get('ReplicaSet/default/web')?.object, 'status')).toMatchObject({ replicas: pods, fullyLabeledReplicas: pods, readyReplicas: pods, availableReplicas: pods, observedGeneration: 1 });
  });

  it('names pods <replicaset>-<5 characters> and gives them the template, labels and a controller reference', () => {
    const { state } = runToFixedPoint([node('node-1'), replicaSet({ replicas: 2 })], { controllers });
    const pods = state.list('Pod');
    for (const pod of pods) {
      expect(pod.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(pod.owner).toBe('ReplicaSet/default/web');
      expect(getIn(pod.object, 'metadata', 'generateName')).toBe('web-');
      expect(getIn(pod.object, 'metadata', 'labels')).toEqual({ app: 'web' });
      expect(getIn(pod.object, 'metadata', 'ownerReferences', 0)).toMatchObject({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', controller: true, blockOwnerDeletion: true });
      expect(getIn(pod.object, 'spec', 'containers', 0, 'image')).toBe('nginx:1.27');
    }
    expect(new Set(pods.map((p) => p.name)).size).toBe(2);
  });

  it('gives the same names for the same snapshot', () => {
    const state = ClusterState.of([replicaSet({ replicas: 3 })]);
    const names = (): string[] => reconcileOnce(replicaSetController, state, 'ReplicaSet/default/web').flatMap((a) => (a.type === 'create' ? [a.object.name] : []));
    expect(names()).toEqual(names());
  });

  it('scales down by deleting the pods that rank first: the pending one before the running ones', () => {
    const lastStaysPending = (pod: SimObject, st: ClusterState): string | undefined => (st.list('Pod').indexOf(pod) === 3 ? undefined : 'node-1');
    const { state } = runToFixedPoint([node('node-1'), replicaSet({ replicas: 4 })], { controllers, schedule: lastStaysPending });
    const pending = state.list('Pod').find((p) => getIn(p.object, 'status', 'phase') === 'Pending');
    const scaledDown = state.apply([{ type: 'update', object: { ...replicaSet({ replicas: 3 }), seq: 1 } }]);
    const actions = reconcileOnce(replicaSetController, scaledDown, 'ReplicaSet/default/web');
    expect(actions.filter((a) => a.type === 'delete').map((a) => (a.type === 'delete' ? a.key : ''))).toEqual([pending?.key]);
    expect(actions).toContainEqual({ type: 'event', event: { type: 'Normal', reason: 'SuccessfulDelete', object: 'ReplicaSet/default/web', message: `Deleted pod: ${pending?.name}` } });
  });

  it('writes the status of a scale-down without the pods it deletes (the resync after its deletes are seen)', () => {
    const { state } = runToFixedPoint([node('node-1'), replicaSet({ replicas: 4 })], { controllers });
    const scaledDown = state.apply([{ type: 'update', object: { ...replicaSet({ replicas: 1 }), seq: 1 } }]);
    const update = reconcileOnce(replicaSetController, scaledDown, 'ReplicaSet/default/web').find((a) => a.type === 'update');
    expect(update?.type === 'update' && getIn(update.object.object, 'status')).toMatchObject({ replicas: 1, readyReplicas: 1, availableReplicas: 1 });
  });

  it('reports an admission refusal as a ReplicaFailure condition while pods are missing', () => {
    const failed = ClusterState.of([replicaSet({ replicas: 2 })]).apply([
      { type: 'event', event: { type: 'Warning', reason: 'FailedCreate', object: 'ReplicaSet/default/web', message: 'Error creating: pods "web-x" is forbidden: exceeded quota: q' } },
    ]);
    const update = reconcileOnce(replicaSetController, failed, 'ReplicaSet/default/web').find((a) => a.type === 'update');
    expect(update?.type === 'update' && getIn(update.object.object, 'status', 'conditions')).toEqual([
      { type: 'ReplicaFailure', status: 'True', lastTransitionTime: '2024-05-01T12:00:00Z', reason: 'FailedCreate', message: 'pods "web-x" is forbidden: exceeded quota: q' },
    ]);
  });
});

// Upstream: pkg/controller/replication/replication_controller.go runs the ReplicaSet controller over RCs.
describe('replicationControllerController', () => {
  it('keeps spec.replicas pods named <rc>-<5 characters>, owned by the ReplicationController', () => {
    const rc = declared({ apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'legacy' }, spec: { replicas: 2, selector: { app: 'web' }, template: template() } });
    const { state } = runToFixedPoint([node('node-1'), rc], { controllers });
    expect(state.list('Pod').map((p) => [p.name.slice(0, 7), getIn(p.object, 'metadata', 'ownerReferences', 0, 'kind')])).toEqual([
      ['legacy-', 'ReplicationController'],
      ['legacy-', 'ReplicationController'],
    ]);
  });
});
