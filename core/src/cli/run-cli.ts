import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import { parseCliArgs } from './args.js';
import { EXPLAIN_HELP, LINT_HELP, MAIN_HELP, PLAN_HELP, RULES_HELP } from './help.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { runExplain } from './run-explain.js';
import { runLint } from './run-lint.js';
import { runPlan } from './run-plan.js';
import { runRules } from './run-rules.js';

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

const HELP: Readonly<Record<string, string>> = { lint: LINT_HELP, rules: RULES_HELP, plan: PLAN_HELP, explain: EXPLAIN_HELP };

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
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`kubeplan: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}
