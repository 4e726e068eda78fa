import { missingResourceRule } from './missing-resource.js';

export const memoryLimitMissing = missingResourceRule('memory', 'limits', {
  id: 'memory-limit-missing',
  defaultSeverity: 'warning',
  preset: 'strict',
  summary: 'A container has no memory limit (resources.limits.memory).',
  rationale:
    'Memory cannot be throttled: a container without a limit can grow until the node runs out, and then the kernel or the kubelet kills other pods of the node as well.',
  howToFix: 'Set resources.limits.memory (often equal to the request, which makes memory use predictable).',
  examples: {
    invalid: 'resources:\n  requests:\n    memory: 128Mi',
    valid: 'resources:\n  requests:\n    memory: 128Mi\n  limits:\n    memory: 128Mi',
  },
  peers: ['kube-linter:unset-memory-requirements', 'kube-score:container-resources', 'polaris:memoryLimitsMissing'],
});
