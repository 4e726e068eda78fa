import { asObject } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { isWindowsPod } from './pod-os.js';
import { effectiveSetting } from './security-context.js';

export const seccompProfileMissing: Rule = {
  meta: {
    id: 'seccomp-profile-missing',
    category: 'security',
    defaultSeverity: 'info',
    preset: 'opt-in',
    summary: 'A container runs without a seccomp profile (no securityContext.seccompProfile, or type Unconfined).',
    rationale:
      'Unless the kubelet runs with --seccomp-default, a container without a profile is Unconfined: every system call is open to it, which widens the kernel attack surface. The Pod Security Standards (restricted) require RuntimeDefault or Localhost. The old seccomp annotations are ignored by current kubelets (see deprecated-annotations).',
    howToFix: 'Set securityContext.seccompProfile.type: RuntimeDefault on the pod.',
    examples: {
      invalid: 'spec:\n  containers:\n    - name: app\n      image: app:1.0',
      valid: 'spec:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault',
    },
    peers: ['kube-score:container-seccomp-profile', 'polaris:linuxHardening'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined || isWindowsPod(pod.template)) return;
    for (const c of pod.containers) {
      const profile = effectiveSetting(pod.template, c, 'seccompProfile');
      const type = asObject(profile?.value)?.type;
      if (profile !== undefined && type !== 'Unconfined') continue;
      ctx.report(
        profile === undefined
          ? { path: [...c.path, 'securityContext', 'seccompProfile'], message: `${describeContainer(c)} has no seccomp profile: it runs Unconfined unless the kubelet defaults to RuntimeDefault` }
          : { path: [...profile.path, 'type'], message: `${describeContainer(c)} runs with seccomp profile Unconfined` },
      );
    }
  },
};
