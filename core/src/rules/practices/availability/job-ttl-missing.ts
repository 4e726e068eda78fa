import { asObject, asStringMap, getIn } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';

/** Annotations of tools that delete the Job themselves (Helm and Argo CD hooks with a delete policy). */
const DELETED_BY_TOOL = ['helm.sh/hook-delete-policy', 'argocd.argoproj.io/hook-delete-policy'];

export const jobTtlMissing: Rule = {
  meta: {
    id: 'job-ttl-missing',
    category: 'availability',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A Job not created by a CronJob has no ttlSecondsAfterFinished.',
    rationale:
      'Finished Jobs and their pods stay until deleted: they clutter the namespace, keep logs and Secrets references alive and count against quotas. A CronJob cleans up through its history limits; a standalone Job needs a TTL.',
    howToFix: 'Set spec.ttlSecondsAfterFinished (e.g. 86400), unless a tool deletes the Job (Helm or Argo CD hook delete policies are recognised).',
    examples: { invalid: 'kind: Job\nspec:\n  template: ...', valid: 'kind: Job\nspec:\n  ttlSecondsAfterFinished: 86400\n  template: ...' },
    peers: ['kube-linter:job-ttl-seconds-after-finished'],
  },
  kinds: ['Job'],
  check(ctx) {
    if (getIn(ctx.object, 'spec', 'ttlSecondsAfterFinished') !== undefined) return;
    const annotations = asStringMap(getIn(ctx.object, 'metadata', 'annotations')) ?? {};
    if (DELETED_BY_TOOL.some((a) => a in annotations)) return;
    if (asObject(getIn(ctx.object, 'metadata', 'ownerReferences', 0)) !== undefined) return;
    ctx.report({ path: ['spec', 'ttlSecondsAfterFinished'], message: 'Job has no ttlSecondsAfterFinished: it and its pods stay after it finishes' });
  },
};
