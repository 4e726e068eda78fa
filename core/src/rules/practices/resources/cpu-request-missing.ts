import { missingResourceRule } from './missing-resource.js';

export const cpuRequestMissing = missingResourceRule('cpu', 'requests', {
  id: 'cpu-request-missing',
  defaultSeverity: 'warning',
  preset: 'strict',
  summary: 'A container has no CPU request (resources.requests.cpu, or a limit it defaults from).',
  rationale:
    'The scheduler places pods by their requests: without one the container is assumed to need no CPU, nodes get overcommitted, and under contention it gets the smallest share (a pod with no request at all is BestEffort and evicted first).',
  howToFix: 'Set resources.requests.cpu to what the container uses under normal load (e.g. 100m).',
  examples: {
    invalid: 'resources:\n  requests:\n    memory: 128Mi',
    valid: 'resources:\n  requests:\n    cpu: 100m\n    memory: 128Mi',
  },
  peers: ['kube-linter:unset-cpu-requirements', 'kube-score:container-resources', 'polaris:cpuRequestsMissing'],
});
