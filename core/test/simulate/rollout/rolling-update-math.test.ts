// The rollout arithmetic of the three controllers, table-driven against upstream's own cases.
import { describe, expect, it } from 'vitest';
import { getIn, type Obj } from '../../../src/model/fields.js';
import { readDaemonSetUpdate, rollingUpdate } from '../../../src/simulate/controllers/daemon-set-update.js';
import { cleanupUnhealthyReplicas, newRSNewReplicas, reconcileNewReplicaSet, reconcileOldReplicaSets, scaleDownOldForRollingUpdate } from '../../../src/simulate/controllers/deployment-rollout.js';
import { readDeployment, resolveFenceposts, type DeploymentView } from '../../../src/simulate/controllers/deployment-spec.js';
import { ReplicaSetScaling } from '../../../src/simulate/controllers/replica-set-scaling.js';
import { podsToUpdate, readUpdateStrategy, statefulSetMaxUnavailable } from '../../../src/simulate/controllers/stateful-set-update.js';
import type { SimObject } from '../../../src/simulate/types.js';
import { declared } from '../controllers/run-to-fixed-point.js';

function deployment(replicas: number, maxSurge: unknown, maxUnavailable: unknown, type = 'RollingUpdate'): SimObject {
  const strategy = type === 'Recreate' ? { type } : { type, rollingUpdate: { maxSurge, maxUnavailable } };
  return declared({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'foo' }, spec: { replicas, strategy, selector: { matchLabels: { foo: 'bar' } } } });
}

/** A ReplicaSet of `replicas` whose status counts `available` available pods; `seq` orders them oldest first. */
function rs(name: string, replicas: number, available = 0, seq = 0): SimObject {
  return declared({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name }, spec: { replicas }, status: { availableReplicas: available } }, seq);
}

function scalingOf(d: SimObject): { view: DeploymentView; scaling: ReplicaSetScaling } {
  const view = readDeployment(d);
  return { view, scaling: new ReplicaSetScaling(d, view) };
}

// pkg/controller/deployment/util/deployment_util_test.go TestResolveFenceposts (+ control-plane-semantics §9.3).
describe('resolveFenceposts', () => {
  it.each([
    { surge: '0%', unavailable: '0%', desired: 0, expected: { surge: 0, unavailable: 1 } },
    { surge: '39%', unavailable: '39%', desired: 10, expected: { surge: 4, unavailable: 3 } },
    { surge: undefined, unavailable: '39%', desired: 10, expected: { surge: 0, unavailable: 3 } },
    { surge: '39%', unavailable: undefined, desired: 10, expected: { surge: 4, unavailable: 0 } },
    { surge: undefined, unavailable: undefined, desired: 10, expected: { surge: 0, unavailable: 1 } },
    { surge: '25%', unavailable: '25%', desired: 4, expected: { surge: 1, unavailable: 1 } },
    { surge: '30%', unavailable: '30%', desired: 10, expected: { surge: 3, unavailable: 3 } },
    { surge: 0, unavailable: '20%', desired: 3, expected: { surge: 0, unavailable: 1 } },
  ])('surge $surge and unavailable $unavailable of $desired resolve to $expected.surge/$expected.unavailable', ({ surge, unavailable, desired, expected }) => {
    expect(resolveFenceposts(surge, unavailable, desired)).toEqual(expected);
  });
});

