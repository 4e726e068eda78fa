import { asNumber, getIn } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';

export const hpaMinReplicas: Rule = {
  meta: {
    id: 'hpa-min-replicas',
    category: 'availability',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A HorizontalPodAutoscaler can scale its target below `minReplicas` (2 by default).',
    rationale: 'At its floor an autoscaled workload with one replica has the same single point of failure as an unscaled one: quiet hours are when nodes get drained.',
    howToFix: 'Set spec.minReplicas to 2 or more.',
    examples: { invalid: 'spec:\n  minReplicas: 1\n  maxReplicas: 10', valid: 'spec:\n  minReplicas: 2\n  maxReplicas: 10' },
    peers: ['kube-score:horizontalpodautoscaler-replicas', 'kube-linter:hpa-minimum-three-replicas', 'polaris:hpaMinAvailability'],
    params: { minReplicas: 2 },
  },
  kinds: ['HorizontalPodAutoscaler'],
  check(ctx) {
    const min = typeof ctx.params.minReplicas === 'number' ? ctx.params.minReplicas : 2;
    const floor = asNumber(getIn(ctx.object, 'spec', 'minReplicas')) ?? 1;
    if (floor >= min) return;
    ctx.report({ path: ['spec', 'minReplicas'], message: `HorizontalPodAutoscaler scales down to ${floor} replica${floor === 1 ? '' : 's'}, fewer than ${min}` });
  },
};
