import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { isWindowsPod } from './pod-os.js';
import { effectiveSetting } from './security-context.js';

export const lowUserGroupId: Rule = {
  meta: {
    id: 'low-user-group-id',
    category: 'security',
    defaultSeverity: 'info',
    preset: 'opt-in',
    summary: 'A container runs with a user or group id below a threshold (10000 by default), or leaves them to the image.',
    rationale:
      "Low ids are those of users and groups on the node (system accounts, the first human users). If the container escapes, it acts as that node account; a high id owns nothing there.",
    howToFix: 'Set securityContext.runAsUser and runAsGroup to ids at or above the threshold (e.g. 10001).',
    examples: {
      invalid: 'securityContext:\n  runAsUser: 1000\n  runAsGroup: 1000',
      valid: 'securityContext:\n  runAsUser: 10001\n  runAsGroup: 10001',
    },
    peers: ['kube-score:container-security-context-user-group-id'],
    params: { minId: 10000 },
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined || isWindowsPod(pod.template)) return;
    const min = typeof ctx.params.minId === 'number' ? ctx.params.minId : 10000;
    for (const c of pod.containers) {
      for (const [field, what] of [['runAsUser', 'user'], ['runAsGroup', 'group']] as const) {
        const s = effectiveSetting(pod.template, c, field);
        if (typeof s?.value === 'number' && s.value >= min) continue;
        ctx.report(
          typeof s?.value === 'number'
            ? { path: s.path, message: `${describeContainer(c)} runs with ${what} id ${s.value}, below ${min}` }
            : { path: [...c.path, 'securityContext', field], message: `${describeContainer(c)} does not set ${field}: the image decides its ${what} id` },
        );
      }
    }
  },
};
