import { asObject } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';

export const windowsHostProcess: Rule = {
  meta: {
    id: 'windows-host-process',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A pod or container runs as a Windows HostProcess container (windowsOptions.hostProcess: true).',
    rationale:
      "HostProcess containers run directly on the Windows node with its network and file system, as a node account: they are the Windows equivalent of privileged. The Pod Security Standards (baseline) forbid them.",
    howToFix: 'Remove windowsOptions.hostProcess unless the workload is node infrastructure (CNI, storage, monitoring agents).',
    examples: {
      invalid: 'securityContext:\n  windowsOptions:\n    hostProcess: true',
      valid: 'securityContext:\n  windowsOptions:\n    runAsUserName: ContainerUser',
    },
    peers: ['polaris:hostProcess'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined) return;
    if (asObject(asObject(pod.template.spec.securityContext)?.windowsOptions)?.hostProcess === true) {
      ctx.report({ path: [...pod.template.specPath, 'securityContext', 'windowsOptions', 'hostProcess'], message: 'the pod runs as a Windows HostProcess container, with the node\'s privileges' });
    }
    for (const c of pod.containers) {
      if (asObject(asObject(c.container.securityContext)?.windowsOptions)?.hostProcess !== true) continue;
      ctx.report({ path: [...c.path, 'securityContext', 'windowsOptions', 'hostProcess'], message: `${describeContainer(c)} runs as a Windows HostProcess container, with the node's privileges` });
    }
  },
};
