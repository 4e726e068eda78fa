import { roleGrantRule } from './role-grant-rule.js';

export const createPodsAccess = roleGrantRule(
  { resources: ['pods'], verbs: ['create'], skipNamed: false, consequence: 'it can run any image as any ServiceAccount of the namespace' },
  {
    id: 'create-pods-access',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A Role or ClusterRole can create Pods.',
    rationale:
      "Creating a pod means choosing its ServiceAccount, volumes and securityContext: whoever can do it inherits every ServiceAccount's permissions and every Secret of the namespace (and the node, without Pod Security admission).",
    howToFix: 'Grant create on pods only to controllers that need it; let people and CI deploy through Deployments under admission control.',
    examples: {
      invalid: 'rules:\n  - apiGroups: [""]\n    resources: [pods]\n    verbs: [create]',
      valid: 'rules:\n  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get, list, watch]',
    },
    peers: ['kube-linter:access-to-create-pods'],
  },
);
