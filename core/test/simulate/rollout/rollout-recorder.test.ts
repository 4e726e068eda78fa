// Rollouts end to end: the before manifests run to a steady state on the default cluster (3 workers of 3920m
// cpu, a tainted control-plane node), the after manifests are applied over it, and the recorder's report is
// checked against the controllers' rules (control-plane-semantics §9–11).
import { describe, expect, it } from 'vitest';
import { getIn, type Obj } from '../../../src/model/fields.js';
import type { PlanRollout, RolloutStep } from '../../../src/plan/plan-document.js';
import type { ClusterState } from '../../../src/cluster/cluster-state.js';
import { simulate, type SimulationPhase } from '../../../src/simulate/engine.js';
import { createRolloutRecorder } from '../../../src/simulate/rollout/index.js';
import { asDeclared, daemonSet, deployment, imageBump, NOW, onlyRollout, planRollout, service, settledCluster, statefulSet } from './plan-rollout.js';

const counts = (steps: readonly RolloutStep[]): number[][] => steps.map((s) => [s.old, s.new, s.available, s.total]);
const rolling = (maxSurge: unknown, maxUnavailable: unknown): Obj => ({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } } });
const tolerateControlPlane = { tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] };
const MiB = 1024 * 1024;

describe('a Deployment rolling update', () => {
  it('4 replicas at 25%/25% replace one pod at a time, never below 3 available nor above 5 pods', () => {
    const r = imageBump(deployment, 'web', { replicas: 4 });
    expect(r).toMatchObject({ object: 'Deployment/default/web', strategy: 'RollingUpdate', replicas: 4, maxSurge: 1, maxUnavailable: 1, cause: 'template' });
    expect(counts(r.steps)).toEqual([
      [4, 0, 4, 4],
      [3, 1, 3, 4],
      [3, 2, 4, 5],
      [3, 2, 5, 5],
      [2, 2, 4, 4],
      [2, 3, 4, 5],
      [1, 3, 4, 4],
      [1, 4, 4, 5],
      [1, 4, 5, 5],
      [0, 4, 4, 4],
    ]);
    expect(r).toMatchObject({ minAvailableDuring: 3, maxPodsDuring: 5, peakExtra: { cpu: 500, memory: 256 * MiB }, completed: true, stuck: false, downtime: false });
    expect(r.newRevision).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]+$/);
    expect(r.oldRevisions).toHaveLength(1);
    expect(r.steps[1]?.note).toContain(`scaled ${r.newRevision ?? ''} up to 2`);
    expect(r.steps[1]?.note).toMatch(/deleted pod web-\w+-\w+; created pod web-\w+-\w+ on worker-\d/);
  });

  it('10 replicas at 30%/30% move three pods at a time: at least 7 available, at most 13 pods', () => {
    const spec = rolling('30%', '30%');
    const r = imageBump(deployment, 'web', { replicas: 10, cpu: '100m', spec });
    expect(r).toMatchObject({ maxSurge: 3, maxUnavailable: 3, minAvailableDuring: 7, maxPodsDuring: 13, completed: true, stuck: false, peakExtra: { cpu: 300 } });
    expect(counts(r.steps)[1]).toEqual([7, 3, 7, 10]);
    expect(counts(r.steps).at(-1)).toEqual([0, 10, 10, 10]);
  });

  it('a surge pod that fits nowhere stalls maxUnavailable 0 for good: stuck with the scheduler message', () => {
    const spec = rolling(1, 0);
    const r = imageBump(deployment, 'web', { replicas: 3, cpu: '3', spec });
    expect(counts(r.steps)).toEqual([
      [3, 0, 3, 3],
      [3, 1, 3, 4],
    ]);
    expect(r).toMatchObject({ maxSurge: 1, maxUnavailable: 0, completed: false, stuck: true, minAvailableDuring: 3, maxPodsDuring: 4, peakExtra: { cpu: 3000, memory: 256 * MiB }, progressDeadlineSeconds: 600 });
    expect(r.message).toMatch(/^Pod web-\w+-\w+ is Pending: 0\/4 nodes are available: 1 node\(s\) had untolerated taint\(s\), 3 Insufficient cpu\./);
    expect(r.message).toContain(`After progressDeadlineSeconds (600s) the Deployment reports Progressing=False, reason ProgressDeadlineExceeded: ReplicaSet "${r.newRevision ?? ''}" has timed out progressing.`);
    expect(r.steps[1]?.note).toContain('Pending: 0/4 nodes are available');
  });

  it('4 replicas at 25%/25% whose new pods fit nowhere stop at 3 old and 2 new Pending pods (§9.4)', () => {
    const r = onlyRollout(planRollout([deployment('web', { replicas: 4 })], [deployment('web', { replicas: 4, podSpec: { nodeSelector: { disktype: 'ssd' } } })]));
    expect(counts(r.steps).at(-1)).toEqual([3, 2, 3, 5]);
    expect(r).toMatchObject({ stuck: true, completed: false, minAvailableDuring: 3, maxPodsDuring: 5 });
    expect(r.message).toContain("didn't match Pod's node affinity/selector");
  });

  it('a progressDeadlineSeconds of MaxInt32 never reports ProgressDeadlineExceeded', () => {
    const spec = { ...rolling(1, 0), progressDeadlineSeconds: 2147483647 };
    const r = imageBump(deployment, 'web', { replicas: 3, cpu: '3', spec });
    expect(r.message).toContain('never reports ProgressDeadlineExceeded');
  });

  it('a paused Deployment does not roll out its new template: neither completed nor stuck', () => {
    const r = onlyRollout(planRollout([deployment('web', { replicas: 2 })], [deployment('web', { replicas: 2, image: 'nginx:1.28', spec: { paused: true } })]));
    expect(r).toMatchObject({ completed: false, stuck: false, message: 'The Deployment is paused: the new template rolls out once it is resumed.' });
    expect(counts(r.steps)).toEqual([[2, 0, 2, 2]]);
  });
});

