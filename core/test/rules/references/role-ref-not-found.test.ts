import { describe, expect, it } from 'vitest';
import { roleRefNotFound } from '../../../src/rules/references/role-ref-not-found.js';
import { findingsOf, summary } from '../helpers.js';
import { findings } from './builders.js';

const RBAC = 'rbac.authorization.k8s.io/v1';
const role = (name: string, namespace?: string) => ({ apiVersion: RBAC, kind: 'Role', metadata: { name, ...(namespace === undefined ? {} : { namespace }) }, rules: [] });
const clusterRole = (name: string) => ({ apiVersion: RBAC, kind: 'ClusterRole', metadata: { name }, rules: [] });
const subjects = [{ kind: 'ServiceAccount', name: 'app', namespace: 'default' }];
const roleBinding = (kind: string, name: string, namespace?: string) => ({
  apiVersion: RBAC,
  kind: 'RoleBinding',
  metadata: { name: 'b', ...(namespace === undefined ? {} : { namespace }) },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind, name },
  subjects,
});
const clusterRoleBinding = (name: string) => ({ apiVersion: RBAC, kind: 'ClusterRoleBinding', metadata: { name: 'b' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name }, subjects });

describe('role-ref-not-found', () => {
  it.each([
    { name: 'a Role of the namespace passes', objects: [role('reader'), roleBinding('Role', 'reader')], expected: [] },
    { name: 'a ClusterRole of the set passes, from a RoleBinding too', objects: [clusterRole('reader'), roleBinding('ClusterRole', 'reader'), clusterRoleBinding('reader')], expected: [] },
    { name: 'a missing Role warns', objects: [role('reader'), roleBinding('Role', 'pod-reader')], expected: ['warning roleRef.name roleRef: Role "pod-reader" not found in namespace "default"'] },
    {
      name: 'a Role of another namespace does not count',
      objects: [role('reader', 'other'), role('x'), roleBinding('Role', 'reader')],
      expected: ['warning roleRef.name roleRef: Role "reader" not found in namespace "default"'],
    },
    { name: 'a missing ClusterRole warns', objects: [clusterRole('reader'), clusterRoleBinding('readers')], expected: ['warning roleRef.name roleRef: ClusterRole "readers" not found'] },
    { name: 'default ClusterRoles are never missing', objects: [clusterRole('x'), clusterRoleBinding('cluster-admin'), roleBinding('ClusterRole', 'view'), roleBinding('ClusterRole', 'edit')], expected: [] },
    { name: 'system: roles are never missing', objects: [clusterRole('x'), clusterRoleBinding('system:auth-delegator')], expected: [] },
    { name: 'roles in kube-system are never missing', objects: [role('x', 'kube-system'), roleBinding('Role', 'extension-apiserver-authentication-reader', 'kube-system')], expected: [] },
    { name: 'a set without any ClusterRole gives info', objects: [clusterRoleBinding('my-operator')], expected: ['info roleRef.name roleRef: ClusterRole "my-operator" not found'] },
  ])('$name', ({ objects, expected }) => {
    expect(findings(roleRefNotFound, objects)).toEqual(expected);
  });

  it('is an error with assume-complete', () => {
    expect(findings(roleRefNotFound, [clusterRoleBinding('my-operator')], true)).toEqual(['error roleRef.name roleRef: ClusterRole "my-operator" not found']);
  });

  it('is positioned on the role name', () => {
    const text = `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: b}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: reader
subjects: [{kind: ServiceAccount, name: app}]
`;
    expect(summary(findingsOf(roleRefNotFound, text))).toEqual(['role-ref-not-found 7:9 roleRef: Role "reader" not found in namespace "default"']);
  });
});
