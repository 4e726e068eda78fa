// `--base REF|PATH` read from a real temporary git repository (core/src/load/git-revision.ts, read-base.ts):
// the input paths at the revision, directory scans as the loader does them, and one-line errors.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { readGitRevision } from '../../src/load/git-revision.js';
import { readBase } from '../../src/load/read-base.js';

let repo = '';

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, stdio: 'ignore' });
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'kubeplan-git-'));
  mkdirSync(path.join(repo, 'deploy', 'nested'), { recursive: true });
  mkdirSync(path.join(repo, 'deploy', '.hidden'));
  writeFileSync(path.join(repo, 'deploy', 'web.yaml'), 'kind: ConfigMap\nmetadata: { name: v1 }\n');
  writeFileSync(path.join(repo, 'deploy', 'nested', 'api.yml'), 'kind: ConfigMap\nmetadata: { name: api }\n');
  writeFileSync(path.join(repo, 'deploy', '.hidden', 'x.yaml'), 'kind: ConfigMap\n');
  writeFileSync(path.join(repo, 'deploy', 'notes.txt'), 'not a manifest\n');
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'one');
  writeFileSync(path.join(repo, 'deploy', 'web.yaml'), 'kind: ConfigMap\nmetadata: { name: v2 }\n');
  git('commit', '-qam', 'two');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('reading the inputs at a git revision', () => {
  it("gives a directory's manifests at the revision, hidden folders and other files left out, repository-relative", async () => {
    const inputs = await readGitRevision('HEAD~1', ['deploy'], repo);
    expect(inputs.map((i) => i.file)).toEqual(['deploy/nested/api.yml', 'deploy/web.yaml']);
    expect(inputs.find((i) => i.file === 'deploy/web.yaml')?.text).toContain('name: v1');
  });

  it('gives a file at the revision, from a working directory inside the repository', async () => {
    const inputs = await readGitRevision('HEAD~1', ['web.yaml'], path.join(repo, 'deploy'));
    expect(inputs).toEqual([{ file: 'deploy/web.yaml', text: 'kind: ConfigMap\nmetadata: { name: v1 }\n', discovered: false }]);
  });

  it('gives nothing for a file that did not exist at the revision (everything in it is new)', async () => {
    writeFileSync(path.join(repo, 'deploy', 'new.yaml'), 'kind: ConfigMap\n');
    expect(await readGitRevision('HEAD', ['deploy/new.yaml'], repo)).toEqual([]);
  });

  it('says which revision is unknown, and where', async () => {
    await expect(readGitRevision('main~9', ['deploy'], repo)).rejects.toThrow(new UsageError(`--base: unknown revision "main~9" in ${execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: repo }).toString().trim()}`));
  });

  it('refuses a path outside any repository', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'kubeplan-nogit-'));
    await expect(readGitRevision('HEAD', ['.'], outside)).rejects.toThrow(/--base: "HEAD" is not a file or folder, and \. is not in a git repository/);
  });

  it('refuses standard input', async () => {
    await expect(readGitRevision('HEAD', ['-'], repo)).rejects.toThrow(/standard input \(-\) has no revision/);
  });

  it('reports a missing git as a usage error', async () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(repo, 'no-bin');
    try {
      await expect(readGitRevision('HEAD', ['deploy'], repo)).rejects.toThrow('--base: git is not installed (or not on PATH); it is needed to read a revision');
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('--base PATH or REF', () => {
  it('reads an existing folder as the base, names as given', async () => {
    const base = await readBase('deploy/nested', ['deploy'], { cwd: repo });
    expect(base.label).toBe('deploy/nested');
    expect(base.inputs.map((i) => i.file)).toEqual([path.join('deploy', 'nested', 'api.yml')]);
  });

  it('reads anything else as a git revision', async () => {
    const base = await readBase('HEAD~1', ['deploy/web.yaml'], { cwd: repo });
    expect(base.label).toBe('git:HEAD~1');
    expect(base.inputs.map((i) => i.text)).toEqual(['kind: ConfigMap\nmetadata: { name: v1 }\n']);
  });
});
