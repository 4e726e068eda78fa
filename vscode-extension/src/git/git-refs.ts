/** Branches and tags of a repository, to pick the base of a plan from. */
import { execFile } from 'node:child_process';

/** Runs a command and returns its standard output (injected in tests). */
export type RunCommand = (file: string, args: readonly string[], cwd: string) => Promise<string>;

export const runCommand: RunCommand = (file, args, cwd) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { cwd, maxBuffer: 4 * 1024 * 1024 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });

/** `git for-each-ref` output → ref names: local branches first, then remote branches, then tags; no `HEAD` aliases. */
export function parseRefs(stdout: string): string[] {
  const refs = stdout.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.endsWith('/HEAD') && l !== 'origin');
  return [...new Set(refs)];
}

/** The refs of the repository holding `cwd`. */
export async function gitRefs(cwd: string, run: RunCommand = runCommand): Promise<string[]> {
  const out = await run('git', ['for-each-ref', '--sort=-committerdate', '--format=%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags'], cwd);
  return parseRefs(out);
}
