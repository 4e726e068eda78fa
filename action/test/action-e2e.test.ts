/**
 * End-to-end: the committed bundle run as a process with a runner-like environment, against a real git
 * repository (base commit, head commit) and a fake GitHub API on loopback.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGithub, type FakeGithub } from './support/fake-github.js';
import { makeRepo, pullRequestPayload, runAction, sample, type Repo } from './support/runner.js';
import { validateSarif } from './support/sarif-schema.js';

const BROKEN = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: broken
spec:
  replicas: three
  selector:
    matchLabels: {app: broken}
  template:
    metadata:
      labels: {app: broken}
    spec:
      containers:
        - name: b
          image: busybox
          imagePort: 3
`;

const imageBump = (extra: Record<string, string> = {}): Repo =>
  makeRepo({ 'k8s/web.yaml': sample('changes/image-bump/before/web.yaml') }, { 'k8s/web.yaml': sample('changes/image-bump/after/web.yaml'), ...extra });

let api: FakeGithub;
beforeEach(async () => {
  api = await startFakeGithub();
});
afterEach(async () => {
  await api.close();
});

const TOKEN = 'ghs_secret-token-123';
const prRun = (repo: Repo, inputs: Record<string, string>, fork = false) =>
  runAction({ repo, event: 'pull_request', payload: pullRequestPayload(repo, { fork }), inputs: { paths: 'k8s', 'github-token': TOKEN, ...inputs }, apiUrl: api.url });

describe('the action on a pull request', () => {
  it('annotates, summarises, writes SARIF and outputs, comments once and fails on errors', async () => {
    const repo = imageBump({ 'k8s/broken.yaml': BROKEN });
    const r = await prRun(repo, { 'sarif-file': 'out/kubeplan.sarif' });

    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error file=k8s/broken.yaml,line=6,col=13,endLine=6,endColumn=18,title=kubeplan schema-type::spec.replicas: expected integer, got string "three" (Deployment/broken)');
    expect(r.stdout).toMatch(/^::warning file=k8s\/broken\.yaml,line=15,.*title=kubeplan latest-tag::/m);
    expect(r.stdout).toContain('::error::kubeplan: 2 errors, 1 object rejected (fail-on: error)');
    // The token is masked first and never printed otherwise.
    expect(r.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
    expect(r.stdout.split(TOKEN)).toHaveLength(2);
    expect(r.stderr).not.toContain(TOKEN);

    expect(r.summary).toContain('**Plan: 5 to add, 1 to change, 0 to destroy, 1 rejected.');
    expect(r.summary).toContain('+          image: nginx:1.27.4');
    expect(r.outputs).toMatchObject({ errors: '2', warnings: '1', changes: '1', 'pending-pods': '0', 'stuck-rollouts': '0' });
    const plan = JSON.parse(readFileSync(r.outputs['plan-json'] ?? '', 'utf8')) as { schemaVersion: number; changes: unknown[] };
    expect(plan.schemaVersion).toBe(1);
    expect(plan.changes).toHaveLength(1);
    expect(readFileSync(r.outputs['summary-markdown'] ?? '', 'utf8')).toBe(r.summary);

    const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'out/kubeplan.sarif'), 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]?.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(['k8s/broken.yaml', 'k8s/broken.yaml', 'k8s/broken.yaml']);

    expect(api.requests.map((q) => `${q.method} ${q.url}`)).toEqual(['GET /repos/octo/shop/issues/7/comments?per_page=100&page=1', 'POST /repos/octo/shop/issues/7/comments']);
    expect(api.requests.every((q) => q.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body.startsWith('<!-- kubeplan-plan -->\n')).toBe(true);
    expect(api.comments[0]?.body).toContain('Deployment default/web');
  });

  it('updates its comment on the next push instead of adding one', async () => {
    api.comments.push({ id: 5, body: '<!-- kubeplan-plan -->\nwritten by a person', user: { login: 'mallory', type: 'User' } });
    for (let i = 0; i < 100; i++) api.comments.push({ id: 10 + i, body: `chatter ${i}`, user: { login: 'dev', type: 'User' } });
    const first = await prRun(imageBump(), {});
    expect(first.code).toBe(0);
    const created = api.comments.at(-1);
    expect(created?.user.type).toBe('Bot');
    api.requests.length = 0;

    const second = await prRun(imageBump({ 'k8s/extra.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\ndata: {a: b}\n' }), {});
    expect(second.code).toBe(0);
    expect(api.requests.map((q) => `${q.method} ${q.url}`)).toEqual([
      'GET /repos/octo/shop/issues/7/comments?per_page=100&page=1',
      'GET /repos/octo/shop/issues/7/comments?per_page=100&page=2',
      `PATCH /repos/octo/shop/issues/comments/${created?.id}`,
    ]);
    expect(api.comments.filter((c) => c.body.startsWith('<!-- kubeplan-plan -->'))).toHaveLength(2);
    expect(api.comments.find((c) => c.id === 5)?.body).toBe('<!-- kubeplan-plan -->\nwritten by a person');
    expect(created?.body).toContain('ConfigMap default/extra');
  });

  it('skips the comment with a notice on a fork, and passes', async () => {
    const r = await prRun(imageBump(), {}, true);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::notice::kubeplan: pull request from a fork; the plan comment is skipped/m);
    expect(api.requests).toEqual([]);
    expect(r.summary).toContain('Deployment default/web');
  });

  it('skips the comment with a notice when the API answers 403, and passes', async () => {
    api.denyWrites = 403;
    const r = await prRun(imageBump(), {});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::notice::kubeplan: the token may not write pull-request comments \(HTTP 403\)/m);
    expect(api.comments).toEqual([]);
  });

  it('fails according to fail-on', async () => {
    const broken = imageBump({ 'k8s/broken.yaml': BROKEN });
    expect((await prRun(broken, { 'fail-on': 'never', comment: 'false' })).code).toBe(0);
    const clean = imageBump();
    expect((await prRun(clean, { 'fail-on': 'error', comment: 'false' })).code).toBe(0);
    const stuck = makeRepo({ 'k8s/search.yaml': sample('changes/stuck-surge/before/search.yaml') }, { 'k8s/search.yaml': sample('changes/stuck-surge/after/search.yaml') });
    const asError = await prRun(stuck, { comment: 'false' });
    expect(asError.outputs).toMatchObject({ 'stuck-rollouts': '1', 'pending-pods': '1' });
    expect(asError.code).toBe(0);
    const asStuck = await prRun(stuck, { 'fail-on': 'stuck', comment: 'false' });
    expect(asStuck.code).toBe(1);
    expect(asStuck.stdout).toContain('::error::kubeplan: 1 rollout stuck (fail-on: stuck)');
    expect((await prRun(stuck, { 'fail-on': 'pending', comment: 'false' })).code).toBe(1);
    expect(api.requests).toEqual([]);
  });

  it('rejects a wrong input with one error line', async () => {
    const r = await prRun(imageBump(), { 'fail-on': 'sometimes' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::kubeplan: input "fail-on" must be one of error, warning, pending, stuck, never, got "sometimes"');
  });
});

describe('the action on a push', () => {
  it('lints and plans without a base or a comment', async () => {
    const repo = imageBump({ 'k8s/broken.yaml': BROKEN });
    const r = await runAction({ repo, event: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'octo/shop' } }, inputs: { paths: 'k8s', 'github-token': TOKEN }, apiUrl: api.url });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error file=k8s/broken.yaml,line=6');
    expect(r.outputs.changes).toBe('0');
    expect(api.requests).toEqual([]);
  });
});