// deployment_util_test.go TestMaxUnavailable: MaxUnavailable(d) is capped at replicas, 0 for 0 replicas and Recreate.
describe('MaxUnavailable of a Deployment', () => {
  it.each([
    { name: 'less than replicas', replicas: 10, unavailable: 5, expected: 5 },
    { name: 'equal to replicas', replicas: 10, unavailable: 10, expected: 10 },
    { name: 'greater than replicas is capped', replicas: 5, unavailable: 10, expected: 5 },
    { name: 'zero replicas', replicas: 0, unavailable: 10, expected: 0 },
    { name: 'less than replicas in percent', replicas: 10, unavailable: '50%', expected: 5 },
    { name: 'greater than replicas in percent is capped', replicas: 5, unavailable: '100%', expected: 5 },
  ])('maxUnavailable $name', ({ replicas, unavailable, expected }) => {
    expect(readDeployment(deployment(replicas, 1, unavailable)).maxUnavailable).toBe(expected);
  });

  it('is 0, and maxSurge 0, for a Recreate Deployment', () => {
    expect(readDeployment(deployment(3, undefined, undefined, 'Recreate'))).toMatchObject({ maxSurge: 0, maxUnavailable: 0, recreate: true });
  });
});

// deployment_util_test.go TestNewRSNewReplicas: the other ReplicaSet has 5 replicas.
describe('newRSNewReplicas', () => {
  it.each([
    { name: 'cannot scale up past replicas + maxSurge', type: 'RollingUpdate', replicas: 1, newReplicas: 5, maxSurge: 1, expected: 5 },
    { name: 'scales up to the Deployment replicas', type: 'RollingUpdate', replicas: 6, newReplicas: 2, maxSurge: 10, expected: 6 },
    { name: 'Recreate goes straight to the Deployment replicas', type: 'Recreate', replicas: 3, newReplicas: 1, maxSurge: 1, expected: 3 },
  ])('$name', ({ type, replicas, newReplicas, maxSurge, expected }) => {
    const { view, scaling } = scalingOf(deployment(replicas, maxSurge, 1, type));
    const newRS = rs('foo-new', newReplicas, 0, 1);
    expect(newRSNewReplicas(view, [rs('foo-5', 5), newRS], newRS, scaling)).toBe(expected);
  });
});

// rolling_test.go TestDeploymentController_reconcileNewReplicaSet (maxUnavailable 0).
describe('reconcileNewReplicaSet', () => {
  it.each([
    { name: 'no surge, old at full size: no scale-up', replicas: 10, maxSurge: 0, old: 10, new: 0, scaled: false, expected: 0 },
    { name: 'surge 2 over a full old ReplicaSet adds 2', replicas: 10, maxSurge: 2, old: 10, new: 0, scaled: true, expected: 2 },
    { name: 'surge 2 over a half old ReplicaSet adds 7', replicas: 10, maxSurge: 2, old: 5, new: 0, scaled: true, expected: 7 },
    { name: 'surge already used: no scale-up', replicas: 10, maxSurge: 2, old: 10, new: 2, scaled: false, expected: 2 },
    { name: 'a new ReplicaSet above replicas is scaled down to them', replicas: 10, maxSurge: 2, old: 2, new: 11, scaled: true, expected: 10 },
  ])('$name', ({ replicas, maxSurge, old, new: size, scaled, expected }) => {
    const { view, scaling } = scalingOf(deployment(replicas, maxSurge, 0));
    const newRS = rs('foo-new', size, 0, 1);
    expect(reconcileNewReplicaSet(view, [rs('foo-old', old), newRS], newRS, scaling)).toBe(scaled);
    expect(scaling.replicasOf(newRS)).toBe(expected);
  });
});

// rolling_test.go TestDeploymentController_reconcileOldReplicaSets (maxSurge 0).
describe('reconcileOldReplicaSets', () => {
  it.each([
    { name: 'maxUnavailable 0 (resolved to 1) takes one old pod', unavailable: 0, old: 10, new: 0, oldReady: 10, newReady: 0, scaled: true, expected: 9 },
    { name: 'maxUnavailable 2 takes two old pods', unavailable: 2, old: 10, new: 0, oldReady: 10, newReady: 0, scaled: true, expected: 8 },
    { name: 'two unhealthy old pods are cleaned up first', unavailable: 2, old: 10, new: 0, oldReady: 8, newReady: 0, scaled: true, expected: 8 },
    { name: 'one unhealthy old pod is cleaned up, then one ready one scaled down', unavailable: 2, old: 10, new: 0, oldReady: 9, newReady: 0, scaled: true, expected: 8 },
    { name: 'unavailable new pods block any further scale-down', unavailable: 2, old: 8, new: 2, oldReady: 8, newReady: 0, scaled: false, expected: 8 },
  ])('$name', ({ unavailable, old, new: size, oldReady, newReady, scaled, expected }) => {
    const { view, scaling } = scalingOf(deployment(10, 0, unavailable));
    const oldRS = rs('foo-old', old, oldReady);
    expect(reconcileOldReplicaSets(view, rs('foo-new', size, newReady, 1), [oldRS], scaling)).toBe(scaled);
    expect(scaling.replicasOf(oldRS)).toBe(expected);
  });
});

