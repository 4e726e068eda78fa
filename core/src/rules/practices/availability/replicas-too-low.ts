import { asNumber, getIn } from '../../../model/fields.js';
import { REPLICATED_KINDS } from '../../autoscaler-targets.js';
import type { Rule } from '../../rule.js';
import { workloadAutoscaler } from './autoscalers.js';

export const replicasTooLow: Rule = {
  meta: {
    id: 'replicas-too-low',
    category: 'availability',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A Deployment or StatefulSet runs fewer replicas than `minReplicas` (2 by default).',
    rationale:
      'With a single replica every node drain, eviction, crash or rollout of a Recreate strategy interrupts the service. Workloads scaled by an autoscaler are left to hpa-min-replicas.',
    howToFix: 'Raise spec.replicas (or add a HorizontalPodAutoscaler with minReplicas of 2 or more).',
    examples: { invalid: 'spec:\n  replicas: 1', valid: 'spec:\n  replicas: 3' },
    peers: ['kube-score:deployment-replicas', 'kube-linter:minimum-three-replicas', 'polaris:deploymentMissingReplicas'],
    params: { minReplicas: 2 },
  },
  kinds: REPLICATED_KINDS,
  check(ctx) {
    const min = typeof ctx.params.minReplicas === 'number' ? ctx.params.minReplicas : 2;
    const replicas = asNumber(getIn(ctx.object, 'spec', 'replicas')) ?? 1;
    // 0 is a deliberate scale-down; an autoscaled workload's replicas are the autoscaler's business.
    if (replicas === 0 || replicas >= min || workloadAutoscaler(ctx) !== undefined) return;
    ctx.report({ path: ['spec', 'replicas'], message: `${ctx.object.kind as string} runs ${replicas} replica${replicas === 1 ? '' : 's'}, fewer than ${min}` });
  },
};
