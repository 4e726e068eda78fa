/**
 * Runs the committed bundle (`action/dist/index.js`) as the GitHub runner does: a child process with `INPUT_*`
 * variables, an event payload file, `GITHUB_STEP_SUMMARY`/`GITHUB_OUTPUT` files and `GITHUB_API_URL`. Async
 * (`execFile`), so the fake API in this process keeps answering.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACTION_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE = path.join(ACTION_ROOT, 'dist', 'index.js');
export const SAMPLES = path.resolve(ACTION_ROOT, '..', 'samples');
export const NODE24 = path.resolve(ACTION_ROOT, '..', 'node_modules', 'node', 'bin', 'node');

export interface Repo {
  dir: string;
  baseSha: string;
  headSha: string;
}

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();

/** A real repository: a base commit, then a head commit that changes `files` (path → text; null deletes). */
export function makeRepo(base: Record<string, string>, head: Record<string, string>): Repo {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubeplan-action-repo-'));
  const write = (files: Record<string, string>): void => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  };
  git(dir, 'init', '-q', '-b', 'main');
  write(base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  write(head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

export const sample = (rel: string): string => readFileSync(path.join(SAMPLES, rel), 'utf8');

export interface PullRequestOptions {
  number?: number;
  fork?: boolean;
}

export function pullRequestPayload(repo: Repo, opts: PullRequestOptions = {}): unknown {
  const baseRepo = { full_name: 'octo/shop' };
  return {
    action: 'synchronize',
    number: opts.number ?? 7,
    pull_request: {
      number: opts.number ?? 7,
      title: 'Bump web <!-- --> </details>',
      base: { ref: 'main', sha: repo.baseSha, repo: baseRepo },
      head: { ref: 'bump', sha: repo.headSha, repo: opts.fork === true ? { full_name: 'mallory/shop' } : baseRepo },
    },
    repository: baseRepo,
  };
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  output: string;
  /** `name` → value, parsed from `$GITHUB_OUTPUT`. */
  outputs: Record<string, string>;
  tmp: string;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

export async function runAction(opts: { repo: Repo; event: string; payload: unknown; inputs: Record<string, string>; apiUrl: string; node?: string }): Promise<ActionRun> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'kubeplan-action-run-'));
  const eventPath = path.join(tmp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  const summaryFile = path.join(tmp, 'summary.md');
  const outputFile = path.join(tmp, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.repo.dir,
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SHA: opts.repo.headSha,
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_API_URL: opts.apiUrl,
    RUNNER_TEMP: tmp,
  };
  for (const [name, value] of Object.entries(opts.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(opts.node ?? process.execPath, [BUNDLE], { env, cwd: opts.repo.dir, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1, stdout, stderr });
    });
  });
  const output = existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : '';
  return { ...result, summary: readFileSync(summaryFile, 'utf8'), output, outputs: parseOutputs(output), tmp };
}
