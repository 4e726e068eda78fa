import { hostNamespaceRule } from './host-namespace.js';

export const hostPid = hostNamespaceRule(
  'hostPID',
  {
    id: 'host-pid',
    summary: "A pod uses the node's process namespace (hostPID: true).",
    rationale:
      "With the node's PID namespace the pod sees every process on the node, can read their environment (secrets) through /proc and, as root, signal or ptrace them. The Pod Security Standards (baseline) forbid it.",
    howToFix: 'Remove hostPID: true; use shareProcessNamespace to share processes between the containers of one pod.',
    examples: { invalid: 'spec:\n  hostPID: true', valid: 'spec:\n  shareProcessNamespace: true' },
    peers: ['kube-linter:host-pid', 'polaris:hostPIDSet'],
  },
  'process namespace: it sees and can signal every process on the node',
);