// rolling_test.go TestDeploymentController_cleanupUnhealthyReplicas (10 replicas, 2/2).
describe('cleanupUnhealthyReplicas', () => {
  it.each([
    { name: 'stops at maxCleanupCount 1', ready: 8, maxCleanup: 1, expected: 1 },
    { name: 'removes only the 2 unhealthy pods under maxCleanupCount 3', ready: 8, maxCleanup: 3, expected: 2 },
    { name: 'removes nothing with maxCleanupCount 0', ready: 8, maxCleanup: 0, expected: 0 },
    { name: 'removes nothing when every pod is healthy', ready: 10, maxCleanup: 3, expected: 0 },
  ])('$name', ({ ready, maxCleanup, expected }) => {
    const { scaling } = scalingOf(deployment(10, 2, 2));
    expect(cleanupUnhealthyReplicas([rs('foo-v2', 10, ready)], maxCleanup, scaling)).toBe(expected);
  });
});

// rolling_test.go TestDeploymentController_scaleDownOldReplicaSetsForRollingUpdate (maxSurge 0, no new ReplicaSet).
describe('scaleDownOldForRollingUpdate', () => {
  it.each([
    { name: 'maxUnavailable 0 (resolved to 1) scales 10 down to 9', unavailable: 0, ready: 10, old: 10, expected: 9 },
    { name: 'maxUnavailable 2 scales 10 down to 8', unavailable: 2, ready: 10, old: 10, expected: 8 },
    { name: 'only 8 available: no scale-down below minAvailable', unavailable: 2, ready: 8, old: 10, expected: 10 },
    { name: 'an empty old ReplicaSet stays empty', unavailable: 2, ready: 10, old: 0, expected: 0 },
    { name: 'one available pod: no scale-down', unavailable: 2, ready: 1, old: 10, expected: 10 },
  ])('$name', ({ unavailable, ready, old, expected }) => {
    const { view, scaling } = scalingOf(deployment(10, 0, unavailable));
    const oldRS = rs('foo-v2', old, ready);
    scaleDownOldForRollingUpdate(view, [oldRS], [oldRS], scaling);
    expect(scaling.replicasOf(oldRS)).toBe(expected);
  });
});

/** A StatefulSet member: its revision and whether it is Running and Ready. */
function member(ordinal: number, revision: string, ready = true): SimObject {
  const status = ready ? { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } : { phase: 'Pending' };
  return declared({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `db-${ordinal}`, labels: { 'controller-revision-hash': revision } }, spec: { nodeName: ready ? 'n1' : undefined }, status });
}

const isUpdated = (pod: SimObject): boolean => getIn(pod.object, 'metadata', 'labels', 'controller-revision-hash') === 'new';
const names = (pods: readonly SimObject[]): string[] => pods.map((p) => p.name);

