// End-to-end tests of `kubeplan plan` and `kubeplan explain`: the real executable (core/dist), spawned as a
// process on small fixtures of our own, with the clock fixed so that the output is reproducible.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/plan/plan-document.js';
import type { SchedulingExplanation } from '../../src/simulate/scheduler/explanation.js';
import { goldenDir } from '../support/expect-golden.js';
import { expectCleanError, kubeplan, type RunResult } from './spawn-kubeplan.js';

const expectGolden = goldenDir(fileURLToPath(new URL('./golden/plan/', import.meta.url)));
const FIXTURES = 'core/test/cli/fixtures/plan';
const HEALTHY = `${FIXTURES}/healthy`;
const TROUBLED = `${FIXTURES}/troubled`;
const CLUSTER = ['--cluster', `${FIXTURES}/cluster/nodes.yaml`];
const NOW = ['--now', '2025-01-01T00:00:00Z'];

function plan(args: readonly string[], opts: { input?: string; env?: Record<string, string> } = {}): RunResult {
  return kubeplan(['plan', ...NOW, ...args], opts);
}

function planJson(args: readonly string[]): PlanDocument {
  const res = plan(['-o', 'json', ...args]);
  expect(res.stderr).toBe('');
  return JSON.parse(res.stdout) as PlanDocument;
}

