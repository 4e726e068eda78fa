import type { PathSegment } from '../../../load/json-path.js';
import { asArray, getIn, objectItems } from '../../../model/fields.js';
import type { KubeObject } from '../../../load/types.js';

export interface Entry {
  value: string;
  path: readonly PathSegment[];
}

/** One `rules[]` item of a Role or ClusterRole, its lists read as strings with paths. */
export interface PolicyRule {
  index: number;
  apiGroups: Entry[];
  resources: Entry[];
  verbs: Entry[];
  nonResourceURLs: Entry[];
  /** The rule is limited to named objects (resourceNames). */
  named: boolean;
}

function entries(rule: Record<string, unknown>, field: string, base: readonly PathSegment[]): Entry[] {
  const out: Entry[] = [];
  (asArray(rule[field]) ?? []).forEach((v, i) => {
    if (typeof v === 'string') out.push({ value: v, path: [...base, field, i] });
  });
  return out;
}

export function policyRules(obj: KubeObject): PolicyRule[] {
  return objectItems(getIn(obj, 'rules')).map(({ item, index }) => {
    const base = ['rules', index];
    return {
      index,
      apiGroups: entries(item, 'apiGroups', base),
      resources: entries(item, 'resources', base),
      verbs: entries(item, 'verbs', base),
      nonResourceURLs: entries(item, 'nonResourceURLs', base),
      named: (asArray(item.resourceNames) ?? []).length > 0,
    };
  });
}

/** The rule applies to the core API group (pods, secrets...). */
export function coversCoreGroup(rule: PolicyRule): boolean {
  return rule.apiGroups.some((g) => g.value === '' || g.value === '*');
}

/** The verbs of `wanted` the rule grants (all of them through `*`). */
export function grantedVerbs(rule: PolicyRule, wanted: readonly string[]): string[] {
  if (rule.verbs.some((v) => v.value === '*')) return [...wanted];
  return wanted.filter((w) => rule.verbs.some((v) => v.value === w));
}

/** A resource the rule names explicitly (wildcards are role-wildcard's). */
export function namedResource(rule: PolicyRule, names: readonly string[]): Entry | undefined {
  return rule.resources.find((r) => names.includes(r.value));
}

export const ROLE_KINDS: readonly string[] = ['Role', 'ClusterRole'];
export const BINDING_KINDS: readonly string[] = ['RoleBinding', 'ClusterRoleBinding'];
