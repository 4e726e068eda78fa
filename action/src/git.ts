/**
 * The git the action needs: make sure the base commit is present (a shallow `actions/checkout` has only the
 * head) and list the lines the pull request changes. Arguments go to git as a vector, never through a shell.
 */
import { execFile } from 'node:child_process';

export type Git = (args: readonly string[]) => Promise<{ code: number; stdout: string; stderr: string }>;

/** The real git, run in `cwd`. */
export function gitIn(cwd: string): Git {
  return (args) =>
    new Promise((resolve) => {
      execFile('git', ['-C', cwd, ...args], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : 127;
        resolve({ code, stdout, stderr: stderr || (err?.message ?? '') });
      });
    });
}

const REVISION = /^[A-Za-z0-9._\/~^-]+$/;

/** Fetches `rev` from `origin` (depth 1) when the checkout does not have it; false when it cannot be had. */
export async function ensureRevision(git: Git, rev: string): Promise<boolean> {
  if (!REVISION.test(rev) || rev.startsWith('-')) return false;
  if ((await git(['cat-file', '-e', `${rev}^{commit}`])).code === 0) return true;
  const fetched = await git(['fetch', '--no-tags', '--depth=1', 'origin', rev]);
  return fetched.code === 0 && (await git(['cat-file', '-e', `${rev}^{commit}`])).code === 0;
}

/**
 * `git diff --unified=0 BASE [HEAD] -- paths` (HEAD undefined: the working tree); names in the output are
 * relative to the repository root. Undefined when git fails.
 */
export async function diffText(git: Git, base: string, head: string | undefined, paths: readonly string[]): Promise<string | undefined> {
  const revs = head === undefined ? [base] : [base, head];
  const res = await git(['diff', '--no-color', '--no-ext-diff', '--no-renames', '--unified=0', ...revs, '--', ...paths]);
  return res.code === 0 ? res.stdout : undefined;
}
