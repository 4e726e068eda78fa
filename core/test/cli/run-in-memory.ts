import { runCli } from '../../src/cli/run-cli.js';

export interface MemoryRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process with `cwd` as its working directory (paths given to lint should be absolute). */
export async function runInMemory(argv: readonly string[], cwd: string, stdin = ''): Promise<MemoryRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdoutIsTTY: false,
    env: {},
    cwd,
    readStdin: async () => stdin,
  });
  return { code, stdout, stderr };
}
