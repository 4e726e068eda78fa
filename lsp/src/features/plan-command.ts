import { renderPlanJson, renderPlanMarkdown, type JsonPlanDocument } from '@kubeplan/core';
import type { PlanSnapshot } from '../workspace/workspace.js';

/** What `kubeplan.plan` returns: the plan document (`plan --output json`'s shape) and the same plan as markdown. */
export interface PlanCommandResult {
  document: JsonPlanDocument;
  markdown: string;
  /** How long the plan took (milliseconds). */
  ms: number;
}

/** The command's answer for a plan of the current workspace. */
export function planCommandResult(plan: PlanSnapshot): PlanCommandResult {
  return { document: JSON.parse(renderPlanJson(plan.document)) as JsonPlanDocument, markdown: renderPlanMarkdown(plan.document), ms: Math.round(plan.ms) };
}
