import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { PlanDocument } from '../plan/plan-document.js';
import { renderPlanJson } from '../report/plan-json.js';
import type { SchedulingExplanation } from '../simulate/scheduler/explanation.js';
import { EXIT_FINDINGS, EXIT_USAGE } from './exit-codes.js';
import type { PlanArgs } from './plan-args.js';
import { planExitCode } from './plan-exit-code.js';
import { podCandidates, podKey, runPlanPaths } from './plan-inputs.js';
import { renderPlanOutput } from './render-plan-output.js';
import type { CliIo } from './run-cli.js';

/**
 * `kubeplan plan`: configuration, simulation, the plan in the chosen format (and, with `--out`, the JSON
 * document in a file), the exit code (see `planExitCode`).
 */
export async function runPlan(args: PlanArgs, io: CliIo): Promise<number> {
  const keys = args.explain.map((p) => podKey(p, args.namespace));
  const run = await runPlanPaths(args, io, keys);
  for (const d of run.ioErrors) io.stderr(`kubeplan: ${d.message}\n`);
  // With --detailed-exitcode, 2 means "changes": errors are 1, as terraform has them.
  const inputError = args.detailedExitcode === true ? EXIT_FINDINGS : EXIT_USAGE;
  // As lint: when no input could be read there is no plan worth printing in text (machine formats keep it).
  if (run.ioErrors.length >= args.paths.length && args.output !== 'json') return inputError;
  const explanations = keys.map((key) => explanationOf(run.explanations, run.document, key));
  if (args.out !== undefined) writePlan(path.resolve(io.cwd, args.out), run.document);
  const document = args.output === 'json' ? run.document : withoutIoErrors(run.document);
  const color = args.color ?? (io.stdoutIsTTY && args.output === 'text');
  io.stdout(renderPlanOutput(document, args.output, color, explanations));
  return run.ioErrors.length > 0 ? inputError : planExitCode(run.document, args.failOn, args.detailedExitcode === true);
}

/** `--out FILE`: the JSON document, as `-o json` prints it, for `kubeplan show` and CI steps after this one. */
function writePlan(file: string, doc: PlanDocument): void {
  try {
    writeFileSync(file, renderPlanJson(doc));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
    throw new UsageError(`--out: cannot write ${file}: ${reason}`);
  }
}

/** The explanation of `key`, or a UsageError that lists the pods the user may have meant. */
export function explanationOf(explanations: readonly SchedulingExplanation[], doc: PlanDocument, key: string): SchedulingExplanation {
  const found = explanations.find((e) => e.pod === key);
  if (found !== undefined) return found;
  const candidates = podCandidates(doc, key);
  const hint = candidates.length > 0 ? `; pods in the plan include: ${candidates.join(', ')}` : '; the plan makes no pods';
  throw new UsageError(`no pod "${key}" in the plan${hint}`);
}

/** Text and Markdown say unreadable inputs on stderr; the plan's findings are the rest. */
function withoutIoErrors(doc: PlanDocument): PlanDocument {
  return { ...doc, diagnostics: doc.diagnostics.filter((d) => d.rule !== 'io-error') };
}
