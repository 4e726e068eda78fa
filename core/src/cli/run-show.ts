import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { parsePlanDocument } from '../plan/parse-plan-document.js';
import { EXIT_OK } from './exit-codes.js';
import type { ShowArgs } from './plan-args.js';
import { renderPlanOutput } from './render-plan-output.js';
import type { CliIo } from './run-cli.js';

/**
 * `kubeplan show PLAN.json`: a plan saved with `kubeplan plan --out` (or `-o json`) rendered again, in any
 * format, without planning anything — a CI job plans once and shows the plan as text in the log and as
 * Markdown in the pull request.
 */
export function runShow(args: ShowArgs, io: CliIo): number {
  const file = path.resolve(io.cwd, args.file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `plan file not found: ${args.file}` : `cannot read ${args.file}: ${code ?? String(err)}`);
  }
  const parsed = parsePlanDocument(text);
  if (!parsed.ok) throw new UsageError(`${args.file}: ${parsed.message}`);
  const color = args.color ?? (io.stdoutIsTTY && args.output === 'text');
  io.stdout(renderPlanOutput(parsed.document, args.output, color));
  return EXIT_OK;
}
