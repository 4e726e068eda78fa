import { asString } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule } from '../../rule.js';

export const automountServiceAccountToken: Rule = {
  meta: {
    id: 'automount-service-account-token',
    category: 'security',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A pod mounts a service account token without saying so (automountServiceAccountToken is unset on the pod and its ServiceAccount).',
    rationale:
      'By default every pod gets a token for its ServiceAccount; most applications never call the Kubernetes API, and a stolen token is a foothold in the cluster.',
    howToFix: 'Set automountServiceAccountToken: false on the pod (or its ServiceAccount); set it to true on the pods that do call the API.',
    examples: {
      invalid: 'spec:\n  containers:\n    - name: app\n      image: app:1.0',
      valid: 'spec:\n  automountServiceAccountToken: false\n  containers:\n    - name: app\n      image: app:1.0',
    },
    peers: ['polaris:automountServiceAccountToken'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined || pod.template.spec.automountServiceAccountToken !== undefined) return;
    const spec = pod.template.spec;
    const saName = asString(spec.serviceAccountName) ?? asString(spec.serviceAccount) ?? 'default';
    const sa = ctx.index.find('ServiceAccount', ctx.index.namespaceOf(ctx.manifest), saName);
    if (sa !== undefined && sa.object.automountServiceAccountToken !== undefined) return;
    ctx.report({
      path: [...pod.template.specPath, 'automountServiceAccountToken'],
      message: `the pod mounts a token of service account "${saName}": set automountServiceAccountToken: false unless it calls the Kubernetes API`,
    });
  },
};
