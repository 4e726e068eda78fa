import { asArray, asString, getIn, objectItems } from '../../model/fields.js';
import { memoPerIndex, type IndexedObject, type ObjectIndex } from '../object-index.js';

const has = (list: unknown, ...values: string[]): boolean => (asArray(list) ?? []).some((v) => typeof v === 'string' && values.includes(v));

/** True when a Role or ClusterRole of the set lets its subjects create Secrets. */
function grantsSecretCreate(role: IndexedObject | undefined): boolean {
  return objectItems(role?.object.rules).some(
    ({ item }) => has(item.apiGroups, '', '*') && has(item.resources, 'secrets', '*') && has(item.verbs, 'create', '*'),
  );
}

/** Where Secrets may be created at runtime: `anywhere`, or the namespaces. */
interface SecretCreators {
  anywhere: boolean;
  namespaces: Set<string>;
}

/**
 * Namespaces in which a workload of the set may create Secrets at runtime: its ServiceAccount is bound (by a
 * RoleBinding there, or a ClusterRoleBinding) to a role of the set that allows `create` on `secrets`. Certificate
 * generators (ingress-nginx's admission Job), Argo CD's redis init, operators and the like make the Secrets their
 * pods mount, so a Secret missing from such a namespace is not evidence of a mistake.
 */
const secretCreators = memoPerIndex((index: ObjectIndex): SecretCreators => {
  const grants = new Map<string, Set<string> | 'anywhere'>(); // ServiceAccount ns/name → namespaces
  const grant = (sa: string, where: string | 'anywhere'): void => {
    const now = grants.get(sa);
    if (now === 'anywhere') return;
    if (where === 'anywhere') grants.set(sa, 'anywhere');
    else grants.set(sa, new Set([...(now ?? []), where]));
  };
  for (const kind of ['RoleBinding', 'ClusterRoleBinding'] as const) {
    for (const b of index.byKind(kind)) {
      const refKind = asString(getIn(b.object, 'roleRef', 'kind'));
      const refName = asString(getIn(b.object, 'roleRef', 'name')) ?? '';
      const role = refKind === 'Role' ? index.find('Role', b.namespace, refName) : index.find('ClusterRole', '', refName);
      if (!grantsSecretCreate(role)) continue;
      for (const { item: s } of objectItems(b.object.subjects)) {
        if (s.kind !== 'ServiceAccount') continue;
        grant(`${asString(s.namespace) ?? b.namespace}/${asString(s.name) ?? ''}`, kind === 'ClusterRoleBinding' ? 'anywhere' : b.namespace);
      }
    }
  }
  const out: SecretCreators = { anywhere: false, namespaces: new Set() };
  if (grants.size === 0) return out;
  for (const o of index.all()) {
    if (o.podTemplate === undefined || o.kind === 'PodTemplate') continue;
    const spec = o.podTemplate.spec;
    const sa = asString(spec.serviceAccountName) ?? asString(spec.serviceAccount) ?? 'default';
    const where = grants.get(`${o.namespace}/${sa}`);
    if (where === 'anywhere') out.anywhere = true;
    else for (const ns of where ?? []) out.namespaces.add(ns);
  }
  return out;
});

/** True when a workload of the set may create Secrets in `namespace` at runtime (see {@link secretCreators}). */
export function secretsMayBeCreatedIn(index: ObjectIndex, namespace: string): boolean {
  const c = secretCreators(index);
  return c.anywhere || c.namespaces.has(namespace);
}
