import { asString } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule } from '../../rule.js';

export const defaultServiceAccount: Rule = {
  meta: {
    id: 'default-service-account',
    category: 'security',
    defaultSeverity: 'info',
    preset: 'opt-in',
    summary: 'A pod runs as its namespace\'s "default" ServiceAccount.',
    rationale:
      'Every pod of the namespace that names no ServiceAccount shares "default": a Role bound to it for one workload is granted to all of them, and audit logs cannot tell them apart.',
    howToFix: 'Create a ServiceAccount per workload and set spec.serviceAccountName.',
    examples: { invalid: 'spec:\n  containers: [...]', valid: 'spec:\n  serviceAccountName: web\n  containers: [...]' },
    peers: ['kube-linter:default-service-account'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined) return;
    const { spec, specPath } = pod.template;
    const field = asString(spec.serviceAccountName) !== undefined ? 'serviceAccountName' : asString(spec.serviceAccount) !== undefined ? 'serviceAccount' : undefined;
    const name = field === undefined ? 'default' : (spec[field] as string);
    if (name !== 'default' && name !== '') return;
    ctx.report({ path: [...specPath, field ?? 'serviceAccountName'], message: 'the pod runs as the namespace\'s "default" service account' });
  },
};
