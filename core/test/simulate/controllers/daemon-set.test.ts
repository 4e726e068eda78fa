import { describe, expect, it } from 'vitest';
import { ClusterState } from '../../../src/cluster/cluster-state.js';
import { getIn, type Obj } from '../../../src/model/fields.js';
import { nodeShouldRunDaemonPod, withDaemonTolerations } from '../../../src/simulate/controllers/daemon-set-pods.js';
import { daemonSetController } from '../../../src/simulate/controllers/daemon-set.js';
import type { SimObject } from '../../../src/simulate/types.js';
import { declared, node, reconcileOnce, runToFixedPoint, template } from './run-to-fixed-point.js';

function daemonSet(podSpec: Obj = {}): SimObject {
  return declared({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'agent' } }, template: template({ app: 'agent' }, podSpec) } });
}

const controllers = [daemonSetController];
const controlPlane = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };
const nodeInfo = (n: SimObject): ReturnType<ClusterState['nodes']>[number] => ClusterState.of([n]).nodes()[0] as ReturnType<ClusterState['nodes']>[number];
const podNodes = (state: ClusterState): unknown[] => state.list('Pod').map((p) => getIn(p.object, 'spec', 'nodeName'));

// Upstream: pkg/controller/daemon/daemon_controller.go NodeShouldRunDaemonPod; daemon_controller_test.go
// TestNodeShouldRunDaemonPod, TestNodeAffinityDaemonLaunchesPods, TestTaintedNodeDaemonDoesNotLaunchIntolerantPod.
describe('nodeShouldRunDaemonPod', () => {
  it.each([
    { name: 'a plain node runs the pod', node: node('n1'), spec: {}, verdict: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'a nodeSelector the node does not match keeps the pod off', node: node('n1'), spec: { nodeSelector: { disk: 'ssd' } }, verdict: { shouldRun: false, shouldContinueRunning: false } },
    { name: 'a nodeSelector the node matches lets it run', node: node('n1', { labels: { disk: 'ssd' } }), spec: { nodeSelector: { disk: 'ssd' } }, verdict: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'a template nodeName of another node keeps the pod off', node: node('n1'), spec: { nodeName: 'n2' }, verdict: { shouldRun: false, shouldContinueRunning: false } },
    { name: 'an untolerated NoSchedule taint stops new pods but keeps running ones', node: node('n1', { taints: [controlPlane] }), spec: {}, verdict: { shouldRun: false, shouldContinueRunning: true } },
    { name: 'an untolerated NoExecute taint removes the pod', node: node('n1', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }] }), spec: {}, verdict: { shouldRun: false, shouldContinueRunning: false } },
    { name: 'a tolerated taint lets it run', node: node('n1', { taints: [controlPlane] }), spec: { tolerations: [{ key: controlPlane.key, operator: 'Exists', effect: 'NoSchedule' }] }, verdict: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'a cordoned node still runs daemon pods (they tolerate unschedulable)', node: node('n1', { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }] }), spec: {}, verdict: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'a node under memory pressure still runs daemon pods', node: node('n1', { taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule' }] }), spec: {}, verdict: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'a network-unavailable node runs only host-network daemon pods', node: node('n1', { taints: [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }] }), spec: {}, verdict: { shouldRun: false, shouldContinueRunning: true } },
    { name: 'a host-network daemon pod tolerates network-unavailable', node: node('n1', { taints: [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }] }), spec: { hostNetwork: true }, verdict: { shouldRun: true, shouldContinueRunning: true } },
  ])('$name', ({ node: n, spec, verdict }) => {
    expect(nodeShouldRunDaemonPod(nodeInfo(n), withDaemonTolerations(spec))).toEqual(verdict);
  });
});

