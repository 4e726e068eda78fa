import { UsageError } from '../errors.js';
import { SEVERITY_RANK } from '../diagnostic.js';
import { renderLintReport } from '../report/index.js';
import type { LintReport } from '../report/lint-report.js';
import { lintPaths } from '../lint/lint-paths.js';
import { VERSION } from '../version.js';
import { parseCliArgs, type FailOn, type LintArgs } from './args.js';
import { LINT_HELP, MAIN_HELP } from './help.js';

/** Everything the CLI touches of its process, injected so that tests can run it in memory. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  readStdin(): Promise<string>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs one kubeplan command and returns its exit code. User errors never throw out of here. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv, io.env);
    switch (args.command) {
      case 'help':
        io.stdout(args.topic === 'lint' ? LINT_HELP : MAIN_HELP);
        return EXIT_OK;
      case 'version':
        io.stdout(`kubeplan ${VERSION}\n`);
        return EXIT_OK;
      case 'lint':
        return await runLint(args, io);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`kubeplan: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

async function runLint(args: LintArgs, io: CliIo): Promise<number> {
  const report = await lintPaths(args.paths, {
    cwd: io.cwd,
    readStdin: io.readStdin,
    exclude: args.exclude,
    kubeVersion: args.kubeVersion,
    strict: args.strict,
    ignoreMissingSchemas: args.ignoreMissingSchemas,
    schemaLocations: args.schemaLocations,
    skipKinds: args.skipKinds,
    rejectKinds: args.rejectKinds,
    namespace: args.namespace,
    jobs: args.jobs,
  });
  // Inputs that could not be read at all (missing paths, unreadable files) are I/O errors: one line each on
  // stderr and exit code 2. Machine-readable reports keep them too, so that CI tools see them.
  const ioErrors = report.diagnostics.filter((d) => d.rule === 'io-error');
  for (const d of ioErrors) io.stderr(`kubeplan: ${d.message}\n`);
  const readSomething = report.summary.files > ioErrors.length;
  if (args.output !== 'text' || readSomething) {
    const shown = args.output === 'text' ? withoutIoErrors(report) : report;
    const color = args.color ?? (io.stdoutIsTTY && args.output === 'text');
    io.stdout(renderLintReport(shown, args.output, { color, quiet: args.quiet, summaryOnly: args.summaryOnly }));
  }
  return ioErrors.length > 0 ? EXIT_USAGE : exitCodeFor(report, args.failOn);
}

function withoutIoErrors(report: LintReport): LintReport {
  const diagnostics = report.diagnostics.filter((d) => d.rule !== 'io-error');
  const dropped = report.diagnostics.length - diagnostics.length;
  return { ...report, diagnostics, summary: { ...report.summary, errors: report.summary.errors - dropped, files: report.summary.files - dropped } };
}

/** 1 when any finding is at or above `failOn`, else 0. */
export function exitCodeFor(report: LintReport, failOn: FailOn): number {
  if (failOn === 'none') return EXIT_OK;
  const threshold = SEVERITY_RANK[failOn];
  return report.diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold) ? EXIT_FINDINGS : EXIT_OK;
}