describe('a Deployment with strategy Recreate', () => {
  it('removes every old pod before the first new one starts: the Service has no endpoint in between', () => {
    const spec = { strategy: { type: 'Recreate' } };
    const r = imageBump(deployment, 'web', { replicas: 2, spec }, [service('web', 'web')]);
    expect(counts(r.steps)).toEqual([
      [2, 0, 2, 2],
      [0, 0, 0, 0],
      [0, 2, 0, 2],
      [0, 2, 2, 2],
    ]);
    expect(r).toMatchObject({ strategy: 'Recreate', maxSurge: null, maxUnavailable: null, minAvailableDuring: 0, maxPodsDuring: 2, completed: true });
    expect(r).toMatchObject({ downtime: true, downtimeServices: ['default/web'], downtimeWindow: { fromStep: 1, toStep: 2 } });
  });

  it('a rolling update that renames the container port a Service targets by name takes the Service down', () => {
    const withPort = (name: string): { podSpec: Obj } => ({ podSpec: { containers: [{ name: 'app', image: 'nginx:1.27', ports: [{ name, containerPort: 80 }] }] } });
    const svc = { ...service('web', 'web'), spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }] } };
    const r = onlyRollout(planRollout([deployment('web', { replicas: 2, ...withPort('http') }), svc], [deployment('web', { replicas: 2, ...withPort('web') }), svc]));
    expect(r).toMatchObject({ completed: true, downtime: true, downtimeServices: ['default/web'] });
    expect(r.downtimeWindow).toBeUndefined();
  });

  it('a rolling update behind the same Service keeps it served', () => {
    const r = imageBump(deployment, 'web', { replicas: 2 }, [service('web', 'web')]);
    expect(r).toMatchObject({ downtime: false, downtimeServices: [] });
    expect(r.downtimeWindow).toBeUndefined();
  });
});

describe('a Deployment whose replica count changes', () => {
  it('a scale-down names the pods the ReplicaSet deleted and why (ActivePodsWithRanks)', () => {
    const r = onlyRollout(planRollout([deployment('web', { replicas: 4 })], [deployment('web', { replicas: 2 })]));
    expect(r).toMatchObject({ cause: 'replicas', completed: true, stuck: false, maxPodsDuring: 4, minAvailableDuring: 2 });
    expect(r.scale).toMatchObject({ from: 4, to: 2, added: [] });
    // Four pods on three workers: the two sharing a node go first (rule 5), ahead of either pod alone on its node.
    expect(r.scale?.removed.map((p) => [p.node, p.reason])).toEqual([
      ['worker-1', expect.stringMatching(/^more pods of the workload on its node \(2 on worker-1, 1 on worker-[23]\)$/)],
      ['worker-1', expect.stringMatching(/^more pods of the workload on its node \(2 on worker-1, 1 on worker-[23]\)$/)],
    ]);
  });

  it('a scale-down takes the Pending pod first: it is not scheduled to a node', () => {
    const r = onlyRollout(planRollout([deployment('web', { replicas: 4, cpu: '3' })], [deployment('web', { replicas: 3, cpu: '3' })]));
    expect(r.scale?.removed).toEqual([{ pod: expect.stringMatching(/^default\/web-\w+-\w+$/), node: null, reason: 'not scheduled to a node' }]);
    expect(r).toMatchObject({ completed: true, stuck: false });
    expect(counts(r.steps)).toEqual([
      [0, 4, 3, 4],
      [0, 3, 3, 3],
    ]);
  });

  it('a scale-up lists the new placements', () => {
    const r = onlyRollout(planRollout([deployment('web', { replicas: 2 })], [deployment('web', { replicas: 4 })]));
    expect(r.scale?.added).toHaveLength(2);
    expect(r.scale?.added.every((p) => /^default\/web-\w+-\w+$/.test(p.pod) && p.node?.startsWith('worker-') === true)).toBe(true);
    expect(r.scale?.removed).toEqual([]);
    expect(r.steps.at(-1)).toMatchObject({ old: 0, new: 4, available: 4, total: 4 });
  });

  it('a scale-up whose pods fit nowhere is stuck with the scheduler message', () => {
    const r = onlyRollout(planRollout([deployment('web', { replicas: 1, cpu: '3' })], [deployment('web', { replicas: 4, cpu: '3' })]));
    expect(r).toMatchObject({ cause: 'replicas', stuck: true });
    expect(r.message).toMatch(/^Pod web-\w+-\w+ is Pending: 0\/4 nodes are available/);
    expect(r.scale?.added.filter((p) => p.node === null)).toHaveLength(1);
  });
});