// stateful_set_control.go updateStatefulSetAfterInvariantEstablished; stateful_set_control_test.go
// TestStatefulSetControlRollingUpdateWithPartition (partition 2: ordinals 0 and 1 keep the old revision) and the
// MaxUnavailableStatefulSet cases (getStatefulSetMaxUnavailable: default 1, percent rounds down, at least 1).
describe('StatefulSet rolling update', () => {
  it.each([
    { raw: undefined, replicas: 5, expected: 1 },
    { raw: 2, replicas: 5, expected: 2 },
    { raw: '50%', replicas: 5, expected: 2 },
    { raw: '10%', replicas: 5, expected: 1 },
  ])('maxUnavailable $raw of $replicas replicas is $expected', ({ raw, replicas, expected }) => {
    expect(statefulSetMaxUnavailable(raw, replicas)).toBe(expected);
  });

  it.each([
    { name: 'deletes the highest old ordinal first', spec: {}, members: [member(0, 'old'), member(1, 'old'), member(2, 'old')], deleted: ['db-2'] },
    { name: 'skips updated ordinals and takes the next one down', spec: {}, members: [member(0, 'old'), member(1, 'old'), member(2, 'new')], deleted: ['db-1'] },
    { name: 'leaves ordinals below the partition alone', spec: { rollingUpdate: { partition: 2 } }, members: [member(0, 'old'), member(1, 'old'), member(2, 'new')], deleted: [] },
    { name: 'updates at and above the partition', spec: { rollingUpdate: { partition: 2 } }, members: [member(0, 'old'), member(1, 'old'), member(2, 'old'), member(3, 'old')], deleted: ['db-3'] },
    { name: 'waits while a member is unavailable', spec: {}, members: [member(0, 'old'), member(1, 'old'), member(2, 'new', false)], deleted: [] },
    { name: 'counts a missing member as unavailable', spec: {}, members: [member(0, 'old'), member(1, 'old'), undefined], deleted: [] },
    { name: 'maxUnavailable 2 deletes two at once, highest first', spec: { rollingUpdate: { maxUnavailable: 2 } }, members: [member(0, 'old'), member(1, 'old'), member(2, 'old')], deleted: ['db-2', 'db-1'] },
    { name: 'maxUnavailable 2 with one member down deletes one more', spec: { rollingUpdate: { maxUnavailable: 2 } }, members: [member(0, 'old'), member(1, 'old'), member(2, 'new', false)], deleted: ['db-1'] },
    { name: 'OnDelete never deletes', spec: { type: 'OnDelete' }, members: [member(0, 'old'), member(1, 'old')], deleted: [] },
  ])('$name', ({ spec, members, deleted }) => {
    const update = readUpdateStrategy({ updateStrategy: spec } as Obj, members.length);
    expect(names(podsToUpdate(update, members, isUpdated))).toEqual(deleted);
  });
});

function daemonSet(updateStrategy: Obj): SimObject {
  return declared({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'x' }, spec: { updateStrategy } });
}

// pkg/controller/daemon/update_test.go TestGetUnavailableNumbers (updatedDesiredNodeCounts; SurgeCount and
// UnavailableCount round up; both 0 with nodes to run on means maxUnavailable 1).
describe('DaemonSet update bounds', () => {
  it.each([
    { name: 'no nodes, maxUnavailable 0', strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0 } }, desired: 0, expected: { maxSurge: 0, maxUnavailable: 0 } },
    { name: 'two nodes, maxUnavailable 1', strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } }, desired: 2, expected: { maxSurge: 0, maxUnavailable: 1 } },
    { name: 'two nodes, maxUnavailable 0 falls back to 1', strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0 } }, desired: 2, expected: { maxSurge: 0, maxUnavailable: 1 } },
    { name: 'two nodes, surge 0 and unavailable 0 fall back to unavailable 1', strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } }, desired: 2, expected: { maxSurge: 0, maxUnavailable: 1 } },
    { name: 'two nodes, maxUnavailable 50%', strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '50%' } }, desired: 2, expected: { maxSurge: 0, maxUnavailable: 1 } },
    { name: 'two nodes, maxSurge 50%', strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '50%' } }, desired: 2, expected: { maxSurge: 1, maxUnavailable: 0 } },
    { name: 'two nodes, maxSurge 100%', strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '100%' } }, desired: 2, expected: { maxSurge: 2, maxUnavailable: 0 } },
    { name: 'three nodes, maxUnavailable 50% rounds up to 2', strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '50%' } }, desired: 3, expected: { maxSurge: 0, maxUnavailable: 2 } },
    { name: 'defaults: maxUnavailable 1', strategy: {}, desired: 4, expected: { maxSurge: 0, maxUnavailable: 1 } },
  ])('$name', ({ strategy, desired, expected }) => {
    expect(readDaemonSetUpdate(daemonSet(strategy), desired)).toMatchObject(expected);
  });
});

