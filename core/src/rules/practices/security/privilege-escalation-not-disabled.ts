import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { isWindowsPod } from './pod-os.js';
import { containerSetting } from './security-context.js';

export const privilegeEscalationNotDisabled: Rule = {
  meta: {
    id: 'privilege-escalation-not-disabled',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'strict',
    summary: 'A container does not set allowPrivilegeEscalation: false.',
    rationale:
      'Unset, allowPrivilegeEscalation defaults to true: setuid binaries in the image can gain privileges. The Pod Security Standards (restricted) require false.',
    howToFix: 'Set securityContext.allowPrivilegeEscalation: false on every container.',
    examples: {
      invalid: 'containers:\n  - name: app\n    image: app:1.0',
      valid: 'containers:\n  - name: app\n    image: app:1.0\n    securityContext:\n      allowPrivilegeEscalation: false',
    },
    peers: ['polaris:privilegeEscalationAllowed'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined || isWindowsPod(pod.template)) return;
    for (const c of pod.containers) {
      // privileged implies escalation (and the API refuses false with it); explicit true has its own rule.
      if (containerSetting(c, 'privileged')?.value === true || containerSetting(c, 'allowPrivilegeEscalation') !== undefined) continue;
      ctx.report({ path: [...c.path, 'securityContext', 'allowPrivilegeEscalation'], message: `${describeContainer(c)} does not set allowPrivilegeEscalation: false` });
    }
  },
};
