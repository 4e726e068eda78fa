import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { capabilityList } from './capabilities.js';
import { isWindowsPod } from './pod-os.js';
import { containerSetting } from './security-context.js';

export const netRawNotDropped: Rule = {
  meta: {
    id: 'net-raw-not-dropped',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'strict',
    summary: 'A container keeps the NET_RAW capability (neither NET_RAW nor ALL is in capabilities.drop).',
    rationale:
      'Docker and containerd grant NET_RAW by default. It lets a process craft raw packets: spoof addresses and poison ARP or DNS on the pod network. Few applications need it (ping does not, with net.ipv4.ping_group_range).',
    howToFix: 'Add ALL (or NET_RAW) to securityContext.capabilities.drop, then add back only what the process needs.',
    examples: {
      invalid: 'containers:\n  - name: app\n    image: app:1.0',
      valid: 'containers:\n  - name: app\n    image: app:1.0\n    securityContext:\n      capabilities:\n        drop: [ALL]',
    },
    peers: ['kube-linter:drop-net-raw-capability', 'polaris:insecureCapabilities'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined || isWindowsPod(pod.template)) return;
    for (const c of pod.containers) {
      // Privileged containers and explicit adds are reported by privileged-container and dangerous-capabilities.
      if (containerSetting(c, 'privileged')?.value === true) continue;
      if (capabilityList(c, 'add').some((x) => x.name === 'NET_RAW' || x.name === 'ALL')) continue;
      if (capabilityList(c, 'drop').some((x) => x.name === 'NET_RAW' || x.name === 'ALL')) continue;
      ctx.report({
        path: [...c.path, 'securityContext', 'capabilities', 'drop'],
        message: `${describeContainer(c)} does not drop NET_RAW: add ALL (or NET_RAW) to securityContext.capabilities.drop`,
      });
    }
  },
};
