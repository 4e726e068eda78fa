import { asString, getIn } from '../../model/fields.js';
import type { Rule } from '../rule.js';
import { referenceSeverity, SYSTEM_NAMESPACES } from './missing.js';

/** The user-facing ClusterRoles of Kubernetes' bootstrap policy (the `system:` ones are matched by prefix). */
const DEFAULT_CLUSTER_ROLES: ReadonlySet<string> = new Set(['cluster-admin', 'admin', 'edit', 'view']);

/** True for roles the API server creates itself: bootstrap ClusterRoles, and `system:` roles in any namespace. */
function clusterProvided(kind: string, name: string): boolean {
  return name.startsWith('system:') || (kind === 'ClusterRole' && DEFAULT_CLUSTER_ROLES.has(name));
}

/** A RoleBinding or ClusterRoleBinding whose roleRef names a Role or ClusterRole the set does not define. */
export const roleRefNotFound: Rule = {
  meta: {
    id: 'role-ref-not-found',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: "A RoleBinding's or ClusterRoleBinding's roleRef names a Role or ClusterRole that the set does not define.",
    rationale:
      'A binding to a role that does not exist grants nothing, so its subjects get "forbidden" errors; the API server accepts it, and it silently starts to grant ' +
      'whatever a role of that name later holds. ClusterRoles of the Kubernetes bootstrap policy (cluster-admin, admin, edit, view and every `system:` role) and ' +
      'roles in kube-system, kube-public and kube-node-lease are never reported. When the set holds no Role (in that namespace) or no ClusterRole at all, the role ' +
      'is likely defined elsewhere and the finding is info; with assume-complete it is an error.',
    howToFix: 'Add the Role (same namespace as the RoleBinding) or ClusterRole to the set, or fix roleRef.kind and roleRef.name.',
    examples: {
      invalid: 'kind: RoleBinding\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}\n---\nkind: Role\nmetadata: {name: pods-reader}',
      valid: 'kind: RoleBinding\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}\n---\nkind: Role\nmetadata: {name: pod-reader}',
    },
    peers: [],
  },
  kinds: ['RoleBinding', 'ClusterRoleBinding'],
  check(ctx) {
    const kind = asString(getIn(ctx.object, 'roleRef', 'kind'));
    const name = asString(getIn(ctx.object, 'roleRef', 'name'));
    if ((kind !== 'Role' && kind !== 'ClusterRole') || name === undefined || clusterProvided(kind, name)) return;
    // A Role is looked up in the RoleBinding's namespace; a ClusterRoleBinding can only name a ClusterRole (validation says so).
    if (kind === 'Role' && ctx.object.kind === 'ClusterRoleBinding') return;
    const namespace = kind === 'Role' ? ctx.index.namespaceOf(ctx.manifest) : '';
    if (SYSTEM_NAMESPACES.has(namespace) || ctx.index.find(kind, namespace, name) !== undefined) return;
    const where = kind === 'Role' ? ` in namespace "${namespace}"` : '';
    ctx.report({
      path: ['roleRef', 'name'],
      message: `roleRef: ${kind} "${name}" not found${where}`,
      severity: referenceSeverity(ctx, ctx.index.inNamespace(kind, namespace).length === 0),
    });
  },
};
