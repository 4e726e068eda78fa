import { objectItems } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';

export const hostPort: Rule = {
  meta: {
    id: 'host-port',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'strict',
    summary: 'A container binds a port on the node (ports[].hostPort).',
    rationale:
      'A hostPort opens the port on the node itself, bypassing Services and NetworkPolicies, and limits the workload to one pod per node for that port (pods stay Pending where it is taken).',
    howToFix: 'Remove hostPort and expose the pod through a Service (NodePort or LoadBalancer to reach it from outside).',
    examples: {
      invalid: 'ports:\n  - containerPort: 8080\n    hostPort: 8080',
      valid: 'ports:\n  - containerPort: 8080',
    },
    peers: ['polaris:hostPortSet'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    // With hostNetwork every containerPort is a host port; host-network reports that.
    if (pod === undefined || pod.template.spec.hostNetwork === true) return;
    for (const c of pod.containers) {
      for (const { item, index } of objectItems(c.container.ports)) {
        if (typeof item.hostPort !== 'number' || item.hostPort === 0) continue;
        ctx.report({ path: [...c.path, 'ports', index, 'hostPort'], message: `${describeContainer(c)} binds port ${item.hostPort} on the node (hostPort)` });
      }
    }
  },
};
