import { describe, expect, it } from 'vitest';
import { clusterAdminBinding } from '../../../src/rules/practices/rbac/cluster-admin-binding.js';
import { createPodsAccess } from '../../../src/rules/practices/rbac/create-pods-access.js';
import { escalationVerbs } from '../../../src/rules/practices/rbac/escalation-verbs.js';
import { podExecAccess } from '../../../src/rules/practices/rbac/pod-exec-access.js';
import { roleWildcard } from '../../../src/rules/practices/rbac/role-wildcard.js';
import { secretsAccess } from '../../../src/rules/practices/rbac/secrets-access.js';
import { systemMastersBinding } from '../../../src/rules/practices/rbac/system-masters-binding.js';
import { findingsOf, summary } from '../helpers.js';

const role = (rule: string, kind = 'Role'): string =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: r\nrules:\n  - ${rule.replace(/\n/g, '\n    ')}\n`;
const binding = (kind: string, roleName: string, subject: string): string =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: b\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: ${roleName}\nsubjects:\n  - ${subject}\n`;
const core = (resources: string, verbs: string, extra = ''): string => `apiGroups: [""]\nresources: [${resources}]\nverbs: [${verbs}]${extra}`;

describe('grants on Roles and ClusterRoles', () => {
  it.each([
    { name: 'reading secrets is reported', rule: secretsAccess, yaml: role(core('secrets', 'get, list')), findings: 1 },
    { name: 'secrets limited by resourceNames pass', rule: secretsAccess, yaml: role(core('secrets', 'get', '\nresourceNames: [app-config]')), findings: 0 },
    { name: 'creating secrets is not reading them', rule: secretsAccess, yaml: role(core('secrets', 'create')), findings: 0 },
    { name: 'secrets of another API group are not Secrets', rule: secretsAccess, yaml: role('apiGroups: [example.com]\nresources: [secrets]\nverbs: [get]'), findings: 0 },
    { name: 'a "*" verb includes reading', rule: secretsAccess, yaml: role(core('secrets', '"*"'), 'ClusterRole'), findings: 1 },
    { name: 'creating pods is reported', rule: createPodsAccess, yaml: role(core('pods', 'create')), findings: 1 },
    { name: 'reading pods is not creating them', rule: createPodsAccess, yaml: role(core('pods', 'get, list, watch')), findings: 0 },
    { name: 'pods/exec with create is reported', rule: podExecAccess, yaml: role(core('pods/exec', 'create')), findings: 1 },
    { name: 'pods/attach with get (WebSocket) is reported', rule: podExecAccess, yaml: role(core('pods/attach', 'get')), findings: 1 },
    { name: 'pods/log is harmless', rule: podExecAccess, yaml: role(core('pods/log', 'get')), findings: 0 },
    { name: 'bind is an escalation verb', rule: escalationVerbs, yaml: role('apiGroups: [rbac.authorization.k8s.io]\nresources: [clusterroles]\nverbs: [get, bind]'), findings: 1 },
    { name: 'impersonate is an escalation verb', rule: escalationVerbs, yaml: role(core('users, groups', 'impersonate')), findings: 1 },
    { name: 'wildcard verbs are role-wildcard\'s', rule: escalationVerbs, yaml: role(core('pods', '"*"')), findings: 0 },
    { name: 'explicit lists pass the wildcard rule', rule: roleWildcard, yaml: role(core('pods', 'get')), findings: 0 },
    { name: 'each wildcard list is reported', rule: roleWildcard, yaml: role('apiGroups: ["*"]\nresources: ["*"]\nverbs: ["*"]'), findings: 3 },
  ])('$name', ({ rule, yaml, findings }) => {
    expect(findingsOf(rule, yaml)).toHaveLength(findings);
  });

  it('points at the resource or verb that grants it', () => {
    expect(summary(findingsOf(secretsAccess, role(core('secrets', 'get, list'))))).toEqual(['secrets-access 7:17 Role grants get, list on secrets: it can read every Secret where it is bound']);
    expect(summary(findingsOf(roleWildcard, role(core('pods', '"*"'))))).toEqual(['role-wildcard 8:13 Role rule 0 grants every verb ("*" in verbs)']);
    expect(summary(findingsOf(escalationVerbs, role(core('serviceaccounts', 'impersonate'))))).toEqual([
      'escalation-verbs 8:13 Role grants impersonate: it can act as other users, groups or ServiceAccounts',
    ]);
  });
});

describe('bindings', () => {
  it('reports cluster-admin with its scope and subjects', () => {
    expect(summary(findingsOf(clusterAdminBinding, binding('ClusterRoleBinding', 'cluster-admin', '{kind: ServiceAccount, name: ci, namespace: tools}')))).toEqual([
      'cluster-admin-binding 8:9 ClusterRoleBinding gives cluster-admin over the whole cluster to ServiceAccount "tools/ci"',
    ]);
    expect(summary(findingsOf(clusterAdminBinding, binding('RoleBinding', 'cluster-admin', '{kind: Group, name: devs}')))).toEqual([
      'cluster-admin-binding 8:9 RoleBinding gives cluster-admin over its namespace to Group "devs"',
    ]);
    expect(findingsOf(clusterAdminBinding, binding('ClusterRoleBinding', 'admin', '{kind: Group, name: devs}'))).toEqual([]);
  });

  it('reports a system:masters subject', () => {
    expect(summary(findingsOf(systemMastersBinding, binding('ClusterRoleBinding', 'view', '{kind: Group, name: "system:masters"}')))).toEqual([
      'system-masters-binding 10:25 binding to group "system:masters" grants nothing: its members bypass RBAC altogether',
    ]);
    expect(findingsOf(systemMastersBinding, binding('ClusterRoleBinding', 'view', '{kind: User, name: "system:masters"}'))).toEqual([]);
  });
});
