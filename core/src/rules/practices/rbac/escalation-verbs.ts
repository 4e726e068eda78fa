import type { Rule } from '../../rule.js';
import { policyRules, ROLE_KINDS } from './policy-rules.js';

const GIVES: Readonly<Record<string, string>> = {
  escalate: 'it can create or edit roles with permissions it does not have',
  bind: 'it can bind any role, including cluster-admin, to anyone',
  impersonate: 'it can act as other users, groups or ServiceAccounts',
};

export const escalationVerbs: Rule = {
  meta: {
    id: 'escalation-verbs',
    category: 'rbac',
    defaultSeverity: 'warning',
    preset: 'strict',
    summary: 'A Role or ClusterRole grants escalate, bind or impersonate.',
    rationale:
      'These verbs exist to bypass RBAC\'s own safeguard against privilege escalation: whoever holds them can give themselves any permission the cluster has.',
    howToFix: 'Remove the verb; if a controller must manage roles, scope it with resourceNames to the roles it manages.',
    examples: {
      invalid: 'rules:\n  - apiGroups: [rbac.authorization.k8s.io]\n    resources: [clusterroles]\n    verbs: [bind]',
      valid: 'rules:\n  - apiGroups: [rbac.authorization.k8s.io]\n    resources: [clusterroles]\n    verbs: [get, list]',
    },
    peers: ['checkov:CKV_K8S_155', 'checkov:CKV_K8S_157'],
  },
  kinds: ROLE_KINDS,
  check(ctx) {
    for (const rule of policyRules(ctx.object)) {
      for (const verb of rule.verbs) {
        const gives = GIVES[verb.value];
        if (gives !== undefined) ctx.report({ path: verb.path, message: `${ctx.object.kind as string} grants ${verb.value}: ${gives}` });
      }
    }
  },
};
