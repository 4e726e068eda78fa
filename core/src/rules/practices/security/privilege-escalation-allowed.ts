import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { containerSetting } from './security-context.js';

export const privilegeEscalationAllowed: Rule = {
  meta: {
    id: 'privilege-escalation-allowed',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A container explicitly allows privilege escalation (allowPrivilegeEscalation: true).',
    rationale:
      'With allowPrivilegeEscalation: true the kernel lets setuid binaries and file capabilities raise the process above its starting privileges (no_new_privs is not set). The Pod Security Standards (restricted) require false.',
    howToFix: 'Set securityContext.allowPrivilegeEscalation: false, or remove the line and let privilege-escalation-not-disabled guide you.',
    examples: {
      invalid: 'securityContext:\n  allowPrivilegeEscalation: true',
      valid: 'securityContext:\n  allowPrivilegeEscalation: false',
    },
    peers: ['kube-linter:privilege-escalation-container'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    for (const c of ctx.pod?.containers ?? []) {
      const s = containerSetting(c, 'allowPrivilegeEscalation');
      if (s?.value !== true) continue;
      ctx.report({ path: s.path, message: `${describeContainer(c)} sets allowPrivilegeEscalation: true: setuid binaries can raise its privileges` });
    }
  },
};
