import { asNumber, getIn } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';

export const hpaMinEqualsMax: Rule = {
  meta: {
    id: 'hpa-min-equals-max',
    category: 'availability',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A HorizontalPodAutoscaler has minReplicas equal to maxReplicas: it never scales.',
    rationale: 'With equal bounds the autoscaler pins the replica count; it costs a controller and hides that the workload is not autoscaled.',
    howToFix: 'Raise maxReplicas above minReplicas, or remove the HorizontalPodAutoscaler and set spec.replicas.',
    examples: { invalid: 'spec:\n  minReplicas: 3\n  maxReplicas: 3', valid: 'spec:\n  minReplicas: 3\n  maxReplicas: 10' },
    peers: ['polaris:hpaMaxAvailability'],
  },
  kinds: ['HorizontalPodAutoscaler'],
  check(ctx) {
    const max = asNumber(getIn(ctx.object, 'spec', 'maxReplicas'));
    const min = asNumber(getIn(ctx.object, 'spec', 'minReplicas')) ?? 1;
    if (max === undefined || max !== min) return;
    ctx.report({ path: ['spec', 'maxReplicas'], message: `minReplicas equals maxReplicas (${max}): the HorizontalPodAutoscaler never scales` });
  },
};