/** A daemon pod on `node`: its revision and readiness. */
function daemonPod(node: string, revision: string, ready = true, seq = 0): SimObject {
  const status = ready ? { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } : { phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }] };
  return declared({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `x-${node}-${revision}`, labels: { 'controller-revision-hash': revision } }, spec: { nodeName: node }, status }, seq);
}

// update.go rollingUpdate; update_test.go TestDaemonSetUpdatesPods, TestDaemonSetUpdatesPodsWithMaxSurge,
// TestDaemonSetUpdatesAllOldPodsNotReady, TestDaemonSetUpdatesWhenNewPodIsNotReady.
describe('DaemonSet rollingUpdate', () => {
  const nodes = (pods: Record<string, SimObject[]>): Map<string, SimObject[]> => new Map(Object.entries(pods));
  const run = (strategy: Obj, pods: Record<string, SimObject[]>): { deleted: string[]; created: string[] } => {
    const byNode = nodes(pods);
    const step = rollingUpdate({ update: readDaemonSetUpdate(daemonSet(strategy), byNode.size), nodes: byNode, shouldRun: () => true, desired: byNode.size, isUpdated });
    return { deleted: names(step.deletePods), created: step.createOn };
  };
  const allOld = { n1: [daemonPod('n1', 'old')], n2: [daemonPod('n2', 'old')], n3: [daemonPod('n3', 'old')], n4: [daemonPod('n4', 'old')] };

  it.each([
    { name: 'maxUnavailable 1 replaces one old pod, first node by name', strategy: {}, pods: allOld, expected: { deleted: ['x-n1-old'], created: [] } },
    { name: 'maxUnavailable 2 replaces two', strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 2 } }, pods: allOld, expected: { deleted: ['x-n1-old', 'x-n2-old'], created: [] } },
    { name: 'a node without a pod uses up the unavailability budget', strategy: {}, pods: { ...allOld, n1: [] }, expected: { deleted: [], created: [] } },
    { name: 'a new pod that is not ready yet uses up the budget', strategy: {}, pods: { ...allOld, n1: [daemonPod('n1', 'new', false)] }, expected: { deleted: [], created: [] } },
    { name: 'old pods that are not ready are all replaced at once', strategy: {}, pods: { n1: [daemonPod('n1', 'old', false)], n2: [daemonPod('n2', 'old', false)], n3: [daemonPod('n3', 'old')] }, expected: { deleted: ['x-n1-old', 'x-n2-old'], created: [] } },
    { name: 'maxSurge 1 starts one new pod beside an old one', strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } }, pods: allOld, expected: { deleted: [], created: ['n1'] } },
    { name: 'maxSurge 1 waits while the surged pod is not available', strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } }, pods: { ...allOld, n1: [daemonPod('n1', 'old'), daemonPod('n1', 'new', false)] }, expected: { deleted: [], created: [] } },
    { name: 'maxSurge 1 deletes the old pod once the new one is available, and surges on the next node', strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } }, pods: { ...allOld, n1: [daemonPod('n1', 'old'), daemonPod('n1', 'new')] }, expected: { deleted: ['x-n1-old'], created: ['n2'] } },
    { name: 'OnDelete does nothing', strategy: { type: 'OnDelete' }, pods: allOld, expected: { deleted: [], created: [] } },
  ])('$name', ({ strategy, pods, expected }) => {
    expect(run(strategy, pods)).toEqual(expected);
  });
});
