import { missingResourceRule } from './missing-resource.js';

export const ephemeralStorageMissing = missingResourceRule('ephemeral-storage', 'limits', {
  id: 'ephemeral-storage-missing',
  defaultSeverity: 'info',
  preset: 'opt-in',
  summary: 'A container has no ephemeral-storage limit (resources.limits.ephemeral-storage).',
  rationale:
    "Logs, emptyDir volumes and the container's writable layer use the node's disk; without a limit one pod can fill it and get every pod of the node evicted (DiskPressure). With a limit the kubelet evicts only the pod that exceeds it, and the request (defaulted from the limit) lets the scheduler account for disk.",
  howToFix: 'Set resources.limits.ephemeral-storage (and a request if it should be lower than the limit).',
  examples: {
    invalid: 'resources:\n  limits:\n    memory: 128Mi',
    valid: 'resources:\n  limits:\n    memory: 128Mi\n    ephemeral-storage: 1Gi',
  },
  peers: ['kube-score:container-ephemeral-storage-request-and-limit'],
});
