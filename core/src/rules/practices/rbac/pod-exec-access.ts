import { roleGrantRule } from './role-grant-rule.js';

export const podExecAccess = roleGrantRule(
  // Exec and attach are `create` over SPDY and `get` over WebSocket, so both count.
  { resources: ['pods/exec', 'pods/attach', 'pods/*'], verbs: ['create', 'get'], skipNamed: false, consequence: 'it can run commands inside the pods, with their credentials' },
  {
    id: 'pod-exec-access',
    defaultSeverity: 'warning',
    preset: 'strict',
    summary: 'A Role or ClusterRole can exec into or attach to Pods (pods/exec, pods/attach).',
    rationale: 'A shell in a pod gives its ServiceAccount token, mounted Secrets and network position; exec access is as strong as the strongest pod it reaches.',
    howToFix: 'Remove pods/exec and pods/attach from roles that do not need interactive access; grant it temporarily to people who debug.',
    examples: {
      invalid: 'rules:\n  - apiGroups: [""]\n    resources: [pods/exec]\n    verbs: [create]',
      valid: 'rules:\n  - apiGroups: [""]\n    resources: [pods/log]\n    verbs: [get]',
    },
    peers: ['polaris:clusterrolePodExecAttach', 'polaris:rolePodExecAttach'],
  },
);
