import { asObject, asString, objectItems } from '../../../model/fields.js';
import { isDns1123Subdomain } from '../../../model/names.js';
import type { Rule } from '../../rule.js';
import { fieldErrors } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { isValidPathSegmentName } from './formats.js';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/**
 * RoleBinding and ClusterRoleBinding, after rbac/v1 defaulting (roleRef.apiGroup and User/Group subjects'
 * apiGroup default to rbac.authorization.k8s.io): pkg/apis/rbac/validation/validation.go ValidateRoleBinding /
 * ValidateClusterRoleBinding (roleRef kind Role or ClusterRole — only ClusterRole for a ClusterRoleBinding —
 * and a path-segment name) and ValidateRoleBindingSubject.
 */
export const roleBindingInvalid: Rule = {
  meta: {
    id: 'role-binding-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A RoleBinding or ClusterRoleBinding with a roleRef or subject the API server rejects.',
    rationale:
      'pkg/apis/rbac/validation/validation.go ValidateRoleBinding/ValidateClusterRoleBinding: roleRef.apiGroup must be ' +
      'rbac.authorization.k8s.io, roleRef.kind Role or ClusterRole (ClusterRole only in a ClusterRoleBinding); ValidateRoleBindingSubject: ' +
      'ServiceAccount subjects have apiGroup "" (and a namespace in a ClusterRoleBinding), User and Group subjects the RBAC group.',
    howToFix: 'Use `roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: …}` and give ServiceAccount subjects a namespace.',
    examples: {
      invalid: 'kind: ClusterRoleBinding\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: view}',
      valid: 'kind: ClusterRoleBinding\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}',
    },
  },
  kinds: ['RoleBinding', 'ClusterRoleBinding'],
  check(ctx) {
    const { object } = ctx;
    if (groupOf(object) !== RBAC_GROUP) return;
    const errs = fieldErrors(ctx);
    const namespaced = object.kind === 'RoleBinding';
    const roleRef = asObject(object.roleRef);
    if (roleRef) {
      const apiGroup = asString(roleRef.apiGroup) || RBAC_GROUP;
      if (apiGroup !== RBAC_GROUP) errs.notSupported(['roleRef', 'apiGroup'], apiGroup, [RBAC_GROUP]);
      const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
      if (typeof roleRef.kind === 'string' && !kinds.includes(roleRef.kind)) errs.notSupported(['roleRef', 'kind'], roleRef.kind, kinds);
      if (roleRef.name === '') errs.required(['roleRef', 'name']);
      else if (typeof roleRef.name === 'string') for (const msg of isValidPathSegmentName(roleRef.name)) errs.invalid(['roleRef', 'name'], roleRef.name, msg);
    }
    for (const { item: subject, index } of objectItems(object.subjects)) {
      const path = ['subjects', index];
      const name = asString(subject.name) ?? '';
      if (subject.name === '') errs.required([...path, 'name']);
      const apiGroup = asString(subject.apiGroup) ?? '';
      switch (subject.kind) {
        case 'ServiceAccount':
          if (name !== '') for (const msg of isDns1123Subdomain(name)) errs.invalid([...path, 'name'], name, msg);
          if (apiGroup !== '') errs.notSupported([...path, 'apiGroup'], apiGroup, ['']);
          if (!namespaced && !asString(subject.namespace)) errs.required([...path, 'namespace']);
          break;
        case 'User':
        case 'Group':
          if ((apiGroup || RBAC_GROUP) !== RBAC_GROUP) errs.notSupported([...path, 'apiGroup'], apiGroup, [RBAC_GROUP]);
          break;
        default:
          if (typeof subject.kind === 'string') errs.notSupported([...path, 'kind'], subject.kind, ['ServiceAccount', 'User', 'Group']);
      }
    }
  },
};
