import { asArray, asStringMap, getIn } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';

export const nakedPod: Rule = {
  meta: {
    id: 'naked-pod',
    category: 'availability',
    defaultSeverity: 'warning',
    preset: 'strict',
    summary: 'A Pod is defined on its own, not through a controller (Deployment, StatefulSet, Job...).',
    rationale:
      'Nothing recreates a bare Pod when its node fails, is drained or the pod is evicted, and it cannot be updated in place: changing it means deleting it. Helm hooks and tests are skipped.',
    howToFix: 'Wrap the pod spec in a Deployment (or a Job for run-to-completion work).',
    examples: { invalid: 'kind: Pod\nspec:\n  containers: [...]', valid: 'kind: Deployment\nspec:\n  template:\n    spec:\n      containers: [...]' },
    peers: ['datree:K8S_NAKED_POD'],
  },
  kinds: ['Pod'],
  check(ctx) {
    if ((asArray(getIn(ctx.object, 'metadata', 'ownerReferences')) ?? []).length > 0) return;
    if ('helm.sh/hook' in (asStringMap(getIn(ctx.object, 'metadata', 'annotations')) ?? {})) return;
    ctx.report({ path: ['kind'], message: 'Pod is not managed by a controller: nothing recreates it if its node fails or it is evicted' });
  },
};
