import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { containerSetting } from './security-context.js';

export const privilegedContainer: Rule = {
  meta: {
    id: 'privileged-container',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A container runs privileged (securityContext.privileged: true).',
    rationale:
      'A privileged container gets every Linux capability and every host device, with no seccomp or AppArmor confinement: escaping to the node is trivial. The Pod Security Standards (baseline) forbid it.',
    howToFix: 'Remove `privileged: true`; add only the capabilities the process needs under securityContext.capabilities.add.',
    examples: {
      invalid: 'containers:\n  - name: app\n    securityContext:\n      privileged: true',
      valid: 'containers:\n  - name: app\n    securityContext:\n      capabilities:\n        add: [NET_BIND_SERVICE]',
    },
    peers: ['kube-linter:privileged-container', 'kube-score:container-security-context-privileged', 'polaris:runAsPrivileged'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    for (const c of ctx.pod?.containers ?? []) {
      const p = containerSetting(c, 'privileged');
      if (p?.value !== true) continue;
      ctx.report({ path: p.path, message: `${describeContainer(c)} is privileged: it has every capability and every device of the node` });
    }
  },
};
