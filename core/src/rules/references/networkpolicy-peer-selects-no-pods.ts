import { getIn, objectItems } from '../../model/fields.js';
import { isEmptySelector, parseLabelSelector } from '../../model/label-selector.js';
import type { Rule } from '../rule.js';
import { selectedPods } from './pod-selection.js';

/** A NetworkPolicy ingress/egress peer whose podSelector (same namespace) matches no pod template. */
export const networkPolicyPeerSelectsNoPods: Rule = {
  meta: {
    id: 'networkpolicy-peer-selects-no-pods',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A NetworkPolicy rule peer (from/to) has a podSelector that matches no pod template of the policy\'s namespace.',
    rationale:
      'A peer with only a podSelector admits the matching pods of the policy\'s own namespace; when it matches none, the rule admits nobody and the traffic it was ' +
      'written for is dropped. Peers with a namespaceSelector select pods in other namespaces, which the set rarely shows, and are not checked; an empty podSelector ' +
      'admits every pod of the namespace. When the namespace holds no pod template at all in the set, or holds custom resources whose operator may create the pods, ' +
      'the finding is info; with assume-complete it is an error.',
    howToFix: 'Make the peer podSelector match the pod template labels of the clients (or servers) to allow, or add a namespaceSelector if they live in another namespace.',
    examples: {
      invalid: 'kind: NetworkPolicy\nspec:\n  podSelector: {}\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels: {app: client}\n---\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels: {app: web}',
      valid: 'kind: NetworkPolicy\nspec:\n  podSelector: {}\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels: {app: web}\n---\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels: {app: web}',
    },
    peers: ['kube-linter:dangling-networkpolicypeer-podselector'],
  },
  kinds: ['NetworkPolicy'],
  check(ctx) {
    const namespace = ctx.index.namespaceOf(ctx.manifest);
    for (const [direction, peersKey] of [['ingress', 'from'], ['egress', 'to']] as const) {
      for (const { item: rule, index: r } of objectItems(getIn(ctx.object, 'spec', direction))) {
        for (const { item: peer, index: p } of objectItems(rule[peersKey])) {
          if (peer.namespaceSelector !== undefined) continue;
          const selector = parseLabelSelector(peer.podSelector);
          if (selector === undefined || isEmptySelector(selector)) continue;
          selectedPods(ctx, { path: ['spec', direction, r, peersKey, p, 'podSelector'], subject: `${direction} peer`, namespace, selector });
        }
      }
    }
  },
};
