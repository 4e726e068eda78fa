import { asString, getIn } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';

export const exposedService: Rule = {
  meta: {
    id: 'exposed-service',
    category: 'networking',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A Service of type NodePort or LoadBalancer exposes pods outside the cluster.',
    rationale:
      'NodePort opens the port on every node, LoadBalancer usually gets a public address: either bypasses the Ingress or gateway where TLS, authentication and rate limits live. Make sure the exposure is intended.',
    howToFix: 'Use type ClusterIP behind an Ingress or Gateway, or restrict the load balancer (loadBalancerSourceRanges, an internal load balancer annotation).',
    examples: { invalid: 'spec:\n  type: NodePort', valid: 'spec:\n  type: ClusterIP' },
    peers: ['kube-linter:exposed-services', 'kube-score:service-type'],
  },
  kinds: ['Service'],
  check(ctx) {
    const type = asString(getIn(ctx.object, 'spec', 'type'));
    if (type === 'NodePort') ctx.report({ path: ['spec', 'type'], message: 'Service of type NodePort opens its ports on every node of the cluster' });
    else if (type === 'LoadBalancer') ctx.report({ path: ['spec', 'type'], message: 'Service of type LoadBalancer is exposed outside the cluster through a cloud load balancer' });
  },
};
