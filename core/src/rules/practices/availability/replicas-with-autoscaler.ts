import { REPLICATED_KINDS } from '../../autoscaler-targets.js';
import type { Rule } from '../../rule.js';
import { workloadAutoscaler } from './autoscalers.js';

export const replicasWithAutoscaler: Rule = {
  meta: {
    id: 'replicas-with-autoscaler',
    category: 'availability',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A workload sets spec.replicas while a HorizontalPodAutoscaler (or KEDA ScaledObject) of the set scales it.',
    rationale:
      'The autoscaler owns the replica count. With spec.replicas in the manifest, every kubectl apply or GitOps sync resets it to that number, scaling a busy workload down until the autoscaler reacts again.',
    howToFix: 'Remove spec.replicas from the manifest and let the autoscaler\'s minReplicas set the floor.',
    examples: {
      invalid: 'kind: Deployment\nspec:\n  replicas: 3  # and an HPA targets it',
      valid: 'kind: Deployment\nspec:\n  selector: ...  # no replicas; the HPA sets them',
    },
    peers: ['kube-score:deployment-targeted-by-hpa-does-not-have-replicas-configured'],
  },
  kinds: REPLICATED_KINDS,
  check(ctx) {
    const spec = ctx.object.spec;
    if (spec === null || typeof spec !== 'object' || (spec as Record<string, unknown>).replicas === undefined) return;
    const scaler = workloadAutoscaler(ctx);
    if (scaler === undefined) return;
    ctx.report({
      path: ['spec', 'replicas'],
      on: 'key',
      message: `spec.replicas is set while ${scaler.by.kind} "${scaler.by.name}" scales this ${ctx.object.kind as string}: every apply resets the replica count`,
    });
  },
};
