import type { PlanDocument } from '../plan/plan-document.js';
import { renderExplanationText } from '../report/explain-text.js';
import { markdownCodeBlock, markdownDetails, markdownText } from '../report/markdown-escape.js';
import { renderPlanJson } from '../report/plan-json.js';
import { renderPlanMarkdown } from '../report/plan-markdown.js';
import { renderPlanText } from '../report/plan-text.js';
import type { SchedulingExplanation } from '../simulate/scheduler/explanation.js';
import type { PlanOutputFormat } from './plan-args.js';

function explanationMarkdown(e: SchedulingExplanation): string {
  return `\n${markdownDetails(`Scheduling of ${markdownText(e.pod)}`, markdownCodeBlock(renderExplanationText(e, { color: false }))).join('\n')}\n`;
}

/**
 * A plan in the chosen format, with the `--explain` records after it (text and Markdown): what `kubeplan plan`
 * prints, and `kubeplan show` prints again from a saved plan.
 */
export function renderPlanOutput(doc: PlanDocument, output: PlanOutputFormat, color: boolean, explanations: readonly SchedulingExplanation[] = []): string {
  switch (output) {
    case 'json':
      return renderPlanJson(doc);
    case 'markdown':
      return renderPlanMarkdown(doc) + explanations.map(explanationMarkdown).join('');
    case 'text':
      return renderPlanText(doc, { color }) + explanations.map((e) => `\n${renderExplanationText(e, { color })}`).join('');
  }
}
