/**
 * What the run is about, from the runner's variables and the event payload (`GITHUB_EVENT_PATH`): a pull
 * request (number, base and head commits, whether it comes from a fork) or a push / manual run. Pure.
 */
import type { Env } from './inputs.js';

export interface PullRequestContext {
  number: number;
  baseSha: string;
  headSha: string;
  /** The head repository differs from the base one: the token is read-only, no comment can be written. */
  fork: boolean;
}

export interface RunContext {
  eventName: string;
  /** `owner/name` of the repository the workflow runs in. */
  repository?: string;
  apiUrl: string;
  workspace: string;
  pullRequest?: PullRequestContext;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function pullRequestOf(payload: unknown): PullRequestContext | undefined {
  const pr = record(record(payload).pull_request);
  const base = record(pr.base);
  const head = record(pr.head);
  const number = pr.number;
  const baseSha = text(base.sha);
  const headSha = text(head.sha);
  if (typeof number !== 'number' || baseSha === undefined || headSha === undefined) return undefined;
  const baseRepo = text(record(base.repo).full_name);
  const headRepo = text(record(head.repo).full_name);
  // A deleted fork has `head.repo: null`: treat it as a fork.
  return { number, baseSha, headSha, fork: headRepo === undefined || (baseRepo !== undefined && headRepo !== baseRepo) };
}

/** The run's context; `payload` is the parsed event file (undefined when there is none). */
export function runContext(env: Env, payload: unknown, cwd: string): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? 'workflow_dispatch';
  const pullRequest = PR_EVENTS.has(eventName) ? pullRequestOf(payload) : undefined;
  return {
    eventName,
    repository: text(env.GITHUB_REPOSITORY) ?? text(record(record(payload).repository).full_name),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    ...(pullRequest === undefined ? {} : { pullRequest }),
  };
}
