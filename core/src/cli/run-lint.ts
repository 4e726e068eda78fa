import { loadClusterNodes, type ClusterNodesResult } from '../cluster/cluster-nodes.js';
import type { Diagnostic } from '../diagnostic.js';
import { compareDiagnostics } from '../diagnostic.js';
import { UsageError } from '../errors.js';
import { resolveSettings } from '../config/resolve-settings.js';
import { lintLoaded } from '../lint/lint-loaded.js';
import { lintPaths, type LintPathsOptions } from '../lint/lint-paths.js';
import { loadText } from '../load/load-text.js';
import { summarize } from '../lint/summarize.js';
import { renderLintReport } from '../report/index.js';
import type { LintReport } from '../report/lint-report.js';
import type { LintArgs } from './args.js';
import { loadRunConfig } from './cli-config.js';
import { EXIT_USAGE, exitCodeFor } from './exit-codes.js';
import { fixFiles, fixSummary, type Relint } from './fix-files.js';
import type { CliIo } from './run-cli.js';

/** `kubeplan lint`: configuration, lint, optional fixes, report, exit code. */
export async function runLint(args: LintArgs, io: CliIo): Promise<number> {
  const { config, diagnostics: configProblems } = loadRunConfig(args, io.cwd);
  const { clusterPaths, ...settings } = resolveSettings(config, args, io.cwd);
  const cluster = clusterPaths === undefined ? undefined : await loadCluster(clusterPaths);
  const options: LintPathsOptions = {
    ...settings,
    ...(cluster === undefined ? {} : { cluster }),
    cwd: io.cwd,
    readStdin: io.readStdin,
    ignoreMissingSchemas: args.ignoreMissingSchemas,
    rejectKinds: args.rejectKinds,
    namespace: args.namespace,
    jobs: args.jobs,
  };
  let report = await lintPaths(args.paths, options);
  let note: string | undefined;
  if (args.fix !== undefined) {
    const relint: Relint = async (file, text) => (await lintLoaded(loadText(text, file), { ...options, texts: new Map([[file, text]]) })).diagnostics;
    const outcome = await fixFiles(report.diagnostics, io.cwd, args.fix, relint);
    if (args.fix === 'dry-run') {
      // stdout stays a clean patch (`| git apply`); the count goes to stderr.
      io.stdout(outcome.diffs.join(''));
      io.stderr(`kubeplan: ${fixSummary(outcome, args.fix)}\n`);
      return exitCodeFor(withDiagnostics(report, [...configProblems, ...(cluster?.diagnostics ?? [])]), args.failOn);
    }
    if (outcome.files > 0) report = await lintPaths(args.paths, options);
    note = fixSummary(outcome, args.fix);
  }
  report = withDiagnostics(report, [...configProblems, ...(cluster?.diagnostics ?? [])]);
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
  if (note !== undefined && args.output === 'text') io.stdout(`${note}\n`);
  else if (note !== undefined) io.stderr(`kubeplan: ${note}\n`);
  return ioErrors.length > 0 ? EXIT_USAGE : exitCodeFor(report, args.failOn);
}

/**
 * The cluster of --cluster (or `cluster:`): a path that cannot be read, or one without any Node, is a usage
 * error; other problems of the cluster files (YAML errors, malformed quantities) are findings of the run.
 */
async function loadCluster(paths: readonly string[]): Promise<ClusterNodesResult> {
  const cluster = await loadClusterNodes(paths);
  const unreadable = cluster.diagnostics.find((d) => d.rule === 'io-error');
  if (unreadable !== undefined) throw new UsageError(`--cluster: ${unreadable.message}`);
  if (cluster.nodes.length === 0) throw new UsageError(`--cluster: no Node objects in ${paths.join(', ')}`);
  return cluster;
}

/** The report with the configuration's own problems added (they are findings of the run like any other). */
function withDiagnostics(report: LintReport, extra: readonly Diagnostic[]): LintReport {
  if (extra.length === 0) return report;
  const diagnostics = [...report.diagnostics, ...extra].sort(compareDiagnostics);
  const counts = summarize(extra, [], 0, 0);
  const s = report.summary;
  return { ...report, diagnostics, summary: { ...s, errors: s.errors + counts.errors, warnings: s.warnings + counts.warnings, infos: s.infos + counts.infos } };
}

function withoutIoErrors(report: LintReport): LintReport {
  const diagnostics = report.diagnostics.filter((d) => d.rule !== 'io-error');
  const dropped = report.diagnostics.length - diagnostics.length;
  return { ...report, diagnostics, summary: { ...report.summary, errors: report.summary.errors - dropped, files: report.summary.files - dropped } };
}
