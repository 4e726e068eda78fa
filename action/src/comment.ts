/**
 * The one pull-request comment with the plan: found again by its hidden marker among the comments of the pull
 * request (REST, paginated), then updated in place, or created the first time. `fetch` is injected; the token
 * goes in the Authorization header only and never into a message.
 */
import { COMMENT_MARKER } from './comment-body.js';

export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{ status: number; json(): Promise<unknown>; headers: { get(name: string): string | null } }>;

export interface CommentTarget {
  apiUrl: string;
  /** `owner/name`. */
  repository: string;
  issue: number;
  token: string;
}

export type CommentResult = { outcome: 'created' | 'updated'; id: number } | { outcome: 'forbidden'; status: number };

/** A GitHub API failure other than "not allowed"; the message holds the status, never the token. */
export class ApiError extends Error {}

interface IssueComment {
  id: number;
  body?: string;
  user?: { type?: string } | null;
}

const PER_PAGE = 100;
const MAX_PAGES = 50;

function headers(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'content-type': 'application/json', 'user-agent': 'kubeplan-action' };
}

/** Ours: starts with the marker and was written by a bot (the workflow token's `github-actions[bot]`, an app). */
function isOurs(c: IssueComment): boolean {
  return typeof c.body === 'string' && c.body.startsWith(COMMENT_MARKER) && c.user?.type === 'Bot';
}

async function call(fetch: Fetch, t: CommentTarget, method: string, path: string, body?: unknown): Promise<{ status: number; data: unknown }> {
  const res = await fetch(`${t.apiUrl}${path}`, { method, headers: headers(t.token), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (res.status === 403 || res.status === 401 || res.status === 404) return { status: res.status, data: undefined };
  if (res.status >= 300) throw new ApiError(`GitHub API ${method} ${path}: HTTP ${res.status}`);
  return { status: res.status, data: await res.json() };
}

async function findComment(fetch: Fetch, t: CommentTarget): Promise<{ status: number; id?: number }> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { status, data } = await call(fetch, t, 'GET', `/repos/${t.repository}/issues/${t.issue}/comments?per_page=${PER_PAGE}&page=${page}`);
    if (data === undefined) return { status };
    const comments = Array.isArray(data) ? (data as IssueComment[]) : [];
    const found = comments.find(isOurs);
    if (found !== undefined) return { status, id: found.id };
    if (comments.length < PER_PAGE) break;
  }
  return { status: 200 };
}

/** Creates or updates the plan comment; `forbidden` when the token may not (fork pull requests, read-only tokens). */
export async function upsertComment(fetch: Fetch, t: CommentTarget, body: string): Promise<CommentResult> {
  const found = await findComment(fetch, t);
  if (found.status !== 200) return { outcome: 'forbidden', status: found.status };
  const [method, path] = found.id === undefined ? ['POST', `/repos/${t.repository}/issues/${t.issue}/comments`] : ['PATCH', `/repos/${t.repository}/issues/comments/${found.id}`];
  const { status, data } = await call(fetch, t, method, path, { body });
  if (data === undefined) return { outcome: 'forbidden', status };
  const id = (data as { id?: unknown }).id;
  return { outcome: found.id === undefined ? 'created' : 'updated', id: typeof id === 'number' ? id : (found.id ?? 0) };
}
