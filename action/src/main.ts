/**
 * The action's entry point and its one error boundary: wires the real environment (process env, the event
 * file, git, fetch, the file system, stdout) into `run`, and turns any failure into one `::error::` line and
 * exit status 1. Wrong inputs and core's usage errors are the user's; anything else is reported as a bug.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '@kubeplan/core';
import type { Fetch } from './comment.js';
import { ApiError } from './comment.js';
import { gitIn } from './git.js';
import { InputError, input } from './inputs.js';
import { runPlan } from './plan-run.js';
import { run } from './run.js';
import { command } from './workflow-commands.js';

function readPayload(file: string | undefined): unknown {
  if (file === undefined || file === '') return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

function writeFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

async function main(): Promise<number> {
  const env = process.env;
  const workDir = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), input(env, 'working-directory') ?? '.');
  // Input paths are read relative to the process's directory, as `kubeplan plan` reads them.
  process.chdir(workDir);
  return run({
    env,
    cwd: workDir,
    payload: readPayload(env.GITHUB_EVENT_PATH),
    git: gitIn,
    fetch: globalThis.fetch as Fetch,
    plan: runPlan,
    print: (text) => process.stdout.write(text),
    appendFile: (file, text) => appendFileSync(file, text),
    writeFile,
  });
}

function message(err: unknown): string {
  if (err instanceof InputError || err instanceof UsageError || err instanceof ApiError) return `kubeplan: ${err.message}`;
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  return `kubeplan failed unexpectedly (please report it): ${detail}`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const token = input(process.env, 'github-token');
    const text = message(err);
    process.stdout.write(command('error', token === undefined ? text : text.split(token).join('***')));
    process.exitCode = 1;
  },
);