// util/daemonset_util.go AddOrUpdateDaemonPodTolerations (control-plane-semantics §4.5).
describe('withDaemonTolerations', () => {
  it('adds the six forever-tolerations in upstream order after the template own', () => {
    const tolerations = withDaemonTolerations({ tolerations: [{ key: 'gpu', operator: 'Exists' }] }).tolerations as Obj[];
    expect(tolerations.map((t) => `${String(t.key)}:${String(t.effect)}`)).toEqual([
      'gpu:undefined',
      'node.kubernetes.io/not-ready:NoExecute',
      'node.kubernetes.io/unreachable:NoExecute',
      'node.kubernetes.io/disk-pressure:NoSchedule',
      'node.kubernetes.io/memory-pressure:NoSchedule',
      'node.kubernetes.io/pid-pressure:NoSchedule',
      'node.kubernetes.io/unschedulable:NoSchedule',
    ]);
    expect(tolerations.slice(1).every((t) => t.operator === 'Exists' && t.tolerationSeconds === undefined)).toBe(true);
  });

  it('replaces a matching toleration that has tolerationSeconds, in place', () => {
    const spec = { tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }] };
    expect((withDaemonTolerations(spec).tolerations as Obj[])[0]).toEqual({ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' });
  });

  it('adds network-unavailable for host-network pods only', () => {
    const keys = (spec: Obj): unknown[] => (withDaemonTolerations(spec).tolerations as Obj[]).map((t) => t.key);
    expect(keys({ hostNetwork: true })).toContain('node.kubernetes.io/network-unavailable');
    expect(keys({})).not.toContain('node.kubernetes.io/network-unavailable');
  });
});

// daemon_controller.go manage / syncNodes / updateDaemonSetStatus; TestSimpleDaemonSetLaunchesPods.
describe('daemonSetController', () => {
  it('runs one pod per eligible node and none on a tainted control-plane node', () => {
    const { state } = runToFixedPoint([node('cp', { taints: [controlPlane] }), node('w1'), node('w2'), daemonSet()], { controllers });
    expect(podNodes(state)).toEqual(['w1', 'w2']);
    expect(getIn(state.get('DaemonSet/default/agent')?.object, 'status')).toEqual({
      currentNumberScheduled: 2,
      numberMisscheduled: 0,
      desiredNumberScheduled: 2,
      numberReady: 2,
      observedGeneration: 1,
      updatedNumberScheduled: 2,
      numberAvailable: 2,
      numberUnavailable: 0,
    });
  });

  it('names pods <ds>-<5 characters>, pins them with a metadata.name term and labels them with the revision', () => {
    const affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/os', operator: 'In', values: ['linux'] }] }] } } };
    const state = ClusterState.of([node('w1'), { ...daemonSet({ affinity }), seq: 1 }]);
    const pod = reconcileOnce(daemonSetController, state, 'DaemonSet/default/agent').find((a) => a.type === 'create');
    const object = pod?.type === 'create' ? pod.object : undefined;
    expect(object?.name).toMatch(/^agent-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(object?.owner).toBe('DaemonSet/default/agent');
    expect(getIn(object?.object, 'spec', 'affinity')).toEqual({
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['w1'] }] }] } },
    });
    expect(getIn(object?.object, 'metadata', 'labels')).toMatchObject({ app: 'agent', 'pod-template-generation': '1', 'controller-revision-hash': expect.stringMatching(/^[bcdfghjklmnpqrstvwxz2456789]+$/) });
    expect(getIn(object?.object, 'spec', 'tolerations')).toHaveLength(6);
  });

  it('keeps a pending pod on its node instead of making another one', () => {
    const { state } = runToFixedPoint([node('w1'), daemonSet()], { controllers, schedule: () => undefined });
    expect(state.list('Pod')).toHaveLength(1);
    expect(getIn(state.get('DaemonSet/default/agent')?.object, 'status')).toMatchObject({ desiredNumberScheduled: 1, currentNumberScheduled: 1, numberReady: 0, numberUnavailable: 1 });
  });

  it('removes the pod from a node that gains an untolerated NoExecute taint, and keeps it on a NoSchedule one', () => {
    const { state } = runToFixedPoint([node('w1'), node('w2'), daemonSet()], { controllers });
    const tainted = state.apply([
      { type: 'update', object: { ...node('w1', { taints: [{ key: 'maintenance', effect: 'NoExecute' }] }), seq: 0 } },
      { type: 'update', object: { ...node('w2', { taints: [{ key: 'maintenance', effect: 'NoSchedule' }] }), seq: 1 } },
    ]);
    const { state: end } = runToFixedPoint(tainted, { controllers });
    expect(podNodes(end)).toEqual(['w2']);
    expect(getIn(end.get('DaemonSet/default/agent')?.object, 'status')).toMatchObject({ desiredNumberScheduled: 0, numberMisscheduled: 1 });
  });

  it('deletes all but the oldest of several pods on one node', () => {
    const { state } = runToFixedPoint([node('w1'), daemonSet()], { controllers });
    const [first] = state.list('Pod');
    const twin = { ...(first as SimObject), key: 'Pod/default/agent-twin', name: 'agent-twin', object: { ...(first as SimObject).object, metadata: { ...((first as SimObject).object.metadata as Obj), name: 'agent-twin' } } };
    const doubled = state.apply([{ type: 'create', object: twin }]);
    const deletes = reconcileOnce(daemonSetController, doubled, 'DaemonSet/default/agent').flatMap((a) => (a.type === 'delete' ? [a.key] : []));
    expect(deletes).toEqual(['Pod/default/agent-twin']);
  });
});

