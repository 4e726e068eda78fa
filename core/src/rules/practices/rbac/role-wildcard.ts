import type { Rule } from '../../rule.js';
import { policyRules, ROLE_KINDS } from './policy-rules.js';

const WHAT: Readonly<Record<string, string>> = {
  apiGroups: 'every API group',
  resources: 'every resource',
  verbs: 'every verb',
  nonResourceURLs: 'every non-resource URL',
};

export const roleWildcard: Rule = {
  meta: {
    id: 'role-wildcard',
    category: 'rbac',
    defaultSeverity: 'warning',
    preset: 'strict',
    summary: 'A Role or ClusterRole rule uses "*" in apiGroups, resources, verbs or nonResourceURLs.',
    rationale:
      'A wildcard grants everything that exists, including Secrets, escalate and impersonate, and everything added later (new resources, CRDs, subresources): the role silently grows with the cluster.',
    howToFix: 'List the API groups, resources and verbs the subject needs.',
    examples: {
      invalid: 'rules:\n  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]',
      valid: 'rules:\n  - apiGroups: [apps]\n    resources: [deployments]\n    verbs: [get, list, watch]',
    },
    peers: ['kube-linter:wildcard-in-rules'],
  },
  kinds: ROLE_KINDS,
  check(ctx) {
    for (const rule of policyRules(ctx.object)) {
      for (const field of ['apiGroups', 'resources', 'verbs', 'nonResourceURLs'] as const) {
        const star = rule[field].find((e) => e.value === '*');
        if (star !== undefined) ctx.report({ path: star.path, message: `${ctx.object.kind as string} rule ${rule.index} grants ${WHAT[field]} ("*" in ${field})` });
      }
    }
  },
};
