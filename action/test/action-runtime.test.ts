/**
 * The bundle as published: under Node 24 (what `runs.using: node24` gives on GitHub's runners, from the `node`
 * package of the npm registry), in a shallow checkout whose base commit must be fetched, and up to date with
 * its sources (the committed dist/ is what the runner runs).
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGithub, type FakeGithub } from './support/fake-github.js';
import { ACTION_ROOT, NODE24, makeRepo, pullRequestPayload, runAction, sample, type Repo } from './support/runner.js';

let api: FakeGithub;
beforeEach(async () => {
  api = await startFakeGithub();
});
afterEach(async () => {
  await api.close();
});

const imageBump = (): Repo => makeRepo({ 'k8s/web.yaml': sample('changes/image-bump/before/web.yaml') }, { 'k8s/web.yaml': sample('changes/image-bump/after/web.yaml') });

function node24Problem(): string | undefined {
  if (!existsSync(NODE24)) return `no Node 24 binary at ${NODE24} (npm install -D -w action node@24)`;
  const r = spawnSync(NODE24, ['--version'], { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.startsWith('v24.')) return `${NODE24} does not run here: ${r.error?.message ?? r.stderr}`;
  return undefined;
}
const problem = node24Problem();
if (problem !== undefined) console.warn(`skipping the Node 24 run: ${problem}`);

describe('the bundle', () => {
  it.skipIf(problem !== undefined)('runs a pull request under Node 24 as the runner does', async () => {
    const repo = imageBump();
    const r = await runAction({ repo, event: 'pull_request', payload: pullRequestPayload(repo), inputs: { paths: 'k8s', 'github-token': 't0k3n' }, apiUrl: api.url, node: NODE24 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ changes: '1', errors: '0' });
    expect(api.requests.map((q) => q.method)).toEqual(['GET', 'POST']);
  });

  it('fetches the base commit when the checkout is shallow', async () => {
    const origin = imageBump();
    const clone = mkdtempSync(path.join(tmpdir(), 'kubeplan-action-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin.dir}`, clone]);
    expect(spawnSync('git', ['-C', clone, 'cat-file', '-e', `${origin.baseSha}^{commit}`]).status).not.toBe(0);
    const repo = { ...origin, dir: clone };
    const r = await runAction({ repo, event: 'pull_request', payload: pullRequestPayload(repo), inputs: { paths: 'k8s', comment: 'false' }, apiUrl: api.url });
    expect(r.stdout).not.toContain('::warning::');
    expect(r.outputs.changes).toBe('1');
    expect(r.summary).toContain('-          image: nginx:1.27.3');
  });

  it('is up to date: dist/ is what scripts/build.mjs makes from the sources', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kubeplan-action-build-'));
    await new Promise<void>((resolve, reject) => {
      execFile(process.execPath, [path.join(ACTION_ROOT, 'scripts', 'build.mjs'), out], (err) => (err === null ? resolve() : reject(err)));
    });
    for (const file of ['dist/index.js', 'dist/k8s-schema.json', 'schemas/kubeplan-config.schema.json']) {
      const fresh = readFileSync(path.join(out, file));
      const committed = readFileSync(path.join(ACTION_ROOT, file));
      expect(committed.equals(fresh), `action/${file} is stale: run \`npm run build -w @kubeplan/action\` and commit it`).toBe(true);
    }
  });
});
