/**
 * Test builders for rollouts through the real engine: the `before` manifests are simulated to a steady state
 * on the default cluster (or a given one), then the `after` manifests are applied over that state with a rollout
 * recorder watching, as `kubeplan plan --base` does.
 */
import { defaultClusterState } from '../../../src/cluster/index.js';
import type { ClusterState } from '../../../src/cluster/cluster-state.js';
import type { Obj } from '../../../src/model/fields.js';
import type { PlanRollout } from '../../../src/plan/plan-document.js';
import { simulate } from '../../../src/simulate/engine.js';
import { createRolloutRecorder } from '../../../src/simulate/rollout/index.js';

export const NOW = new Date('2026-01-15T10:00:00Z');

export interface RolloutRun {
  readonly rollouts: PlanRollout[];
  readonly before: ClusterState;
  readonly final: ClusterState;
}

/** A declared object as plan-paths hands it over: the namespace filled in. */
export function asDeclared(object: Obj): { object: Obj; namespace?: string } {
  if (object.kind === 'Node') return { object };
  const metadata = { namespace: 'default', ...(object.metadata as Obj) };
  return { object: { ...object, metadata }, namespace: String(metadata.namespace) };
}

/** The cluster with `objects` run to their steady state. */
export function settledCluster(objects: readonly Obj[], cluster: ClusterState = defaultClusterState()): ClusterState {
  return simulate({ cluster, objects: objects.map(asDeclared), now: NOW }).final;
}

/** Simulates `before`, then `after` over it, and returns the recorder's report. */
export function planRollout(before: readonly Obj[], after: readonly Obj[], cluster: ClusterState = defaultClusterState()): RolloutRun {
  const settled = settledCluster(before, cluster);
  const recorder = createRolloutRecorder();
  recorder.observe(settled, 'before', 0);
  const second = simulate({ cluster: settled, objects: after.map(asDeclared), now: NOW, observe: recorder.observe });
  return { rollouts: recorder.report(), before: settled, final: second.final };
}

/** The one rollout of a run (the test fails with the list when there is not exactly one). */
export function onlyRollout(run: RolloutRun): PlanRollout {
  if (run.rollouts.length !== 1) throw new Error(`expected one rollout, got ${JSON.stringify(run.rollouts.map((r) => r.object))}`);
  return run.rollouts[0] as PlanRollout;
}

export interface WorkloadOptions {
  readonly replicas?: number;
  readonly image?: string;
  readonly cpu?: string;
  readonly memory?: string;
  readonly spec?: Obj;
  readonly podSpec?: Obj;
}

function podTemplate(app: string, o: WorkloadOptions): Obj {
  const resources = { requests: { cpu: o.cpu ?? '500m', memory: o.memory ?? '256Mi' } };
  return { metadata: { labels: { app } }, spec: { containers: [{ name: 'app', image: o.image ?? 'nginx:1.27', resources }], ...o.podSpec } };
}

/** A Deployment `name` (label app=name), nginx:1.27 requesting 500m / 256Mi unless told otherwise. */
export function deployment(name: string, o: WorkloadOptions = {}): Obj {
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name }, spec: { replicas: o.replicas ?? 1, selector: { matchLabels: { app: name } }, template: podTemplate(name, o), ...o.spec } };
}

export function statefulSet(name: string, o: WorkloadOptions = {}): Obj {
  return { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name }, spec: { replicas: o.replicas ?? 1, serviceName: name, selector: { matchLabels: { app: name } }, template: podTemplate(name, o), ...o.spec } };
}

export function daemonSet(name: string, o: WorkloadOptions = {}): Obj {
  return { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name }, spec: { selector: { matchLabels: { app: name } }, template: podTemplate(name, o), ...o.spec } };
}

export function service(name: string, app: string): Obj {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { selector: { app }, ports: [{ port: 80, targetPort: 80 }] } };
}

/** The one rollout of changing `name`'s image to nginx:1.28 (the other options the same before and after), beside `others`. */
export function imageBump(make: (name: string, o?: WorkloadOptions) => Obj, name: string, o: WorkloadOptions = {}, others: readonly Obj[] = []): PlanRollout {
  return onlyRollout(planRollout([make(name, o), ...others], [make(name, { ...o, image: 'nginx:1.28' }), ...others]));
}
