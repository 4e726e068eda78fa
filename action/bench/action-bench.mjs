// `npm run bench`: what the action adds to a run. For each change sample (samples/changes/*, base and head
// committed in a temporary git repository), the wall time of the bundled action on a pull_request event (lint,
// plan against the base, annotations, summary, SARIF, the comment against a loopback fake API) against
// `kubeplan plan --base` alone on the same repository. Median of RUNS each; writes bench-results/action.json.
// Budget (issue 8): under 2 s added.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 5;
const BUDGET_MS = 2000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = path.join(root, 'action', 'dist', 'index.js');
const cli = path.join(root, 'core', 'bin', 'kubeplan.js');
const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@e', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@e' };
const git = (dir, ...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: gitEnv }).trim();

function repoOf(sample) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubeplan-action-bench-'));
  git(dir, 'init', '-q', '-b', 'main');
  cpSync(path.join(sample, 'before'), path.join(dir, 'k8s'), { recursive: true });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  execFileSync('rm', ['-rf', path.join(dir, 'k8s')]);
  cpSync(path.join(sample, 'after'), path.join(dir, 'k8s'), { recursive: true });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

const timed = (file, args, options) =>
  new Promise((resolve) => {
    const started = performance.now();
    execFile(process.execPath, [file, ...args], options, (err) => resolve({ ms: performance.now() - started, code: err === null ? 0 : err.code }));
  });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let nextId = 1;
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = req.method === 'GET' ? [] : { id: nextId++ };
    res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const apiUrl = `http://127.0.0.1:${server.address().port}`;

const samples = readdirSync(path.join(root, 'samples', 'changes'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'samples', 'changes', d.name, 'before')))
  .map((d) => d.name);
const rows = [];
for (const name of samples) {
  const repo = repoOf(path.join(root, 'samples', 'changes', name));
  const tmp = mkdtempSync(path.join(tmpdir(), 'kubeplan-action-bench-run-'));
  writeFileSync(path.join(tmp, 'event.json'), JSON.stringify({ pull_request: { number: 1, base: { sha: repo.baseSha, repo: { full_name: 'o/r' } }, head: { sha: repo.headSha, repo: { full_name: 'o/r' } } } }));
  for (const f of ['summary.md', 'output.txt']) writeFileSync(path.join(tmp, f), '');
  const env = {
    PATH: process.env.PATH, HOME: tmp, GITHUB_WORKSPACE: repo.dir, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path.join(tmp, 'event.json'),
    GITHUB_REPOSITORY: 'o/r', GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'), GITHUB_OUTPUT: path.join(tmp, 'output.txt'), GITHUB_API_URL: apiUrl,
    RUNNER_TEMP: tmp, INPUT_PATHS: 'k8s', 'INPUT_GITHUB-TOKEN': 'bench', 'INPUT_SARIF-FILE': path.join(tmp, 'k.sarif'), 'INPUT_FAIL-ON': 'never',
  };
  const action = [];
  const plan = [];
  for (let i = 0; i < RUNS; i++) {
    action.push((await timed(bundle, [], { env, cwd: repo.dir })).ms);
    plan.push((await timed(cli, ['plan', 'k8s', '--base', repo.baseSha, '--fail-on', 'none'], { cwd: repo.dir })).ms);
  }
  const row = { sample: name, actionMs: Math.round(median(action)), planMs: Math.round(median(plan)) };
  rows.push({ ...row, overheadMs: row.actionMs - row.planMs });
  console.log(`action ${name}: action ${row.actionMs} ms, plan ${row.planMs} ms, overhead ${row.actionMs - row.planMs} ms`);
}
server.close();
const worst = Math.max(...rows.map((r) => r.overheadMs));
const result = { date: new Date().toISOString(), node: process.version, runs: RUNS, budgetMs: BUDGET_MS, worstOverheadMs: worst, withinBudget: worst < BUDGET_MS, samples: rows };
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(path.join(root, 'bench-results', 'action.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`action: worst overhead ${worst} ms over kubeplan plan (budget ${BUDGET_MS} ms)`);
if (worst >= BUDGET_MS) process.exitCode = 1;
