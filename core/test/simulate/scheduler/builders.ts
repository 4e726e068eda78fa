// Two-line builders for scheduler tests (`node({ taints })`, `pod({ tolerations })`) and a harness that runs
// one plugin through the framework the way upstream's plugin tests call PreFilter/Filter/Score directly.
import type { NodeInfo } from '../../../src/cluster/node-info.js';
import type { Obj } from '../../../src/model/fields.js';
import type { Taint } from '../../../src/model/toleration.js';
import { ClusterView } from '../../../src/simulate/scheduler/cluster/cluster-view.js';
import { podInfoOf } from '../../../src/simulate/scheduler/cluster/pod-info.js';
import { CycleState } from '../../../src/simulate/scheduler/framework/cycle-state.js';
import { Framework } from '../../../src/simulate/scheduler/framework/framework.js';
import { ScoreBuffers, prioritizeNodes } from '../../../src/simulate/scheduler/framework/prioritize.js';
import { SUCCESS, type Status } from '../../../src/simulate/scheduler/framework/status.js';
import type { SchedulerLookups } from '../../../src/simulate/scheduler/lookups.js';
import type { PluginName } from '../../../src/simulate/scheduler/names.js';
import { IN_TREE_REGISTRY } from '../../../src/simulate/scheduler/registry.js';

export const GI = 2 ** 30;
export const MI = 2 ** 20;

export interface NodeSpec {
  name?: string;
  labels?: Record<string, string>;
  zone?: string;
  taints?: Taint[];
  unschedulable?: boolean;
  /** Millicores. */
  cpu?: number;
  /** Bytes. */
  memory?: number;
  pods?: number;
  ephemeralStorage?: number;
  scalar?: Record<string, number>;
  /** No allocatable at all (unknown resources). */
  unknownResources?: boolean;
}

export function node(spec: NodeSpec = {}): NodeInfo {
  const name = spec.name ?? 'node-1';
  const labels = { 'kubernetes.io/hostname': name, ...(spec.zone === undefined ? {} : { 'topology.kubernetes.io/zone': spec.zone }), ...spec.labels };
  const allocatable = { cpu: spec.cpu ?? 4000, memory: spec.memory ?? 8 * GI, pods: spec.pods ?? 110, ...(spec.ephemeralStorage === undefined ? {} : { ephemeralStorage: spec.ephemeralStorage }), scalar: spec.scalar ?? {} };
  return { name, labels, taints: spec.taints ?? [], unschedulable: spec.unschedulable ?? false, ...(spec.unknownResources === true ? {} : { allocatable }) };
}

/** `count` nodes named `<prefix>1..count`, zones cycling through `zones`. */
export function nodes(count: number, spec: NodeSpec & { prefix?: string; zones?: string[] } = {}): NodeInfo[] {
  return Array.from({ length: count }, (_, i) => node({ ...spec, name: `${spec.prefix ?? 'node-'}${i + 1}`, ...(spec.zones === undefined ? {} : { zone: spec.zones[i % spec.zones.length] }) }));
}

export interface PodSpec {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
  nodeName?: string;
  /** Container requests: `{ cpu: '500m', memory: '1Gi', 'example.com/gpu': '1' }`. */
  requests?: Record<string, string>;
  tolerations?: Obj[];
  nodeSelector?: Record<string, string>;
  affinity?: Obj;
  spread?: Obj[];
  /** Container ports: `{ hostPort: 8080, protocol: 'TCP', hostIP: '127.0.0.1' }`. */
  ports?: Obj[];
  priority?: number;
  preemptionPolicy?: string;
  volumes?: Obj[];
  spec?: Obj;
}

