import { asString, getIn } from '../../model/fields.js';
import { isEmptySelector, parseLabelSelector } from '../../model/label-selector.js';
import type { Rule } from '../rule.js';
import { selectedPods } from './pod-selection.js';

/** A NetworkPolicy whose spec.podSelector matches no pod template of its namespace: it isolates nothing. */
export const networkPolicySelectsNoPods: Rule = {
  meta: {
    id: 'networkpolicy-selects-no-pods',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: "A NetworkPolicy's podSelector matches no pod template in its namespace.",
    rationale:
      'A NetworkPolicy applies to the pods its spec.podSelector selects in its own namespace; one that selects nothing neither isolates nor admits any pod, ' +
      'usually because of a label typo, so the pods it was meant for stay open (or stay blocked by another policy). An empty podSelector selects every pod of ' +
      'the namespace and is not reported. When the namespace holds no pod template at all in the set, or holds custom resources whose operator may create the pods, ' +
      'the finding is info; with assume-complete it is an error.',
    howToFix: 'Make spec.podSelector match the pod template labels of the workloads to isolate, or use `podSelector: {}` for every pod of the namespace.',
    examples: {
      invalid: 'kind: NetworkPolicy\nspec:\n  podSelector:\n    matchLabels: {app: web}\n---\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels: {app: frontend}',
      valid: 'kind: NetworkPolicy\nspec:\n  podSelector:\n    matchLabels: {app: web}\n---\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels: {app: web}',
    },
    peers: ['kube-linter:dangling-networkpolicy', 'kube-score:networkpolicy-targets-pod'],
  },
  kinds: ['NetworkPolicy'],
  check(ctx) {
    const selector = parseLabelSelector(getIn(ctx.object, 'spec', 'podSelector'));
    if (selector === undefined || isEmptySelector(selector)) return;
    const name = asString(getIn(ctx.object, 'metadata', 'name')) ?? '';
    selectedPods(ctx, { path: ['spec', 'podSelector'], subject: `NetworkPolicy "${name}"`, namespace: ctx.index.namespaceOf(ctx.manifest), selector });
  },
};
