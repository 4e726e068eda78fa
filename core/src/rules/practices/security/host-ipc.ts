import { hostNamespaceRule } from './host-namespace.js';

export const hostIpc = hostNamespaceRule(
  'hostIPC',
  {
    id: 'host-ipc',
    summary: "A pod uses the node's IPC namespace (hostIPC: true).",
    rationale:
      "With the node's IPC namespace the pod can read and write the shared memory and message queues of every process on the node. The Pod Security Standards (baseline) forbid it.",
    howToFix: 'Remove hostIPC: true; share memory between the containers of one pod with an emptyDir volume (medium: Memory).',
    examples: { invalid: 'spec:\n  hostIPC: true', valid: 'spec:\n  hostIPC: false' },
    peers: ['kube-linter:host-ipc', 'polaris:hostIPCSet'],
  },
  'IPC namespace: it can use the shared memory of every process on the node',
);
