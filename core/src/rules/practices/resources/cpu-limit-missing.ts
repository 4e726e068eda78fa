import { missingResourceRule } from './missing-resource.js';

export const cpuLimitMissing = missingResourceRule('cpu', 'limits', {
  id: 'cpu-limit-missing',
  defaultSeverity: 'info',
  preset: 'opt-in',
  summary: 'A container has no CPU limit (resources.limits.cpu). Opt-in: CPU limits are a contested practice.',
  rationale:
    'A CPU limit caps what a container can burst to, which protects neighbours on shared nodes; it also throttles the container even when the node is idle (CFS quota), which hurts latency. Many teams prefer requests without CPU limits; enable this rule if yours requires them (e.g. for Guaranteed QoS).',
  howToFix: 'Set resources.limits.cpu, or leave this rule off.',
  examples: {
    invalid: 'resources:\n  requests:\n    cpu: 100m',
    valid: 'resources:\n  requests:\n    cpu: 100m\n  limits:\n    cpu: 500m',
  },
  peers: ['kube-score:container-resources', 'polaris:cpuLimitsMissing'],
});
