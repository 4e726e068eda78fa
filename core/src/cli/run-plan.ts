import { UsageError } from '../errors.js';
import type { PlanDocument } from '../plan/plan-document.js';
import { renderExplanationText } from '../report/explain-text.js';
import { markdownCodeBlock, markdownDetails, markdownText } from '../report/markdown-escape.js';
import { renderPlanJson } from '../report/plan-json.js';
import { renderPlanMarkdown } from '../report/plan-markdown.js';
import { renderPlanText } from '../report/plan-text.js';
import type { SchedulingExplanation } from '../simulate/scheduler/explanation.js';
import { EXIT_USAGE } from './exit-codes.js';
import type { PlanArgs } from './plan-args.js';
import { planExitCode } from './plan-exit-code.js';
import { podCandidates, podKey, runPlanPaths } from './plan-inputs.js';
import type { CliIo } from './run-cli.js';

/** `kubeplan plan`: configuration, simulation, the plan in the chosen format, the exit code (see `planExitCode`). */
export async function runPlan(args: PlanArgs, io: CliIo): Promise<number> {
  const keys = args.explain.map((p) => podKey(p, args.namespace));
  const run = await runPlanPaths(args, io, keys);
  for (const d of run.ioErrors) io.stderr(`kubeplan: ${d.message}\n`);
  // As lint: when no input could be read there is no plan worth printing in text (machine formats keep it).
  if (run.ioErrors.length >= args.paths.length && args.output !== 'json') return EXIT_USAGE;
  const explanations = keys.map((key) => explanationOf(run.explanations, run.document, key));
  const document = args.output === 'json' ? run.document : withoutIoErrors(run.document);
  const color = args.color ?? (io.stdoutIsTTY && args.output === 'text');
  switch (args.output) {
    case 'json':
      io.stdout(renderPlanJson(document));
      break;
    case 'markdown':
      io.stdout(renderPlanMarkdown(document) + explanations.map(explanationMarkdown).join(''));
      break;
    case 'text':
      io.stdout(renderPlanText(document, { color }) + explanations.map((e) => `\n${renderExplanationText(e, { color })}`).join(''));
      break;
  }
  return run.ioErrors.length > 0 ? EXIT_USAGE : planExitCode(run.document, args.failOn);
}

/** The explanation of `key`, or a UsageError that lists the pods the user may have meant. */
export function explanationOf(explanations: readonly SchedulingExplanation[], doc: PlanDocument, key: string): SchedulingExplanation {
  const found = explanations.find((e) => e.pod === key);
  if (found !== undefined) return found;
  const candidates = podCandidates(doc, key);
  const hint = candidates.length > 0 ? `; pods in the plan include: ${candidates.join(', ')}` : '; the plan makes no pods';
  throw new UsageError(`no pod "${key}" in the plan${hint}`);
}

function explanationMarkdown(e: SchedulingExplanation): string {
  return `\n${markdownDetails(`Scheduling of ${markdownText(e.pod)}`, markdownCodeBlock(renderExplanationText(e, { color: false }))).join('\n')}\n`;
}

/** Text and Markdown say unreadable inputs on stderr; the plan's findings are the rest. */
function withoutIoErrors(doc: PlanDocument): PlanDocument {
  return { ...doc, diagnostics: doc.diagnostics.filter((d) => d.rule !== 'io-error') };
}
