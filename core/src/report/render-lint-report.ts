import type { LintReport } from './lint-report.js';
import { renderGithub } from './render-github.js';
import { renderJson } from './render-json.js';
import { renderJunit } from './render-junit.js';
import { renderSarif } from './render-sarif.js';
import { renderText, type TextRenderOptions } from './render-text.js';

/** The `--output` formats of `kubeplan lint`. */
export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

const RENDERERS: Readonly<Record<OutputFormat, (report: LintReport, opts: TextRenderOptions) => string>> = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  junit: renderJunit,
  github: renderGithub,
};

/**
 * Renders a lint report in `format`. `opts` shapes the text output only; machine formats always carry every
 * finding (filtering them is the consumer's job, and `quiet` must not change what CI records).
 */
export function renderLintReport(
  report: LintReport,
  format: OutputFormat,
  opts: TextRenderOptions = { color: false },
): string {
  return RENDERERS[format](report, opts);
}
