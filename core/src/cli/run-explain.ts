import { renderExplanationText } from '../report/explain-text.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import type { ExplainArgs } from './plan-args.js';
import { podKey, runPlanPaths } from './plan-inputs.js';
import type { CliIo } from './run-cli.js';
import { explanationOf } from './run-plan.js';

/**
 * `kubeplan explain pod NS/NAME`: plans the inputs, then prints how the scheduler decided that pod. Exit 0 when
 * the explanation is printed, whatever the pod's fate (a Pending pod's explanation is the answer asked for);
 * 2 for an unknown pod, unreadable inputs or a usage error.
 */
export async function runExplain(args: ExplainArgs, io: CliIo): Promise<number> {
  const key = podKey(args.pod, args.namespace);
  const run = await runPlanPaths(args, io, [key]);
  for (const d of run.ioErrors) io.stderr(`kubeplan: ${d.message}\n`);
  if (run.ioErrors.length > 0) return EXIT_USAGE;
  const explanation = explanationOf(run.explanations, run.document, key);
  const color = args.color ?? (io.stdoutIsTTY && args.output === 'text');
  io.stdout(args.output === 'json' ? `${JSON.stringify(explanation, null, 2)}\n` : renderExplanationText(explanation, { color }));
  return EXIT_OK;
}