describe('a StatefulSet rolling update', () => {
  it('with partition 2 replaces ordinals 3 then 2, one at a time, and keeps 0 and 1', () => {
    const spec = { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } };
    const run = planRollout([statefulSet('db', { replicas: 4, spec })], [statefulSet('db', { replicas: 4, spec, image: 'nginx:1.28' })]);
    const r = onlyRollout(run);
    expect(counts(r.steps)).toEqual([
      [4, 0, 4, 4],
      [3, 0, 3, 3],
      [3, 1, 3, 4],
      [2, 1, 3, 3],
      [2, 2, 3, 4],
      [2, 2, 4, 4],
    ]);
    expect(r.steps.map((s) => s.note ?? '').slice(1, 5)).toEqual(['deleted pod db-3', 'created pod db-3 on worker-1', 'deleted pod db-2', expect.stringMatching(/^created pod db-2 on worker-\d$/)]);
    expect(r).toMatchObject({ strategy: 'RollingUpdate', partition: 2, maxSurge: null, maxUnavailable: 1, completed: false, stuck: false });
    expect(r.message).toMatch(/^Ordinals below the partition \(2\) keep revision db-\w+: 2 of 4 pods are not updated\.$/);
    const images = ['db-0', 'db-1', 'db-2', 'db-3'].map((n) => getIn(run.final.getObject('Pod', 'default', n)?.object, 'spec', 'containers', 0, 'image'));
    expect(images).toEqual(['nginx:1.27', 'nginx:1.27', 'nginx:1.28', 'nginx:1.28']);
  });

  it('without a partition ends with every ordinal updated', () => {
    const r = imageBump(statefulSet, 'db', { replicas: 3 });
    expect(r).toMatchObject({ completed: true, stuck: false, minAvailableDuring: 2, maxPodsDuring: 3 });
    expect(counts(r.steps).at(-1)).toEqual([0, 3, 3, 3]);
  });

  it('with OnDelete changes nothing: not rolled, not stuck', () => {
    const spec = { updateStrategy: { type: 'OnDelete' } };
    const r = imageBump(statefulSet, 'db', { replicas: 2, spec });
    expect(r).toMatchObject({ strategy: 'OnDelete', maxUnavailable: null, completed: false, stuck: false, steps: [{ step: 0, old: 2, new: 0, available: 2, total: 2 }] });
    expect(r.message).toMatch(/^updateStrategy OnDelete: 2 pod\(s\) keep revision db-\w+ until they are deleted\.$/);
  });

  it('whose updated pod cannot be scheduled is stuck on it with the scheduler message', () => {
    const r = onlyRollout(planRollout([statefulSet('db', { replicas: 3 })], [statefulSet('db', { replicas: 3, podSpec: { nodeSelector: { disktype: 'ssd' } } })]));
    expect(r).toMatchObject({ stuck: true, completed: false });
    expect(counts(r.steps).at(-1)).toEqual([2, 1, 2, 3]);
    expect(r.message).toMatch(/^Pod db-2 is Pending: 0\/4 nodes are available/);
    expect(r.message).not.toContain('ProgressDeadlineExceeded');
  });
});

