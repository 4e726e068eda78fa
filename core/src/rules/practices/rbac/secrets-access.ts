import { roleGrantRule } from './role-grant-rule.js';

export const secretsAccess = roleGrantRule(
  { resources: ['secrets'], verbs: ['get', 'list', 'watch'], skipNamed: true, consequence: 'it can read every Secret where it is bound' },
  {
    id: 'secrets-access',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A Role or ClusterRole can read Secrets (get, list or watch, without resourceNames).',
    rationale:
      'Reading Secrets yields service account tokens, TLS keys and passwords: often a path to every other permission in the namespace (or cluster, for a ClusterRoleBinding). `list` and `watch` return the contents too, not just names.',
    howToFix: 'Limit the rule to the Secrets the workload needs with resourceNames, or mount those Secrets instead of reading them through the API.',
    examples: {
      invalid: 'rules:\n  - apiGroups: [""]\n    resources: [secrets]\n    verbs: [get, list]',
      valid: 'rules:\n  - apiGroups: [""]\n    resources: [secrets]\n    resourceNames: [app-config]\n    verbs: [get]',
    },
    peers: ['kube-linter:access-to-secrets'],
  },
);
