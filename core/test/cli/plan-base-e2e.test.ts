// End-to-end tests of `kubeplan plan --base` and `kubeplan show`: the real executable (core/dist) spawned on a
// real temporary git repository with two commits (the plan-base fixture's before/ and after/), planned
// against `--base HEAD~1`, with the clock fixed. The object changes are compared with a golden file.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/plan/plan-document.js';
import { goldenDir } from '../support/expect-golden.js';
import { expectCleanError, kubeplan, REPO_ROOT, type RunResult } from './spawn-kubeplan.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/plan-base/', import.meta.url));
const expectGolden = goldenDir(path.join(FIXTURE, 'golden'));
const NOW = ['--now', '2025-01-01T00:00:00Z'];

let repo = '';

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, encoding: 'utf8' });
}

/** `kubeplan plan` run inside the repository. */
function plan(args: readonly string[]): RunResult {
  return kubeplan(['plan', ...NOW, ...args], { cwd: repo });
}

function planJson(args: readonly string[]): PlanDocument {
  const res = plan(['-o', 'json', ...args]);
  expect(res.stderr).toBe('');
  return JSON.parse(res.stdout) as PlanDocument;
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'kubeplan-base-e2e-'));
  mkdirSync(path.join(repo, 'deploy'));
  cpSync(path.join(FIXTURE, 'before', 'app.yaml'), path.join(repo, 'deploy', 'app.yaml'));
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'before');
  cpSync(path.join(FIXTURE, 'after', 'app.yaml'), path.join(repo, 'deploy', 'app.yaml'));
  git('commit', '-qam', 'after');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('kubeplan plan --base REV on a real git repository', () => {
  it('plans HEAD against HEAD~1: creates, updates, a replacement and a prune, with field diffs', () => {
    const doc = planJson(['deploy', '--base', 'HEAD~1']);
    expect(doc.base).toBe('git:HEAD~1');
    expect(doc.changes.map((c) => [c.action, c.object, c.file])).toEqual([
      ['create', 'ConfigMap/default/flags', 'deploy/app.yaml'],
      ['update', 'Deployment/default/web', 'deploy/app.yaml'],
      ['update', 'Secret/default/db', 'deploy/app.yaml'],
      ['replace', 'Deployment/default/api', 'deploy/app.yaml'],
      ['delete', 'ConfigMap/default/legacy', 'deploy/app.yaml'],
    ]);
    expect(doc.summary).toMatchObject({ change: 2, destroy: 2, rollouts: doc.rollouts.length });
    expect(doc.rollouts.map((r) => r.object)).toContain('Deployment/default/web');
    expect(JSON.stringify(doc.changes)).not.toContain('hunter');
    // The rollout counts are the rollout recorder's (tested with it); the golden holds what the diff engine says.
    const { rollouts: _rollouts, stuckRollouts: _stuck, ...counts } = doc.summary;
    expectGolden('changes.json', `${JSON.stringify({ changes: doc.changes, placements: doc.placements, summary: counts }, null, 2)}\n`);
  });

  it('gives the same plan from a subfolder, and with the folder itself as the base', () => {
    const fromSub = kubeplan(['plan', ...NOW, '.', '--base', 'HEAD~1', '-o', 'json'], { cwd: path.join(repo, 'deploy') });
    expect((JSON.parse(fromSub.stdout) as PlanDocument).changes.map((c) => c.action)).toEqual(['create', 'update', 'update', 'replace', 'delete']);
    const byPath = planJson([path.join(FIXTURE, 'after'), '--base', path.join(FIXTURE, 'before')]);
    expect(byPath.base).toBe(path.join(FIXTURE, 'before'));
    expect(byPath.changes.map((c) => c.action)).toEqual(['create', 'update', 'update', 'replace', 'delete']);
  });

  it('keeps the removed ConfigMap with --no-prune', () => {
    const doc = planJson(['deploy', '--base', 'HEAD~1', '--no-prune']);
    expect(doc.changes.some((c) => c.action === 'delete')).toBe(false);
  });

  it('says an unknown revision in one line and exits 2', () => {
    expectCleanError(plan(['deploy', '--base', 'main~9']), 2, `kubeplan: --base: unknown revision "main~9" in ${git('rev-parse', '--show-toplevel').trim()}`);
  });

  it('names --base-cluster in its errors', () => {
    expectCleanError(plan(['deploy', '--base', 'HEAD~1', '--base-cluster', 'nope.yaml']), 2, 'kubeplan: --base-cluster: path not found: nope.yaml');
  });

  it('says a path outside any repository in one line', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'kubeplan-nogit-'));
    writeFileSync(path.join(outside, 'a.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n');
    expectCleanError(kubeplan(['plan', 'a.yaml', '--base', 'HEAD'], { cwd: outside }), 2, /--base: "HEAD" is not a file or folder, and a\.yaml is not in a git repository/);
  });
});

describe('--detailed-exitcode', () => {
  it('exits 2 when the plan has changes', () => {
    expect(plan(['deploy', '--base', 'HEAD~1', '--detailed-exitcode']).code).toBe(2);
  });

  it('exits 0 when there are none', () => {
    const res = plan(['deploy', '--base', 'HEAD', '--detailed-exitcode', '--no-color']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('No changes.');
  });

  it('exits 1 on errors (a usage error here), never 2', () => {
    expectCleanError(plan(['deploy', '--base', 'main~9', '--detailed-exitcode']), 1, /unknown revision/);
  });
});

describe('kubeplan show', () => {
  it('renders a plan saved with --out exactly as plan printed it', () => {
    const out = path.join(repo, 'plan.json');
    const text = plan(['deploy', '--base', 'HEAD~1', '--out', out, '--no-color']);
    expect(text.code).toBe(0);
    expect(kubeplan(['show', out, '--no-color']).stdout).toBe(text.stdout);
    expect(kubeplan(['show', out, '-o', 'json']).stdout).toBe(readFileSync(out, 'utf8'));
    expect(kubeplan(['show', out, '-o', 'markdown']).stdout).toBe(plan(['deploy', '--base', 'HEAD~1', '-o', 'markdown']).stdout);
  });

  it('refuses a plan of another schemaVersion in one line', () => {
    const file = path.join(repo, 'v2.json');
    writeFileSync(file, '{"schemaVersion": 2}\n');
    expectCleanError(kubeplan(['show', file]), 2, `kubeplan: ${file}: plan schemaVersion 2 is not supported: this kubeplan reads version 1`);
  });

  it('says a missing file in one line', () => {
    expectCleanError(kubeplan(['show', 'nope.json'], { cwd: REPO_ROOT }), 2, 'kubeplan: plan file not found: nope.json');
  });
});
