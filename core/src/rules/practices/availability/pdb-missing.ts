import { getIn } from '../../../model/fields.js';
import { parseLabelSelector, selectorMatches } from '../../../model/label-selector.js';
import type { Rule } from '../../rule.js';
import { peakReplicas } from './autoscalers.js';

export const pdbMissing: Rule = {
  meta: {
    id: 'pdb-missing',
    category: 'availability',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A Deployment or StatefulSet with several replicas has no PodDisruptionBudget in the set.',
    rationale:
      'Node drains (upgrades, autoscaler scale-down) evict pods as fast as they can; without a PodDisruptionBudget they may evict every replica at once. Single-replica workloads are skipped: a budget there only blocks drains.',
    howToFix: 'Add a PodDisruptionBudget selecting the pods, usually with maxUnavailable: 1.',
    examples: {
      invalid: 'kind: Deployment\nspec:\n  replicas: 3  # and no PodDisruptionBudget',
      valid: 'kind: PodDisruptionBudget\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}',
    },
    peers: ['kube-score:deployment-has-poddisruptionbudget', 'kube-score:statefulset-has-poddisruptionbudget', 'polaris:missingPodDisruptionBudget'],
  },
  kinds: ['Deployment', 'StatefulSet'],
  check(ctx) {
    const template = ctx.pod?.template;
    if (template === undefined || peakReplicas(ctx) < 2) return;
    for (const pdb of ctx.index.inNamespace('PodDisruptionBudget', ctx.index.namespaceOf(ctx.manifest))) {
      const selector = parseLabelSelector(getIn(pdb.object, 'spec', 'selector'));
      if (selector !== undefined && selectorMatches(selector, template.labels)) return;
    }
    ctx.report({ path: ['metadata', 'name'], message: `no PodDisruptionBudget selects the pods of this ${ctx.object.kind as string}: a node drain may evict all its replicas at once` });
  },
};
