import { describe, expect, it } from 'vitest';
import { roleBindingInvalid } from '../../../../src/rules/api/objects/role-binding-invalid.js';
import { roleRulesInvalid } from '../../../../src/rules/api/objects/role-rules-invalid.js';
import { lint, manifest } from './object-builders.js';

const RBAC = 'rbac.authorization.k8s.io/v1';

// Upstream: pkg/apis/rbac/validation/validation.go ValidatePolicyRule and ValidateClusterRole; validation_test.go
// TestValidateRoleZeroVerbs ("verbs must contain at least one value"), TestValidateRoleNonResourceURL,
// TestValidateRoleNamespacedNonResourceURL, TestValidateRoleNoAPIGroup / NoResources, TestValidateClusterRoleAggregation.
describe('role-rules-invalid', () => {
  it.each([
    { name: 'a complete resource rule passes', yaml: manifest(RBAC, 'Role', 'rules:\n  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get, list]'), want: [] },
    { name: 'a non-resource rule in a ClusterRole passes', yaml: manifest(RBAC, 'ClusterRole', 'rules:\n  - nonResourceURLs: [/healthz]\n    verbs: [get]'), want: [] },
    { name: 'an aggregated ClusterRole without rules passes', yaml: manifest(RBAC, 'ClusterRole', 'aggregationRule:\n  clusterRoleSelectors: [{matchLabels: {agg: "true"}}]\nrules: []'), want: [] },
    {
      name: 'an empty verb list fails',
      yaml: manifest(RBAC, 'Role', 'rules:\n  - apiGroups: [""]\n    resources: [pods]\n    verbs: []'),
      want: ['role-rules-invalid 8:12 rules[0].verbs: Required value: verbs must contain at least one value'],
    },
    {
      name: 'a rule without apiGroups fails',
      yaml: manifest(RBAC, 'Role', 'rules:\n  - resources: [pods]\n    verbs: [get]'),
      want: ['role-rules-invalid 6:5 rules[0].apiGroups: Required value: resource rules must supply at least one api group'],
    },
    {
      name: 'a namespaced rule with non-resource URLs fails',
      yaml: manifest(RBAC, 'Role', 'rules:\n  - nonResourceURLs: [/metrics]\n    verbs: [get]'),
      want: ['role-rules-invalid 6:22 rules[0].nonResourceURLs: Invalid value: ["/metrics"]: namespaced rules cannot apply to non-resource URLs'],
    },
    {
      name: 'resources mixed with non-resource URLs fail',
      yaml: manifest(RBAC, 'ClusterRole', 'rules:\n  - nonResourceURLs: [/metrics]\n    resources: [pods]\n    verbs: [get]'),
      want: ['role-rules-invalid 6:22 rules[0].nonResourceURLs: Invalid value: ["/metrics"]: rules cannot apply to both regular resources and non-resource URLs'],
    },
    {
      name: 'an aggregation rule without selectors fails',
      yaml: manifest(RBAC, 'ClusterRole', 'aggregationRule:\n  clusterRoleSelectors: []'),
      want: ['role-rules-invalid 6:25 aggregationRule.clusterRoleSelectors: Required value: at least one clusterRoleSelector required if aggregationRule is non-nil'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(roleRulesInvalid, yaml)).toEqual(want);
  });
});

// Upstream: pkg/apis/rbac/validation/validation.go ValidateRoleBinding / ValidateClusterRoleBinding / ValidateRoleBindingSubject
// after rbac/v1 SetDefaults_RoleBinding and SetDefaults_Subject; validation_test.go TestValidateRoleBindingBadKind,
// TestValidateClusterRoleBindingZeroNamespace ("subjects[0].namespace: Required value"), bad apiGroup cases.
describe('role-binding-invalid', () => {
  it.each([
    {
      name: 'a RoleBinding to a ClusterRole with a defaulted apiGroup passes',
      yaml: manifest(RBAC, 'RoleBinding', 'roleRef: {kind: ClusterRole, name: view}\nsubjects:\n  - {kind: ServiceAccount, name: app}\n  - {kind: User, name: jane@example.com}'),
      want: [],
    },
    {
      name: 'a ClusterRoleBinding to a Role fails',
      yaml: manifest(RBAC, 'ClusterRoleBinding', 'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: view}'),
      want: ['role-binding-invalid 5:54 roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"'],
    },
    {
      name: 'a ServiceAccount subject of a ClusterRoleBinding needs a namespace',
      yaml: manifest(RBAC, 'ClusterRoleBinding', 'roleRef: {kind: ClusterRole, name: view}\nsubjects:\n  - {kind: ServiceAccount, name: app}'),
      want: ['role-binding-invalid 7:5 subjects[0].namespace: Required value'],
    },
    {
      name: 'a ServiceAccount subject with the RBAC apiGroup fails',
      yaml: manifest(RBAC, 'RoleBinding', 'roleRef: {kind: Role, name: app}\nsubjects:\n  - {kind: ServiceAccount, name: app, apiGroup: rbac.authorization.k8s.io}'),
      want: ['role-binding-invalid 7:49 subjects[0].apiGroup: Unsupported value: "rbac.authorization.k8s.io": supported values: ""'],
    },
    {
      name: 'an unknown subject kind fails',
      yaml: manifest(RBAC, 'RoleBinding', 'roleRef: {kind: Role, name: app}\nsubjects:\n  - {kind: Team, name: ops}'),
      want: ['role-binding-invalid 7:12 subjects[0].kind: Unsupported value: "Team": supported values: "ServiceAccount", "User", "Group"'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(roleBindingInvalid, yaml)).toEqual(want);
  });
});
