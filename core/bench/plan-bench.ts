// `npm run bench` (after the scheduler bench): `kubeplan plan --base` on a large change. The base is 2,000
// objects (Namespaces, Deployments, Services, ConfigMaps); the head bumps the image of 50 Deployments (50
// rollouts), adds 20 ConfigMaps and removes 20; the cluster is 500 nodes from a --nodes spec. Both are written
// to core/.build/plan-bench/ and planned in-process with `planPaths(head, { base })`, cold then warm; the time
// split (load, simulate before, simulate after, diff) comes from `PlanRun.timings`, rendering is timed here.
// Prints a table and writes bench-results/plan.json at the repo root. Target: under 2 s in total, cold (wall
// clock; the CPU time is reported beside it, as the machine may be busy).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planPaths, type PlanPathsOptions, type PlanRun } from '../src/index.js';
import { renderPlanJson } from '../src/report/plan-json.js';
import { renderPlanMarkdown } from '../src/report/plan-markdown.js';
import { renderPlanText } from '../src/report/plan-text.js';
import { toYaml } from './corpus.js';

const OBJECTS = 2_000;
const NAMESPACES = 10;
const BUMPED = 50;
const ADDED = 20;
const REMOVED = 20;
const NODES = 'count=500,cpu=8,memory=32Gi,zones=us-east-1a|us-east-1b|us-east-1c,prefix=node';
const WARM_ROUNDS = 3;
const TARGET_MS = 2_000;
const CORE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(CORE, '..');
const DIR = path.join(CORE, '.build', 'plan-bench');

type Obj = Record<string, unknown>;

function deployment(app: string, ns: string, k: number, version: string): Obj {
  const labels = { 'app.kubernetes.io/name': app };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: app, namespace: ns, labels },
    spec: {
      replicas: 1 + (k % 3),
      selector: { matchLabels: labels },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: 'app',
              image: `registry.example.com/${app}:${version}`,
              ports: [{ name: 'http', containerPort: 8080 }],
              resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
              readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
            },
          ],
        },
      },
    },
  };
}

function service(app: string, ns: string): Obj {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name: app, namespace: ns }, spec: { selector: { 'app.kubernetes.io/name': app }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } };
}

function configMap(name: string, ns: string, k: number): Obj {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns }, data: { 'app.properties': `id=${k}\nlevel=info\n` } };
}

/**
 * Base and head: Namespaces, then the same apps (a Deployment, a Service, a ConfigMap each) and one shared
 * ConfigMap to make OBJECTS; the head bumps BUMPED images, drops the last REMOVED apps' ConfigMaps, adds ADDED.
 */
function changeSet(): { base: Obj[]; head: Obj[] } {
  const namespaces = Array.from({ length: NAMESPACES }, (_, n) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: `team-${n}` } }));
  const apps = Math.floor((OBJECTS - NAMESPACES) / 3);
  const base: Obj[] = [...namespaces];
  const head: Obj[] = [...namespaces];
  for (let k = 0; k < apps; k++) {
    const app = `app-${k}`;
    const ns = `team-${k % NAMESPACES}`;
    base.push(deployment(app, ns, k, '1.0.0'), service(app, ns), configMap(`${app}-config`, ns, k));
    head.push(deployment(app, ns, k, k < BUMPED ? '1.1.0' : '1.0.0'), service(app, ns));
    if (k < apps - REMOVED) head.push(configMap(`${app}-config`, ns, k));
  }
  for (let x = 0; base.length < OBJECTS; x++) {
    base.push(configMap(`shared-${x}`, 'team-0', x));
    head.push(configMap(`shared-${x}`, 'team-0', x));
  }
  for (let a = 0; a < ADDED; a++) head.push(configMap(`added-${a}`, `team-${a % NAMESPACES}`, a));
  return { base, head };
}

function write(dir: string, objects: readonly Obj[]): void {
  mkdirSync(dir, { recursive: true });
  const files = 20;
  const per = Math.ceil(objects.length / files);
  for (let f = 0; f < files; f++) writeFileSync(path.join(dir, `part-${String(f).padStart(2, '0')}.yaml`), toYaml(objects.slice(f * per, (f + 1) * per)));
}

