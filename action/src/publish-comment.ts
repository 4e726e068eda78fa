/**
 * Whether and how the plan comment is written: only on pull requests with `comment: true`; skipped with a
 * notice — never a failure — on forks (read-only token), without a token, or when the API says 401/403/404.
 */
import type { RunContext } from './event.js';
import { upsertComment, type Fetch } from './comment.js';

/** What happened, as one line for the log (`::notice::` when skipped). */
export type CommentOutcome = { log: string } | { notice: string };

export async function publishComment(ctx: RunContext, enabled: boolean, token: string | undefined, fetch: Fetch, body: string): Promise<CommentOutcome | undefined> {
  const pr = ctx.pullRequest;
  if (pr === undefined || !enabled) return undefined;
  if (pr.fork) return { notice: 'kubeplan: pull request from a fork; the plan comment is skipped (the token is read-only). The plan is in the job summary; see docs/action.md for the two-workflow pattern.' };
  if (token === undefined || ctx.repository === undefined) return { notice: 'kubeplan: no github-token or repository; the plan comment is skipped.' };
  const result = await upsertComment(fetch, { apiUrl: ctx.apiUrl, repository: ctx.repository, issue: pr.number, token }, body);
  if (result.outcome === 'forbidden') {
    return { notice: `kubeplan: the token may not write pull-request comments (HTTP ${result.status}); the plan comment is skipped. Grant "pull-requests: write" to get it.` };
  }
  return { log: `kubeplan: plan comment ${result.outcome} (id ${result.id})` };
}
