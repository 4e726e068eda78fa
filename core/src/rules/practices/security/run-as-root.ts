import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { isWindowsPod } from './pod-os.js';
import { effectiveSetting } from './security-context.js';

export const runAsRoot: Rule = {
  meta: {
    id: 'run-as-root',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'strict',
    summary: 'A container may run as root: neither runAsNonRoot: true nor a non-zero runAsUser (or it sets runAsGroup: 0).',
    rationale:
      "Without runAsNonRoot: true or a non-zero runAsUser the container runs as the image's user, root for most images; root in a container is one kernel bug away from root on the node. The Pod Security Standards (restricted) require runAsNonRoot.",
    howToFix: 'Set securityContext.runAsNonRoot: true (pod or container) and, if the image has no numeric USER, a runAsUser above 0.',
    examples: {
      invalid: 'containers:\n  - name: app\n    image: app:1.0',
      valid: 'securityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\ncontainers:\n  - name: app\n    image: app:1.0',
    },
    peers: ['kube-linter:run-as-non-root', 'polaris:runAsRootAllowed'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined || isWindowsPod(pod.template)) return;
    for (const c of pod.containers) {
      const name = describeContainer(c);
      const nonRoot = effectiveSetting(pod.template, c, 'runAsNonRoot');
      const user = effectiveSetting(pod.template, c, 'runAsUser');
      if (user?.value === 0) {
        const message = nonRoot?.value === true
          ? `${name} sets runAsNonRoot: true with runAsUser: 0: the kubelet refuses to start it`
          : `${name} runs as root (runAsUser: 0)`;
        ctx.report({ path: user.path, message });
      } else if (nonRoot?.value !== true && !(typeof user?.value === 'number' && user.value > 0)) {
        ctx.report({
          path: nonRoot?.path ?? [...c.path, 'securityContext', 'runAsNonRoot'],
          message: `${name} may run as root: set runAsNonRoot: true or a non-zero runAsUser`,
        });
      }
      const group = effectiveSetting(pod.template, c, 'runAsGroup');
      if (group?.value === 0) ctx.report({ path: group.path, message: `${name} runs with root's group (runAsGroup: 0)` });
    }
  },
};
