/**
 * One run of the action: inputs and event, lint + plan against the base, annotations, step summary, SARIF,
 * the pull-request comment, outputs, and the exit status. Every effect goes through `deps`, so the run is
 * tested without a runner; `main.ts` passes the real ones.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { renderGithub, renderPlanJson, renderPlanMarkdown, renderSarif, type Diagnostic, type LintReport } from '@kubeplan/core';
import { chooseAnnotations, hiddenNote } from './annotations.js';
import { parseChangedLines, type ChangedLines } from './changed-lines.js';
import { commentBody, summaryMarkdown } from './comment-body.js';
import type { Fetch } from './comment.js';
import { runContext, type RunContext } from './event.js';
import { diffText, ensureRevision, type Git } from './git.js';
import { readInputs, type ActionInputs, type Env } from './inputs.js';
import { countsOf, failureReason, outputsOf } from './outcome.js';
import type { PlanRequest, PlanResult } from './plan-run.js';
import { publishComment } from './publish-comment.js';
import { command, outputEntry } from './workflow-commands.js';

export interface Deps {
  env: Env;
  cwd: string;
  /** The parsed `GITHUB_EVENT_PATH` payload, undefined without one. */
  payload: unknown;
  git: (cwd: string) => Git;
  fetch: Fetch;
  plan: (req: PlanRequest) => Promise<PlanResult>;
  print: (text: string) => void;
  appendFile: (file: string, text: string) => void;
  writeFile: (file: string, text: string) => void;
}

const posix = (p: string): string => p.split(path.sep).join('/');

/** Findings with file names relative to the repository root (`GITHUB_WORKSPACE`), as annotations and SARIF need. */
function fromWorkspace(report: LintReport, workDir: string, workspace: string): LintReport {
  const rel = (d: Diagnostic): Diagnostic => (d.file.startsWith('<') ? d : { ...d, file: posix(path.relative(workspace, path.resolve(workDir, d.file))) });
  return { ...report, diagnostics: report.diagnostics.map(rel) };
}

/** The base to plan against: the input, else the pull request's base commit; fetched when shallow. */
async function baseOf(inputs: ActionInputs, ctx: RunContext, git: Git, workDir: string, print: Deps['print']): Promise<string | undefined> {
  const base = inputs.base ?? ctx.pullRequest?.baseSha;
  if (base === undefined || existsSync(path.resolve(workDir, base))) return base;
  if (await ensureRevision(git, base)) return base;
  print(command('warning', `kubeplan: the base revision ${base} cannot be read or fetched; planning without a base`));
  return undefined;
}

async function changedLines(git: Git, base: string | undefined, ctx: RunContext, paths: readonly string[], workDir: string): Promise<ChangedLines | undefined> {
  if (base === undefined || ctx.pullRequest === undefined) return undefined;
  // Against the working tree: the files that were linted (a pull_request checkout is the merge commit).
  const diff = await diffText(git, base, undefined, paths);
  if (diff === undefined) return undefined;
  const top = (await git(['rev-parse', '--show-toplevel'])).stdout.trim() || workDir;
  const lines = parseChangedLines(diff);
  return new Map([...lines].map(([file, set]) => [posix(path.relative(ctx.workspace, path.resolve(top, file))), set]));
}

function annotate(report: LintReport, changed: ChangedLines | undefined, print: Deps['print']): string {
  const choice = chooseAnnotations(report.diagnostics, changed);
  for (const level of ['error', 'warning', 'info'] as const) {
    const shown = choice.shown.filter((d) => d.severity === level);
    if (shown.length > 0) print(renderGithub({ ...report, diagnostics: shown }));
  }
  return hiddenNote(choice.hidden);
}

export async function run(deps: Deps): Promise<number> {
  const { env, print } = deps;
  const inputs = readInputs(env);
  if (inputs.token !== undefined) print(command('add-mask', inputs.token));
  const ctx = runContext(env, deps.payload, deps.cwd);
  const workDir = path.resolve(ctx.workspace, inputs.workingDirectory);
  const git = deps.git(workDir);
  const base = await baseOf(inputs, ctx, git, workDir, print);
  const { document, report } = await deps.plan({ paths: inputs.paths, cwd: workDir, config: inputs.config, kubeVersion: inputs.kubeVersion, cluster: inputs.cluster, base });
  const repoReport = fromWorkspace(report, workDir, ctx.workspace);
  const changed = await changedLines(git, base, ctx, inputs.paths, workDir);
  const note = inputs.annotations ? annotate(repoReport, changed, print) : '';
  if (note !== '') print(command('notice', note));

  const parts = { planMarkdown: renderPlanMarkdown(document), hiddenNote: note, headSha: ctx.pullRequest?.headSha ?? env.GITHUB_SHA, runUrl: runUrl(env) };
  const temp = env.RUNNER_TEMP ?? workDir;
  const planJson = path.join(temp, 'kubeplan-plan.json');
  const summaryFile = path.join(temp, 'kubeplan-summary.md');
  const summary = summaryMarkdown(parts);
  deps.writeFile(planJson, renderPlanJson(document));
  deps.writeFile(summaryFile, summary);
  if (env.GITHUB_STEP_SUMMARY !== undefined && env.GITHUB_STEP_SUMMARY !== '') deps.appendFile(env.GITHUB_STEP_SUMMARY, summary);
  if (inputs.sarifFile !== undefined) deps.writeFile(path.resolve(ctx.workspace, inputs.sarifFile), renderSarif(repoReport));

  const comment = await publishComment(ctx, inputs.comment, inputs.token, deps.fetch, commentBody(parts));
  if (comment !== undefined) print('notice' in comment ? command('notice', comment.notice) : `${comment.log}\n`);

  const counts = countsOf(document);
  if (env.GITHUB_OUTPUT !== undefined && env.GITHUB_OUTPUT !== '') {
    const outputs = outputsOf(counts, planJson, summaryFile);
    deps.appendFile(env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => outputEntry(k, v)).join(''));
  }
  const failure = failureReason(counts, inputs.failOn);
  if (failure !== undefined) print(command('error', failure));
  return failure === undefined ? 0 : 1;
}

function runUrl(env: Env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server !== undefined && repo !== undefined && id !== undefined ? `${server}/${repo}/actions/runs/${id}` : undefined;
}
