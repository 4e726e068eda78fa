import { asArray, asObject, objectItems } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';
import { fieldErrors, json } from '../field-errors.js';
import { groupOf } from './api-groups.js';

const isEmpty = (v: unknown): boolean => (asArray(v)?.length ?? 0) === 0;

/**
 * Role and ClusterRole rules: pkg/apis/rbac/validation/validation.go ValidatePolicyRule — at least one verb; a
 * resource rule names apiGroups and resources; a non-resource rule (cluster roles only) names nothing else —
 * and ValidateClusterRole's aggregationRule (at least one clusterRoleSelector).
 */
export const roleRulesInvalid: Rule = {
  meta: {
    id: 'role-rules-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A Role or ClusterRole rule without verbs, without apiGroups or resources, or mixing resources with nonResourceURLs.',
    rationale:
      'pkg/apis/rbac/validation/validation.go ValidatePolicyRule: "verbs must contain at least one value", "resource rules must supply ' +
      'at least one api group" / "… resource", "namespaced rules cannot apply to non-resource URLs".',
    howToFix: 'List verbs, apiGroups ("" for the core group) and resources; put nonResourceURLs in a rule of their own, in a ClusterRole.',
    examples: {
      invalid: 'kind: Role\nrules:\n  - resources: [pods]\n    verbs: [get]',
      valid: 'kind: Role\nrules:\n  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get]',
    },
  },
  kinds: ['Role', 'ClusterRole'],
  check(ctx) {
    const { object } = ctx;
    if (groupOf(object) !== 'rbac.authorization.k8s.io') return;
    const errs = fieldErrors(ctx);
    const namespaced = object.kind === 'Role';
    for (const { item: rule, index } of objectItems(object.rules)) {
      const path = ['rules', index];
      if (Array.isArray(rule.verbs) && rule.verbs.length === 0) errs.required([...path, 'verbs'], 'verbs must contain at least one value');
      if (!isEmpty(rule.nonResourceURLs)) {
        if (namespaced) errs.invalid([...path, 'nonResourceURLs'], json(rule.nonResourceURLs), 'namespaced rules cannot apply to non-resource URLs');
        if (!isEmpty(rule.apiGroups) || !isEmpty(rule.resources) || !isEmpty(rule.resourceNames)) {
          errs.invalid([...path, 'nonResourceURLs'], json(rule.nonResourceURLs), 'rules cannot apply to both regular resources and non-resource URLs');
        }
        continue;
      }
      if (isEmpty(rule.apiGroups)) errs.required([...path, 'apiGroups'], 'resource rules must supply at least one api group');
      if (isEmpty(rule.resources)) errs.required([...path, 'resources'], 'resource rules must supply at least one resource');
    }
    const aggregation = asObject(object.aggregationRule);
    if (!namespaced && aggregation && isEmpty(aggregation.clusterRoleSelectors)) {
      errs.required(['aggregationRule', 'clusterRoleSelectors'], 'at least one clusterRoleSelector required if aggregationRule is non-nil');
    }
  },
};
