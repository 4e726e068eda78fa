import { hostNamespaceRule } from './host-namespace.js';

export const hostNetwork = hostNamespaceRule(
  'hostNetwork',
  {
    id: 'host-network',
    summary: "A pod uses the node's network namespace (hostNetwork: true).",
    rationale:
      "With the node's network namespace the pod can bind any node port, reach services listening on localhost and sniff the node's traffic, and NetworkPolicies no longer isolate it. The Pod Security Standards (baseline) forbid it.",
    howToFix: 'Remove hostNetwork: true; expose the pod through a Service (NodePort or LoadBalancer if it must be reachable from outside).',
    examples: { invalid: 'spec:\n  hostNetwork: true', valid: 'spec:\n  hostNetwork: false' },
    peers: ['kube-linter:host-network', 'polaris:hostNetworkSet'],
  },
  'network namespace: it can bind node ports and see node traffic',
);
