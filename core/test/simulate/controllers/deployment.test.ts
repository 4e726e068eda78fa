import { describe, expect, it } from 'vitest';
import { ClusterState } from '../../../src/cluster/cluster-state.js';
import { asNumber, getIn, type Obj } from '../../../src/model/fields.js';
import type { SimObject } from '../../../src/simulate/types.js';
import { declared, node, runToFixedPoint, template, type Schedule } from './run-to-fixed-point.js';

function deployment(spec: Obj = {}, metadata: Obj = {}): SimObject {
  return declared({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', ...metadata }, spec: { selector: { matchLabels: { app: 'web' } }, template: template(), ...spec } });
}

const replicas = (rs: SimObject | undefined): number | undefined => asNumber(getIn(rs?.object, 'spec', 'replicas'));
const imageOf = (pod: SimObject): unknown => getIn(pod.object, 'spec', 'containers', 0, 'image');
const withImage = (image: string): Obj => template({ app: 'web' }, { containers: [{ name: 'app', image }] });

/** A cluster where the Deployment already ran `nginx:1.27` to completion, then its template changes. */
function rolledOut(spec: Obj): { state: ClusterState; oldRS: SimObject } {
  const { state } = runToFixedPoint([node('node-1'), deployment(spec)]);
  const oldRS = state.list('ReplicaSet')[0] as SimObject;
  const changed = state.apply([{ type: 'update', object: { ...(state.get('Deployment/default/web') as SimObject), object: { ...deployment({ ...spec, template: withImage('nginx:1.28') }).object, status: getIn(state.get('Deployment/default/web')?.object, 'status') } } }]);
  return { state: changed, oldRS };
}

// Upstream: pkg/controller/deployment/deployment_controller.go syncDeployment, sync.go getNewReplicaSet,
// rolling.go, recreate.go, progress.go; deployment_controller_test.go TestSyncDeploymentCreatesReplicaSet.
describe('deploymentController: a fresh Deployment', () => {
  const { state, events } = runToFixedPoint([node('node-1'), deployment({ replicas: 3 }, { annotations: { team: 'shop' } })]);
  const rs = state.list('ReplicaSet')[0] as SimObject;
  const hash = rs.name.slice('web-'.length);

  it('creates one ReplicaSet <deployment>-<pod-template-hash> with the hash in its labels, selector and template', () => {
    expect(state.list('ReplicaSet')).toHaveLength(1);
    expect(rs.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]+$/);
    expect(rs.owner).toBe('Deployment/default/web');
    expect(getIn(rs.object, 'metadata', 'labels')).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(getIn(rs.object, 'spec', 'selector')).toEqual({ matchLabels: { app: 'web', 'pod-template-hash': hash } });
    expect(getIn(rs.object, 'spec', 'template', 'metadata', 'labels')).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(getIn(rs.object, 'metadata', 'ownerReferences', 0)).toMatchObject({ kind: 'Deployment', name: 'web', controller: true });
  });

  it('annotates the ReplicaSet with the revision, the desired and max replicas, and the Deployment annotations', () => {
    expect(getIn(rs.object, 'metadata', 'annotations')).toEqual({
      team: 'shop',
      'deployment.kubernetes.io/revision': '1',
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
    });
    expect(getIn(state.get('Deployment/default/web')?.object, 'metadata', 'annotations', 'deployment.kubernetes.io/revision')).toBe('1');
  });

  it('ends with three pods of the ReplicaSet, owned by the Deployment', () => {
    expect(state.list('Pod').map((p) => [p.name.startsWith(`${rs.name}-`), p.owner, getIn(p.object, 'metadata', 'labels', 'pod-template-hash')])).toEqual(
      Array(3).fill([true, 'Deployment/default/web', hash]),
    );
  });

  it('reports a complete rollout in its status', () => {
    const status = getIn(state.get('Deployment/default/web')?.object, 'status') as Obj;
    expect(status).toMatchObject({ observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3, unavailableReplicas: 0 });
    expect((status.conditions as Obj[]).map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
      ['Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${rs.name}" has successfully progressed.`],
    ]);
  });

  it('records the scaling event in upstream words', () => {
    expect(events).toContainEqual({ type: 'Normal', reason: 'ScalingReplicaSet', object: 'Deployment/default/web', message: `Scaled up replica set ${rs.name} from 0 to 3` });
  });
});

describe('deploymentController: spec variants', () => {
  it.each([
    { name: 'replicas defaults to 1', spec: {}, rsReplicas: 1, pods: 1 },
    { name: 'zero replicas make an empty ReplicaSet', spec: { replicas: 0 }, rsReplicas: 0, pods: 0 },
    { name: 'Recreate sizes the new ReplicaSet to replicas at once', spec: { replicas: 2, strategy: { type: 'Recreate' } }, rsReplicas: 2, pods: 2 },
  ])('$name', ({ spec, rsReplicas, pods }) => {
    const { state } = runToFixedPoint([node('node-1'), deployment(spec)]);
    expect(replicas(state.list('ReplicaSet')[0])).toBe(rsReplicas);
    expect(state.list('Pod')).toHaveLength(pods);
  });

  it('a paused Deployment creates no ReplicaSet and says it is paused', () => {
    const { state } = runToFixedPoint([node('node-1'), deployment({ replicas: 2, paused: true })]);
    expect(state.list('ReplicaSet')).toEqual([]);
    expect(getIn(state.get('Deployment/default/web')?.object, 'status', 'conditions')).toContainEqual(
      expect.objectContaining({ type: 'Progressing', status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' }),
    );
  });

  it('a changed replica count scales the only ReplicaSet (a scaling event, sync.go scale)', () => {
    const { state } = runToFixedPoint([node('node-1'), deployment({ replicas: 2 })]);
    const rsName = state.list('ReplicaSet')[0]?.name;
    const scaled = state.apply([{ type: 'update', object: { ...deployment({ replicas: 5 }), object: { ...deployment({ replicas: 5 }).object, status: getIn(state.get('Deployment/default/web')?.object, 'status') } } }]);
    const after = runToFixedPoint(scaled);
    expect(after.state.list('ReplicaSet').map((rs) => [rs.name, replicas(rs), getIn(rs.object, 'metadata', 'annotations', 'deployment.kubernetes.io/desired-replicas')])).toEqual([[rsName, 5, '5']]);
    expect(after.state.list('Pod')).toHaveLength(5);
    expect(after.events).toContainEqual(expect.objectContaining({ reason: 'ScalingReplicaSet', message: `Scaled up replica set ${rsName} from 2 to 5` }));
  });
});

// ResolveFenceposts and the rollout arithmetic: core/test/simulate/rollout/rolling-update-math.test.ts.

// rolling.go rolloutRolling, recreate.go rolloutRecreate; control-plane-semantics §9.4 and §9.5 examples.
describe('deploymentController: an existing old ReplicaSet', () => {
  it('a rolling update replaces every old pod and leaves the old ReplicaSet at 0, never above replicas + maxSurge', () => {
    const { state, oldRS } = rolledOut({ replicas: 4 });
    const { state: end, history } = runToFixedPoint(state);
    const newRS = end.list('ReplicaSet').find((rs) => rs.key !== oldRS.key);
    expect([replicas(end.get(oldRS.key)), replicas(newRS)]).toEqual([0, 4]);
    expect(end.list('Pod').map(imageOf)).toEqual(Array(4).fill('nginx:1.28'));
    expect(getIn(newRS?.object, 'metadata', 'annotations', 'deployment.kubernetes.io/revision')).toBe('2');
    expect(Math.max(...history.map((s) => s.list('ReplicaSet').reduce((n, rs) => n + (replicas(rs) ?? 0), 0)))).toBeLessThanOrEqual(5);
  });

  it('a rolling update whose new pods cannot be scheduled stops at 3 old and 2 new pods (4 replicas, 25%/25%)', () => {
    const newPodsStayPending: Schedule = (pod) => (imageOf(pod) === 'nginx:1.28' ? undefined : 'node-1');
    const { state, oldRS } = rolledOut({ replicas: 4 });
    const { state: end } = runToFixedPoint(state, { schedule: newPodsStayPending });
    const newRS = end.list('ReplicaSet').find((rs) => rs.key !== oldRS.key);
    expect([replicas(end.get(oldRS.key)), replicas(newRS)]).toEqual([3, 2]);
    expect(getIn(end.get('Deployment/default/web')?.object, 'status')).toMatchObject({ replicas: 5, updatedReplicas: 2, availableReplicas: 3 });
  });

  it('a replicas change during a stuck rollout is shared in proportion: 3 old + 2 new become 6 + 4 for 8 replicas', () => {
    const newPodsStayPending: Schedule = (pod) => (imageOf(pod) === 'nginx:1.28' ? undefined : 'node-1');
    const { state, oldRS } = rolledOut({ replicas: 4 });
    const stuck = runToFixedPoint(state, { schedule: newPodsStayPending }).state;
    const current = stuck.get('Deployment/default/web') as SimObject;
    const bigger = { ...current, object: { ...current.object, spec: { ...(current.object.spec as Obj), replicas: 8 } } };
    const { state: end, events } = runToFixedPoint(stuck.apply([{ type: 'update', object: bigger }]), { schedule: newPodsStayPending });
    const newRS = end.list('ReplicaSet').find((rs) => rs.key !== oldRS.key);
    expect([replicas(end.get(oldRS.key)), replicas(newRS)]).toEqual([6, 4]);
    expect(getIn(newRS?.object, 'metadata', 'annotations')).toMatchObject({ 'deployment.kubernetes.io/desired-replicas': '8', 'deployment.kubernetes.io/max-replicas': '10' });
    expect(events).toContainEqual(expect.objectContaining({ message: `Scaled up replica set ${oldRS.name} from 3 to 6` }));
  });

  it('Recreate scales the old ReplicaSet to 0 before it creates the new one', () => {
    const { state, oldRS } = rolledOut({ replicas: 2, strategy: { type: 'Recreate' } });
    const { state: end, history } = runToFixedPoint(state);
    const both = history.filter((s) => s.list('Pod').some((p) => imageOf(p) === 'nginx:1.27') && s.list('Pod').some((p) => imageOf(p) === 'nginx:1.28'));
    expect(both).toEqual([]);
    expect(replicas(end.get(oldRS.key))).toBe(0);
    expect(end.list('Pod').map(imageOf)).toEqual(['nginx:1.28', 'nginx:1.28']);
  });

  it('old empty ReplicaSets beyond revisionHistoryLimit are deleted once the rollout is complete', () => {
    const { state, oldRS } = rolledOut({ replicas: 1, revisionHistoryLimit: 0 });
    const { state: end } = runToFixedPoint(state);
    expect(end.get(oldRS.key)).toBeUndefined();
    expect(end.list('ReplicaSet')).toHaveLength(1);
  });
});