describe('a DaemonSet rolling update', () => {
  it('with maxUnavailable 1 on 4 nodes replaces one node at a time', () => {
    const r = imageBump(daemonSet, 'agent', { cpu: '100m', podSpec: tolerateControlPlane });
    expect(r).toMatchObject({ object: 'DaemonSet/default/agent', replicas: 4, maxSurge: 0, maxUnavailable: 1, minAvailableDuring: 3, maxPodsDuring: 4, completed: true, stuck: false, peakExtra: { cpu: 0, memory: 0 } });
    expect(counts(r.steps)).toEqual([
      [4, 0, 4, 4],
      [3, 0, 3, 3],
      [3, 1, 3, 4],
      [2, 1, 3, 3],
      [2, 2, 3, 4],
      [1, 2, 3, 3],
      [1, 3, 3, 4],
      [0, 3, 3, 3],
      [0, 4, 3, 4],
      [0, 4, 4, 4],
    ]);
    expect(r.steps.filter((s) => s.note?.startsWith('created') === true).map((s) => /on ([\w-]+)$/.exec(s.note ?? '')?.[1])).toEqual(['control-plane', 'worker-1', 'worker-2', 'worker-3']);
  });

  it('with maxSurge 1 starts the new pod before the old one goes: never below 4 available', () => {
    const spec = { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } };
    const r = imageBump(daemonSet, 'agent', { cpu: '100m', spec, podSpec: tolerateControlPlane });
    expect(r).toMatchObject({ maxSurge: 1, maxUnavailable: 0, minAvailableDuring: 4, maxPodsDuring: 5, completed: true, peakExtra: { cpu: 100, memory: 256 * MiB } });
    expect(counts(r.steps).slice(0, 3)).toEqual([
      [4, 0, 4, 4],
      [4, 1, 4, 5],
      [3, 1, 4, 4],
    ]);
  });
});

describe('the recorder', () => {
  it('reports nothing when no template and no replica count changes', () => {
    const objects = [deployment('web', { replicas: 2 }), statefulSet('db'), daemonSet('agent'), service('web', 'web')];
    expect(planRollout(objects, objects).rollouts).toEqual([]);
  });

  it('does not report a workload the change creates', () => {
    expect(planRollout([], [deployment('web', { replicas: 2 })]).rollouts).toEqual([]);
  });

  it('does not report a workload an immutable field change replaces', () => {
    const relabelled = deployment('web', { replicas: 2, podSpec: {} });
    const spec = relabelled.spec as { selector: object; template: { metadata: object } };
    const after = { ...relabelled, spec: { ...spec, selector: { matchLabels: { app: 'web', tier: 'front' } }, template: { ...spec.template, metadata: { labels: { app: 'web', tier: 'front' } } } } };
    expect(planRollout([deployment('web', { replicas: 2 })], [after]).rollouts).toEqual([]);
  });

  it('sorts the rollouts by object', () => {
    const before = [deployment('web'), statefulSet('db'), deployment('api')];
    const after = [deployment('web', { image: 'nginx:1.28' }), statefulSet('db', { image: 'nginx:1.28' }), deployment('api', { image: 'nginx:1.28' })];
    expect(planRollout(before, after).rollouts.map((r: PlanRollout) => r.object)).toEqual(['Deployment/default/api', 'Deployment/default/web', 'StatefulSet/default/db']);
  });

  it('without a before snapshot recognises the rollout by the pods of another revision', () => {
    const cluster = settledCluster([deployment('web', { replicas: 2 })]);
    const recorder = createRolloutRecorder();
    const afterOnly = (state: ClusterState, phase: SimulationPhase, round: number): void => (phase === 'after' ? recorder.observe(state, phase, round) : undefined);
    simulate({ cluster, objects: [asDeclared(deployment('web', { replicas: 2, image: 'nginx:1.28' }))], now: NOW, observe: afterOnly });
    const [r] = recorder.report();
    expect(r).toMatchObject({ object: 'Deployment/default/web', cause: 'template', completed: true });
    expect(r?.steps[0]).toMatchObject({ old: 2, new: 0 });
  });

  it('without a before snapshot recognises a scaling by the desired-replicas annotation', () => {
    const cluster = settledCluster([deployment('web', { replicas: 2 })]);
    const recorder = createRolloutRecorder();
    const afterOnly = (state: ClusterState, phase: SimulationPhase, round: number): void => (phase === 'after' ? recorder.observe(state, phase, round) : undefined);
    simulate({ cluster, objects: [asDeclared(deployment('web', { replicas: 3 }))], now: NOW, observe: afterOnly });
    expect(recorder.report()[0]).toMatchObject({ cause: 'replicas', scale: { from: 2, to: 3 } });
  });

  it('has nothing to report before the simulation ran', () => {
    expect(createRolloutRecorder().report()).toEqual([]);
  });
});