describe('kubeplan plan (text)', () => {
  it('plans a healthy app on a two-node cluster and exits 0', () => {
    const res = plan([HEALTHY, ...CLUSTER]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expectGolden('healthy.txt', res.stdout);
    expect(res.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Plan: \d+ to add, 0 to change, 0 to destroy\. Pods: 2 scheduled, 0 pending\.$/);
  });

  it('shows rejected objects and Pending pods, and exits 1 for the rejection', () => {
    const res = plan([TROUBLED, ...CLUSTER]);
    expect(res.code).toBe(1);
    expectGolden('troubled.txt', res.stdout);
    expect(res.stdout).toContain('! Pod default/broken  rejected:');
    expect(res.stdout).toContain('Pending pods (1)');
    expect(res.stdout).toMatch(/Insufficient cpu/);
  });

  it('colours only when asked or on a terminal, and never with NO_COLOR', () => {
    expect(plan([HEALTHY]).stdout).not.toContain('\u001b[');
    expect(plan(['--color', HEALTHY]).stdout).toContain('\u001b[32m+\u001b[39m');
    expect(plan([HEALTHY], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('reads standard input for -', () => {
    const res = plan(['-', ...CLUSTER], { input: readFileSync(path.join(HEALTHY, 'app.yaml'), 'utf8') });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('+ Deployment shop/web  <stdin>:6');
  });

  it('appends the scheduling explanation of --explain pods', () => {
    const pod = planJson([HEALTHY, ...CLUSTER]).pods[0]!;
    const res = plan([HEALTHY, ...CLUSTER, '--explain', `${pod.namespace}/${pod.name}`]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Pods: 2 scheduled, 0 pending\.\n\nPod shop\/web-/);
    expect(res.stdout).toContain(`★ Chosen: ${pod.node}`);
  });
});

describe('kubeplan plan -o json', () => {
  it('prints the versioned plan document: objects, pods and nodes', () => {
    const doc = planJson([HEALTHY, ...CLUSTER]);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.now).toMatch(/^2025-01-01T00:00:00(\.000)?Z$/);
    expect(doc.cluster).toEqual({ source: 'file', nodes: 2 });
    expect(doc.nodes.map((n) => n.name)).toEqual(['worker-a', 'worker-b']);
    const kinds = doc.objects.map((o) => `${o.kind}${o.generated ? '*' : ''}`);
    expect(kinds).toEqual(expect.arrayContaining(['Namespace', 'Deployment', 'ReplicaSet*', 'Pod*', 'Service']));
    expect(doc.pods).toHaveLength(2);
    for (const p of doc.pods) {
      expect(p).toMatchObject({ namespace: 'shop', owner: 'Deployment/shop/web', phase: 'Running', requests: { cpu: 250, memory: 256 * 1024 * 1024 } });
      expect(['worker-a', 'worker-b']).toContain(p.node);
    }
    expect(doc.services.find((s) => s.name === 'web-public')?.ports[0]).toMatchObject({ port: 80, nodePort: 30080, protocol: 'TCP' });
    expect(doc.summary).toMatchObject({ change: 0, destroy: 0, rejected: 0, podsScheduled: 2, podsPending: 0 });
  });

  it('counts rejected objects and Pending pods', () => {
    const doc = planJson([TROUBLED, ...CLUSTER]);
    expect(doc.objects.filter((o) => o.action === 'rejected').map((o) => o.name)).toEqual(['broken']);
    expect(doc.summary).toMatchObject({ rejected: 1, podsPending: 1 });
    expect(doc.pods.find((p) => p.phase === 'Pending')?.message).toMatch(/^0\/2 nodes are available: 2 Insufficient cpu/);
  });

  it('is byte-identical from one run to the next with --now fixed (json, text and markdown)', () => {
    for (const output of ['json', 'text', 'markdown']) {
      const first = plan(['-o', output, HEALTHY, TROUBLED, ...CLUSTER]);
      const second = plan(['-o', output, HEALTHY, TROUBLED, ...CLUSTER]);
      expect(second.stdout).toBe(first.stdout);
    }
  });

  it('plans against --nodes groups', () => {
    const doc = planJson([HEALTHY, '--nodes', 'count=3,cpu=2,memory=4Gi,zones=a|b|c']);
    expect(doc.cluster).toEqual({ source: 'flag', nodes: 3 });
    expect(doc.summary.podsScheduled).toBe(2);
  });
});

describe('kubeplan plan -o markdown', () => {
  it('prints a PR comment: headline, then collapsible sections', () => {
    const res = plan(['-o', 'markdown', HEALTHY, ...CLUSTER]);
    expect(res.code).toBe(0);
    expectGolden('healthy.md', res.stdout);
    expect(res.stdout).toMatch(/^### kubeplan plan\n\n\*\*Plan: /);
  });
});

describe('kubeplan plan exit codes', () => {
  it.each([
    { name: 'a healthy plan', args: [HEALTHY], code: 0 },
    { name: 'a rejected object', args: [TROUBLED], code: 1 },
    { name: '--fail-on none ignores everything', args: ['--fail-on', 'none', TROUBLED], code: 0 },
    { name: 'a Pending pod alone does not fail', args: [`${TROUBLED}/big.yaml`, ...CLUSTER], code: 0 },
    { name: '--fail-on pending fails on a Pending pod', args: ['--fail-on', 'pending', `${TROUBLED}/big.yaml`, ...CLUSTER], code: 1 },
  ])('$name → $code', ({ args, code }) => {
    const res = plan(args);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(code);
  });

  it.each([
    { name: 'a bad --nodes spec', args: ['--nodes', 'count=many', HEALTHY], message: /^kubeplan: .*count/ },
    { name: 'an unknown --nodes key', args: ['--nodes', 'gpus=2', HEALTHY], message: /^kubeplan: .*unknown key "gpus"/ },
    { name: 'a bad --now', args: ['--now', 'soon', HEALTHY], message: /^kubeplan: --now must be an ISO 8601 time/ },
    { name: 'an unknown output format', args: ['-o', 'yaml', HEALTHY], message: /^kubeplan: --output must be one of text, json, markdown/ },
    { name: 'a missing path', args: ['does-not-exist.yaml'], message: /^kubeplan: path not found: does-not-exist\.yaml\n$/ },
    { name: 'a missing --cluster path', args: ['--cluster', 'no-such-cluster.yaml', HEALTHY], message: /^kubeplan: --cluster: / },
    { name: 'an unknown flag', args: ['--frobnicate', HEALTHY], message: /^kubeplan: Unknown option '--frobnicate'/ },
  ])('$name → 2 with one clean line on stderr', ({ args, message }) => {
    expectCleanError(plan(args), 2, message);
  });
});

describe('kubeplan explain pod', () => {
  it('shows every node against every filter and score, and the chosen node', () => {
    const pod = planJson([HEALTHY, ...CLUSTER]).pods[0]!;
    const res = kubeplan(['explain', 'pod', `${pod.namespace}/${pod.name}`, HEALTHY, ...CLUSTER, ...NOW]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expectGolden('explain.txt', res.stdout);
    expect(res.stdout).toMatch(/FILTER +(★ )?worker-a +(★ )?worker-b/);
    expect(res.stdout).toContain('NodeResourcesFit');
    expect(res.stdout).toContain(`★ Chosen: ${pod.node}`);
  });

  it('explains a Pending pod (exit 0) and prints the record with -o json', () => {
    const pod = planJson([`${TROUBLED}/big.yaml`, ...CLUSTER]).pods[0]!;
    const res = kubeplan(['explain', 'pod', pod.name, '-o', 'json', `${TROUBLED}/big.yaml`, ...CLUSTER, ...NOW]);
    expect(res.code).toBe(0);
    const expl = JSON.parse(res.stdout) as SchedulingExplanation;
    expect(expl).toMatchObject({ pod: `default/${pod.name}`, chosen: null });
    expect(expl.message).toMatch(/Insufficient cpu/);
    expect(expl.nodes.map((n) => n.feasible)).toEqual([false, false]);
  });

  it('names a few candidate pods when the pod is unknown', () => {
    const res = kubeplan(['explain', 'pod', 'shop/web', HEALTHY, ...CLUSTER, ...NOW]);
    expectCleanError(res, 2, /^kubeplan: no pod "shop\/web" in the plan; pods in the plan include: shop\/web-[a-z0-9]+-[a-z0-9]{5}, shop\/web-/);
  });
});

describe('kubeplan help', () => {
  it('lists plan and explain in the main help, and documents the exit codes in plan --help', () => {
    expect(kubeplan(['--help']).stdout).toMatch(/kubeplan plan \[flags\] \[PATH\.\.\.\]/);
    const help = kubeplan(['plan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: kubeplan plan/);
    expect(help.stdout).toContain('Pending pods only with --fail-on pending');
    expect(kubeplan(['explain', '--help']).stdout).toMatch(/^Usage: kubeplan explain pod NAMESPACE\/NAME/);
  });
});
