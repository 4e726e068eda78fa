import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import { parseCliArgs } from './args.js';
import { EXPLAIN_HELP, LINT_HELP, MAIN_HELP, PLAN_HELP, RULES_HELP, SHOW_HELP } from './help.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { runExplain } from './run-explain.js';
import { runLint } from './run-lint.js';
import { runPlan } from './run-plan.js';
import { runRules } from './run-rules.js';
import { runShow } from './run-show.js';

export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, exitCodeFor } from './exit-codes.js';

/** Everything the CLI touches of its process, injected so that tests can run it in memory. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  readStdin(): Promise<string>;
}

const HELP: Readonly<Record<string, string>> = { lint: LINT_HELP, rules: RULES_HELP, plan: PLAN_HELP, explain: EXPLAIN_HELP, show: SHOW_HELP };

/** `plan --detailed-exitcode` keeps 2 for "changes": its usage errors exit 1, as terraform's errors do. */
function usageExitCode(argv: readonly string[]): number {
  return argv[0] === 'plan' && argv.includes('--detailed-exitcode') ? EXIT_FINDINGS : EXIT_USAGE;
}

/** Runs one kubeplan command and returns its exit code. User errors never throw out of here. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv, io.env);
    switch (args.command) {
      case 'help':
        io.stdout(HELP[args.topic ?? ''] ?? MAIN_HELP);
        return EXIT_OK;
      case 'version':
        io.stdout(`kubeplan ${VERSION}\n`);
        return EXIT_OK;
      case 'rules':
        return runRules(args, io);
      case 'lint':
        return await runLint(args, io);
      case 'plan':
        return await runPlan(args, io);
      case 'explain':
        return await runExplain(args, io);
      case 'show':
        return runShow(args, io);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`kubeplan: ${err.message}\n`);
      return usageExitCode(argv);
    }
    throw err;
  }
}
