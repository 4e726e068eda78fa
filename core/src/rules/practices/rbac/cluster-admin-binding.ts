import { asString, getIn, objectItems } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';
import { BINDING_KINDS } from './policy-rules.js';

/** `ServiceAccount "ns/name"`, `Group "devs"`: the subjects as messages list them. */
export function describeSubjects(binding: unknown): string {
  const subjects = objectItems(getIn(binding, 'subjects')).map(({ item }) => {
    const ns = asString(item.namespace);
    return `${asString(item.kind) ?? 'subject'} "${ns === undefined ? '' : `${ns}/`}${asString(item.name) ?? ''}"`;
  });
  return subjects.length === 0 ? 'no subject' : subjects.join(', ');
}

export const clusterAdminBinding: Rule = {
  meta: {
    id: 'cluster-admin-binding',
    category: 'rbac',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A ClusterRoleBinding or RoleBinding grants the cluster-admin ClusterRole.',
    rationale:
      'cluster-admin allows every action on every resource: a ClusterRoleBinding makes its subjects owners of the cluster, a RoleBinding owners of the namespace (RBAC and Secrets included).',
    howToFix: 'Bind a role with only the permissions the subject needs (the built-in admin, edit or view, or a dedicated one).',
    examples: {
      invalid: 'roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin',
      valid: 'roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: view',
    },
    peers: ['kube-linter:cluster-admin-role-binding', 'polaris:clusterrolebindingClusterAdmin', 'polaris:rolebindingClusterAdminClusterRole'],
  },
  kinds: BINDING_KINDS,
  check(ctx) {
    if (asString(getIn(ctx.object, 'roleRef', 'kind')) !== 'ClusterRole' || asString(getIn(ctx.object, 'roleRef', 'name')) !== 'cluster-admin') return;
    const scope = ctx.object.kind === 'ClusterRoleBinding' ? 'the whole cluster' : 'its namespace';
    ctx.report({ path: ['roleRef', 'name'], message: `${ctx.object.kind as string} gives cluster-admin over ${scope} to ${describeSubjects(ctx.object)}` });
  },
};
