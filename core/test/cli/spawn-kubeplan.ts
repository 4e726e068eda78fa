import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';

import { REPO_ROOT } from '../support/shared.js';

export { REPO_ROOT, SHARED } from '../support/shared.js';
export const KUBEPLAN_BIN = path.join(REPO_ROOT, 'core', 'bin', 'kubeplan.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `kubeplan` executable as a child process (from the repository root unless `cwd` is given). */
export function kubeplan(args: readonly string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env };
  const res = spawnSync(process.execPath, [KUBEPLAN_BIN, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    input: opts.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

/** A user error: the exit code, one clean line on stderr with the message, no stack trace. */
export function expectCleanError(res: RunResult, code: number, message: string | RegExp): void {
  expect(res.code).toBe(code);
  expect(res.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(res.stderr).toMatch(message);
  expect(res.stderr).not.toMatch(/\n\s+at |internal error/);
}