export function pod(spec: PodSpec = {}): Obj {
  const container: Obj = { name: 'app', image: 'app:1', ...(spec.requests === undefined ? {} : { resources: { requests: spec.requests } }), ...(spec.ports === undefined ? {} : { ports: spec.ports }) };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { namespace: spec.namespace ?? 'default', name: spec.name ?? 'pod', labels: spec.labels ?? {} },
    spec: {
      containers: [container],
      ...(spec.nodeName === undefined ? {} : { nodeName: spec.nodeName }),
      ...(spec.tolerations === undefined ? {} : { tolerations: spec.tolerations }),
      ...(spec.nodeSelector === undefined ? {} : { nodeSelector: spec.nodeSelector }),
      ...(spec.affinity === undefined ? {} : { affinity: spec.affinity }),
      ...(spec.spread === undefined ? {} : { topologySpreadConstraints: spec.spread }),
      ...(spec.priority === undefined ? {} : { priority: spec.priority }),
      ...(spec.preemptionPolicy === undefined ? {} : { preemptionPolicy: spec.preemptionPolicy }),
      ...(spec.volumes === undefined ? {} : { volumes: spec.volumes }),
      ...spec.spec,
    },
  };
}

export const NO_LOOKUPS: SchedulerLookups = { namespaceLabels: () => undefined, defaultSpreadSelectors: () => [], claim: () => undefined };

export interface Setup {
  nodes: NodeInfo[];
  /** Bound pods (with nodeName). */
  existing?: Obj[];
  lookups?: Partial<SchedulerLookups>;
}

/** A cluster holding `setup`, a one-plugin framework, and the incoming pod run through PreFilter. */
function cycle(plugin: PluginName, setup: Setup, incoming: Obj) {
  const view = new ClusterView(setup.nodes, { ...NO_LOOKUPS, ...setup.lookups });
  for (const p of setup.existing ?? []) {
    const info = podInfoOf(p);
    const n = info.nodeName === undefined ? undefined : view.node(info.nodeName);
    if (n !== undefined) view.bind(info, n);
  }
  const fw = new Framework([{ name: plugin, weight: 1 }], IN_TREE_REGISTRY, { view });
  const info = podInfoOf(incoming);
  const state = new CycleState();
  return { view, fw, info, state, pre: fw.runPreFilter(state, info) };
}

/** A status as tests compare it: `ok`, or the reasons joined by `; ` with the code in brackets. */
export function verdict(s: Status): string {
  if (s === SUCCESS || s.code === 'Success') return 'ok';
  const code = s.code === 'UnschedulableAndUnresolvable' ? 'UAR' : s.code === 'Unschedulable' ? 'U' : s.code;
  return `[${code}] ${s.reasons.join('; ')}`;
}

/**
 * Runs one plugin's PreFilter then Filter on every node: `{ node: verdict }`, or `{ preFilter: verdict }` when
 * PreFilter rejects the pod. A node a PreFilter result leaves out is `absent`.
 */
export function runFilter(plugin: PluginName, setup: Setup, incoming: Obj): Record<string, string> {
  const { view, fw, info, state, pre } = cycle(plugin, setup, incoming);
  if (pre.status !== SUCCESS) return { preFilter: verdict(pre.status) };
  const out: Record<string, string> = {};
  for (const n of view.nodes) out[n.name] = pre.nodeNames !== undefined && !pre.nodeNames.has(n.name) ? 'absent' : verdict(fw.runFilters(state, info, n, pre.filters));
  return out;
}

/** Runs one plugin's PreScore, Score and NormalizeScore over every node: the scores by node, or `skip`. */
function scores(plugin: PluginName, setup: Setup, incoming: Obj, stage: 'raw' | 'normalized'): Record<string, number> | 'skip' {
  const { view, fw, info, state } = cycle(plugin, setup, incoming);
  const table = prioritizeNodes(fw, state, info, view.nodes, new ScoreBuffers(view.nodes.length), true);
  if (table.slots.length === 0) return 'skip';
  const column = stage === 'raw' ? table.raw?.[0] : table.normalized[0];
  return Object.fromEntries(view.nodes.map((n, i) => [n.name, column?.[i] as number]));
}

/** Normalised scores of one plugin over every node. */
export function runScore(plugin: PluginName, setup: Setup, incoming: Obj): Record<string, number> | 'skip' {
  return scores(plugin, setup, incoming, 'normalized');
}

/** Raw (before NormalizeScore) scores of one plugin over every node. */
export function runRawScore(plugin: PluginName, setup: Setup, incoming: Obj): Record<string, number> | 'skip' {
  return scores(plugin, setup, incoming, 'raw');
}