interface Split {
  loadMs: number;
  simulateBeforeMs: number;
  simulateAfterMs: number;
  diffMs: number;
  renderTextMs: number;
  renderMarkdownMs: number;
  renderJsonMs: number;
  totalMs: number;
  /** CPU time of the process over the same span (user + system): on a busy machine wall clock overstates. */
  totalCpuMs: number;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

async function once(head: string, options: PlanPathsOptions): Promise<{ split: Split; run: PlanRun; markdownChars: number }> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const run = await planPaths([head], options);
  const planMs = performance.now() - t;
  const text = time(() => renderPlanText(run.document, { color: false }));
  const used = process.cpuUsage(cpu);
  const markdown = time(() => renderPlanMarkdown(run.document));
  const json = time(() => renderPlanJson(run.document));
  const timings = run.timings ?? { loadMs: Number.NaN, simulateBeforeMs: Number.NaN, simulateAfterMs: Number.NaN, diffMs: Number.NaN };
  const split: Split = {
    ...timings,
    renderTextMs: text.ms,
    renderMarkdownMs: markdown.ms,
    renderJsonMs: json.ms,
    // Wall clock of the plan and of the one render a run does (text), so the total is what `kubeplan plan` pays.
    totalMs: planMs + text.ms,
    totalCpuMs: (used.user + used.system) / 1000,
  };
  return { split, run, markdownChars: markdown.value.length };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const medianSplit = (splits: readonly Split[]): Split =>
  Object.fromEntries((Object.keys(splits[0] ?? {}) as (keyof Split)[]).map((k) => [k, median(splits.map((s) => s[k]))])) as unknown as Split;
const rounded = (s: Split): Split => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.round(v)])) as unknown as Split;

async function main(): Promise<void> {
  const { base, head } = changeSet();
  rmSync(DIR, { recursive: true, force: true });
  write(path.join(DIR, 'base'), base);
  write(path.join(DIR, 'head'), head);
  console.log(`plan: base ${base.length} objects, head ${head.length} (${BUMPED} images bumped, ${ADDED} added, ${REMOVED} removed), ${NODES} (${DIR})`);
  const options: PlanPathsOptions = { base: path.join(DIR, 'base'), nodes: [NODES], now: new Date('2026-01-15T10:00:00Z') };
  const headDir = path.join(DIR, 'head');
  const cold = await once(headDir, options);
  const warm: Split[] = [];
  for (let r = 0; r < WARM_ROUNDS; r++) warm.push((await once(headDir, options)).split);
  const warmMedian = medianSplit(warm);
  const doc = cold.run.document;
  const rows: [string, keyof Split][] = [
    ['load (read, parse, lint base and head)', 'loadMs'],
    ['simulate before (cluster + base to steady state)', 'simulateBeforeMs'],
    ['simulate after (head applied, rollouts)', 'simulateAfterMs'],
    ['diff (object diffs, rollout reports, document)', 'diffMs'],
    ['render text', 'renderTextMs'],
    ['render markdown', 'renderMarkdownMs'],
    ['render json', 'renderJsonMs'],
    ['total (planPaths + text render, wall clock)', 'totalMs'],
    ['total, CPU time of the process', 'totalCpuMs'],
  ];
  console.log(`${''.padEnd(52)} ${'cold'.padStart(8)} ${`warm (median of ${WARM_ROUNDS})`.padStart(24)}`);
  for (const [name, key] of rows) console.log(`${name.padEnd(52)} ${cold.split[key].toFixed(0).padStart(5)} ms ${warmMedian[key].toFixed(0).padStart(21)} ms`);
  const facts = {
    changes: doc.changes.length,
    rollouts: doc.rollouts.length,
    stuckRollouts: doc.summary.stuckRollouts,
    pods: doc.pods.length,
    podsPending: doc.summary.podsPending,
    nodes: doc.nodes.length,
    markdownChars: cold.markdownChars,
  };
  console.log(`\n${facts.changes} changes, ${facts.rollouts} rollouts (${facts.stuckRollouts} stuck), ${facts.pods} pods (${facts.podsPending} pending) on ${facts.nodes} nodes; markdown ${facts.markdownChars} characters`);
  const met = cold.split.totalMs < TARGET_MS;
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    objects: { base: base.length, head: head.length, bumped: BUMPED, added: ADDED, removed: REMOVED },
    nodes: NODES,
    targetMs: TARGET_MS,
    cold: rounded(cold.split),
    warmMedian: rounded(warmMedian),
    warmRuns: warm.map(rounded),
    facts,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    met,
  };
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-results', 'plan.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`target (cold total < ${TARGET_MS} ms) ${met ? 'met' : 'NOT met'}; written: bench-results/plan.json`);
}

await main();
