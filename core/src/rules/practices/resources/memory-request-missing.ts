import { missingResourceRule } from './missing-resource.js';

export const memoryRequestMissing = missingResourceRule('memory', 'requests', {
  id: 'memory-request-missing',
  defaultSeverity: 'warning',
  preset: 'strict',
  summary: 'A container has no memory request (resources.requests.memory, or a limit it defaults from).',
  rationale:
    'The scheduler places pods by their requests: without one the container is assumed to need no memory, nodes get overcommitted, and under memory pressure the kubelet evicts pods that exceed their request first.',
  howToFix: 'Set resources.requests.memory to the working set of the container under normal load.',
  examples: {
    invalid: 'resources:\n  requests:\n    cpu: 100m',
    valid: 'resources:\n  requests:\n    cpu: 100m\n    memory: 128Mi',
  },
  peers: ['kube-score:container-resources', 'polaris:memoryRequestsMissing'],
});