/** The DaemonSet after a template change to `image` (and `updateStrategy`), its status kept. */
function changed(state: ClusterState, image: string, updateStrategy?: Obj): ClusterState {
  const current = state.get('DaemonSet/default/agent') as SimObject;
  const next = daemonSet({ containers: [{ name: 'app', image }] });
  const spec = { ...(next.object.spec as Obj), ...(updateStrategy === undefined ? {} : { updateStrategy }) };
  return state.apply([{ type: 'update', object: { ...current, object: { ...next.object, spec, status: current.object.status } } }]);
}

const imagesByNode = (state: ClusterState): string[] => state.list('Pod').map((p) => `${String(getIn(p.object, 'spec', 'nodeName'))}:${String(getIn(p.object, 'spec', 'containers', 0, 'image'))}`).sort();
const most = (history: readonly ClusterState[]): number => Math.max(...history.map((s) => s.list('Pod').length));

// update.go rollingUpdate with the manage loop; update_test.go TestDaemonSetUpdatesPods,
// TestDaemonSetUpdatesPodsWithMaxSurge, TestDaemonSetUpdatesNoTemplateChanged.
describe('daemonSetController: a template change', () => {
  const three = [node('w1'), node('w2'), node('w3'), daemonSet()];

  it('with maxUnavailable 1 replaces the pods one node at a time, never more than one pod per node', () => {
    const { state } = runToFixedPoint(three, { controllers });
    const { state: end, history } = runToFixedPoint(changed(state, 'nginx:1.28'), { controllers });
    expect(imagesByNode(end)).toEqual(['w1:nginx:1.28', 'w2:nginx:1.28', 'w3:nginx:1.28']);
    expect(most(history)).toBe(3);
    expect(Math.min(...history.map((s) => s.list('Pod').length))).toBe(2);
    expect(getIn(end.get('DaemonSet/default/agent')?.object, 'status')).toMatchObject({ updatedNumberScheduled: 3, numberAvailable: 3 });
  });

  it('with maxSurge 1 starts each new pod beside the old one, never fewer than 3 pods', () => {
    const { state } = runToFixedPoint(three, { controllers });
    const { state: end, history } = runToFixedPoint(changed(state, 'nginx:1.28', { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }), { controllers });
    expect(imagesByNode(end)).toEqual(['w1:nginx:1.28', 'w2:nginx:1.28', 'w3:nginx:1.28']);
    expect(most(history)).toBe(4);
    expect(Math.min(...history.map((s) => s.list('Pod').length))).toBe(3);
  });

  it('with OnDelete keeps the old pods', () => {
    const { state } = runToFixedPoint(three, { controllers });
    const { state: end } = runToFixedPoint(changed(state, 'nginx:1.28', { type: 'OnDelete' }), { controllers });
    expect(imagesByNode(end)).toEqual(['w1:nginx:1.27', 'w2:nginx:1.27', 'w3:nginx:1.27']);
  });

  it('without a template change replaces nothing, even with a new maxUnavailable', () => {
    const { state } = runToFixedPoint(three, { controllers });
    expect(reconcileOnce(daemonSetController, changed(state, 'nginx:1.27', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 3 } }), 'DaemonSet/default/agent').filter((a) => a.type !== 'update')).toEqual([]);
  });

  it('counts a pod of the template generation the API server annotated as updated (a dumped cluster)', () => {
    const { state } = runToFixedPoint(three, { controllers });
    const relabelled = state.list('Pod').map((p) => ({ type: 'update' as const, object: { ...p, object: { ...p.object, metadata: { ...(p.object.metadata as Obj), labels: { app: 'agent', 'controller-revision-hash': '6b8f9c7d5f', 'pod-template-generation': '3' } } } } }));
    const ds = state.get('DaemonSet/default/agent') as SimObject;
    const annotated = { ...ds, object: { ...ds.object, metadata: { ...(ds.object.metadata as Obj), annotations: { 'deprecated.daemonset.template.generation': '3' } } } };
    const dumped = state.apply([...relabelled, { type: 'update', object: annotated }]);
    expect(reconcileOnce(daemonSetController, dumped, 'DaemonSet/default/agent').filter((a) => a.type === 'delete')).toEqual([]);
  });
});
