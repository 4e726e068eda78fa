// `npm run bench` (after the lint bench): scheduler throughput. 5,000 nodes in 3 zones; Deployment-like
// groups of pods with requests, zone spread constraints, required and preferred anti-affinity, node selectors
// and the system default spreading mixed in. Two cases, each in its own process so that its peak RSS is its
// own: 10,000 pods (target ≥ 5,000 pods/s) and 150,000 pods (target < 60 s and < 2 GiB). Prints a table and
// writes bench-results/scheduler.json at the repo root. Timings are wall-clock on this machine, one core.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodeInfo } from '../src/cluster/node-info.js';
import type { LabelSelector } from '../src/model/label-selector.js';
import type { Taint } from '../src/model/toleration.js';
import { createScheduler } from '../src/simulate/scheduler/index.js';

const NODES = 5_000;
const ZONES = ['zone-a', 'zone-b', 'zone-c'];
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface CaseResult {
  pods: number;
  nodes: number;
  scheduled: number;
  pending: number;
  ms: number;
  /** CPU time of the process during the run (user + system): on a busy machine wall clock overstates. */
  cpuMs: number;
  podsPerSecond: number;
  podsPerCpuSecond: number;
  peakRssMb: number;
  heapUsedMb: number;
}

/** A small deterministic PRNG (mulberry32), so every run schedules the same pods. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeNodes(): NodeInfo[] {
  return Array.from({ length: NODES }, (_, i) => {
    const name = `node-${String(i).padStart(5, '0')}`;
    const taints: Taint[] = [];
    if (i % 100 === 7) taints.push({ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' });
    if (i % 50 === 3) taints.push({ key: 'spot', effect: 'PreferNoSchedule' });
    return {
      name,
      labels: {
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'topology.kubernetes.io/region': 'eu-1',
        'topology.kubernetes.io/zone': ZONES[i % ZONES.length] as string,
        'node-pool': i % 10 === 0 ? 'highmem' : 'general',
      },
      taints,
      unschedulable: false,
      allocatable: { cpu: 32_000, memory: 128 * 2 ** 30, pods: 110, ephemeralStorage: 200 * 2 ** 30, scalar: {} },
    };
  });
}

/** The pod template of Deployment `d`: its kind of placement rules follows d % 10. */
function template(d: number, rand: () => number): (i: number) => Record<string, unknown> {
  const app = `app-${d}`;
  const hash = `h${(d * 7919).toString(36)}`;
  const labels = { app, 'pod-template-hash': hash };
  const cpu = `${100 + Math.floor(rand() * 5) * 100}m`;
  const memory = `${128 * (1 + Math.floor(rand() * 8))}Mi`;
  const selector = { matchLabels: { app } };
  const spec: Record<string, unknown> = {};
  const kind = d % 10;
  if (kind <= 2) spec.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: selector, matchLabelKeys: ['pod-template-hash'] }];
  if (kind === 3) spec.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: selector }];
  if (kind === 4) spec.affinity = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: selector, topologyKey: 'kubernetes.io/hostname' }] } };
  if (kind === 5) spec.affinity = { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { labelSelector: selector, topologyKey: 'kubernetes.io/hostname' } }] } };
  if (kind === 6) spec.nodeSelector = { 'node-pool': 'general' };
  if (kind === 7) spec.affinity = { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 50, preference: { matchExpressions: [{ key: 'node-pool', operator: 'In', values: ['highmem'] }] } }] } };
  return (i) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { namespace: `team-${d % 20}`, name: `${app}-${hash}-${i}`, labels },
    spec: {
      ...spec,
      schedulerName: 'default-scheduler',
      priority: 0,
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
      containers: [{ name: 'app', image: `registry.example/${app}:1`, resources: { requests: { cpu, memory }, limits: { memory } } }],
    },
  });
}

function makePods(count: number): Record<string, unknown>[] {
  const rand = prng(42);
  const pods: Record<string, unknown>[] = [];
  for (let d = 0; pods.length < count; d++) {
    const make = template(d, rand);
    const replicas = Math.min(5 + Math.floor(rand() * 56), count - pods.length);
    for (let i = 0; i < replicas; i++) pods.push(make(i));
  }
  return pods;
}

function runCase(podCount: number): CaseResult {
  const nodes = makeNodes();
  const pods = makePods(podCount);
  const scheduler = createScheduler(nodes, {
    namespaceLabels: () => ({}),
    // The Service (app=...) and the ReplicaSet (app, pod-template-hash) select each pod.
    defaultSpreadSelectors: (pod) => {
      const labels = (pod.metadata as { labels: Record<string, string> }).labels;
      const selectors: LabelSelector[] = [
        { matchLabels: { app: labels.app as string }, matchExpressions: [] },
        { matchLabels: { ...labels }, matchExpressions: [] },
      ];
      return selectors;
    },
    claim: () => undefined,
  });
  let scheduled = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const pod of pods) if (scheduler.schedule(pod).node !== null) scheduled++;
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return {
    pods: podCount,
    nodes: NODES,
    scheduled,
    pending: podCount - scheduled,
    ms: Math.round(ms),
    cpuMs: Math.round(cpuMs),
    podsPerSecond: Math.round(podCount / (ms / 1000)),
    podsPerCpuSecond: Math.round(podCount / (cpuMs / 1000)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  };
}

/** Runs one case in a fresh Node process (this same bundle with `--case N`) and reads its JSON line. */
function child(podCount: number): CaseResult {
  const res = spawnSync(process.execPath, ['--enable-source-maps', process.argv[1] as string, '--case', String(podCount)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (res.status !== 0) throw new Error(`scheduler bench case ${podCount} exited ${res.status}`);
  return JSON.parse(res.stdout.trim().split('\n').pop() as string) as CaseResult;
}

function main(): void {
  const caseArg = process.argv.indexOf('--case');
  if (caseArg >= 0) {
    console.log(JSON.stringify(runCase(Number(process.argv[caseArg + 1]))));
    return;
  }
  const small = child(10_000);
  const large = child(150_000);
  for (const r of [small, large]) {
    console.log(
      `scheduler: ${r.pods} pods onto ${r.nodes} nodes: ${(r.ms / 1000).toFixed(2)} s, ${r.podsPerSecond} pods/s ` +
        `(CPU ${(r.cpuMs / 1000).toFixed(2)} s, ${r.podsPerCpuSecond} pods per CPU-second), ` +
        `${r.scheduled} scheduled, ${r.pending} pending, peak RSS ${r.peakRssMb} MB`,
    );
  }
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    targets: { smallPodsPerSecond: 5000, largeSeconds: 60, largePeakRssMb: 2048 },
    small,
    large,
    met: small.podsPerSecond >= 5000 && large.ms < 60_000 && large.peakRssMb < 2048,
  };
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-results', 'scheduler.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`targets ${results.met ? 'met' : 'NOT met'}; written: bench-results/scheduler.json`);
}

main();
