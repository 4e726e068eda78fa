import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { containerSetting } from './security-context.js';

export const procMountUnmasked: Rule = {
  meta: {
    id: 'proc-mount-unmasked',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A container sets procMount: Unmasked.',
    rationale:
      "The container runtime masks parts of /proc (kcore, keys, timer_list...) that leak host information or allow attacks on the kernel; Unmasked removes that protection. The Pod Security Standards (baseline) forbid it.",
    howToFix: 'Remove procMount, or set it to Default. Only nested-container builders in user namespaces need Unmasked.',
    examples: { invalid: 'securityContext:\n  procMount: Unmasked', valid: 'securityContext:\n  procMount: Default' },
    peers: ['kube-linter:unsafe-proc-mount', 'polaris:procMount'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    for (const c of ctx.pod?.containers ?? []) {
      const s = containerSetting(c, 'procMount');
      if (s?.value !== 'Unmasked') continue;
      ctx.report({ path: s.path, message: `${describeContainer(c)} sets procMount: Unmasked: the host's /proc is not masked` });
    }
  },
};
