/** The status-bar item's text and tooltip, from the latest plan. */
import type { JsonPlanDocument } from '@kubeplan/core';
import { headline } from '../plan-view/view-model.js';

export interface StatusText {
  text: string;
  tooltip: string;
}

export function statusText(doc: JsonPlanDocument | undefined, state: 'starting' | 'planning' | 'ready' | 'failed' = 'ready'): StatusText {
  if (doc === undefined || state === 'failed') {
    const words = { starting: 'starting…', planning: 'planning…', ready: 'no plan yet', failed: 'plan failed' }[state];
    return { text: `kubeplan: ${words}`, tooltip: 'kubeplan: open the Plan view' };
  }
  const icon = doc.summary.podsPending > 0 || doc.summary.rejected > 0 ? '$(warning) ' : '';
  return {
    text: `${icon}kubeplan: ${headline(doc)}`,
    tooltip: `Plan: ${doc.summary.add} to add, ${doc.summary.change} to change, ${doc.summary.destroy} to destroy · ${doc.nodes.length} nodes · click to open the Plan view`,
  };
}
