/**
 * Which pods a scoped ResourceQuota applies to (pkg/quota/v1/evaluator/core/pods.go podMatchesScopeFunc):
 * `spec.scopes` (each an Exists selector) and `spec.scopeSelector.matchExpressions`, all of which must match.
 * Only pods have scopes; a scoped quota matches no other kind of object.
 */
import { asArray, asNumber, asObject, asString, getIn, objectItems, type Obj } from '../../../model/fields.js';
import { selectorMatches, type SelectorOperator } from '../../../model/label-selector.js';
import { readResourceList } from '../../../model/pod-requests.js';

export interface ScopeSelector {
  readonly scopeName: string;
  readonly operator: string;
  readonly values: readonly string[];
}

/** getScopeSelectorsFromQuota. */
export function scopeSelectorsOf(quota: Readonly<Obj>): ScopeSelector[] {
  const scopes = (asArray(getIn(quota, 'spec', 'scopes')) ?? []).filter((s): s is string => typeof s === 'string');
  const selectors: ScopeSelector[] = scopes.map((scopeName) => ({ scopeName, operator: 'Exists', values: [] }));
  for (const { item } of objectItems(getIn(quota, 'spec', 'scopeSelector', 'matchExpressions'))) {
    const values = (asArray(item.values) ?? []).filter((v): v is string => typeof v === 'string');
    selectors.push({ scopeName: asString(item.scopeName) ?? '', operator: asString(item.operator) ?? '', values });
  }
  return selectors;
}

/** qos.GetPodQOS(pod) == BestEffort: no cpu or memory request or limit above zero, at pod or container level. */
export function isBestEffort(spec: Obj): boolean {
  const lists = [asObject(spec.resources), ...(['containers', 'initContainers'] as const).flatMap((f) => objectItems(spec[f]).map(({ item }) => asObject(item.resources)))];
  return lists.every((resources) =>
    [resources?.requests, resources?.limits].every((list) => {
      const parsed = readResourceList(list);
      return ['cpu', 'memory'].every((name) => (parsed.get(name)?.mantissa ?? 0n) <= 0n);
    }),
  );
}

/** A pod with `activeDeadlineSeconds` (≥ 0) is Terminating. */
function isTerminating(spec: Obj): boolean {
  const deadline = asNumber(spec.activeDeadlineSeconds);
  return deadline !== undefined && deadline >= 0;
}

/** An affinity term that reaches other namespaces (`namespaces` or a `namespaceSelector`). */
function usesCrossNamespaceAffinity(spec: Obj): boolean {
  const affinity = asObject(spec.affinity);
  return (['podAffinity', 'podAntiAffinity'] as const).some((kind) => {
    const a = asObject(affinity?.[kind]);
    const terms = [
      ...objectItems(a?.requiredDuringSchedulingIgnoredDuringExecution).map(({ item }) => item),
      ...objectItems(a?.preferredDuringSchedulingIgnoredDuringExecution).map(({ item }) => asObject(item.podAffinityTerm) ?? {}),
    ];
    return terms.some((t) => (asArray(t.namespaces) ?? []).length > 0 || asObject(t.namespaceSelector) !== undefined);
  });
}

/** The PriorityClass scope: a label-selector requirement on the label `PriorityClass=<class>`. */
function matchesPriorityClass(selector: ScopeSelector, spec: Obj): boolean {
  const name = asString(spec.priorityClassName) ?? '';
  if (selector.operator === 'Exists') return name !== '';
  const labels: Record<string, string> = name === '' ? {} : { PriorityClass: name };
  const operator = selector.operator as SelectorOperator;
  return selectorMatches({ matchLabels: {}, matchExpressions: [{ key: 'PriorityClass', operator, values: [...selector.values] }] }, labels);
}

/** podMatchesScopeFunc. */
export function podMatchesScope(selector: ScopeSelector, spec: Obj): boolean {
  switch (selector.scopeName) {
    case 'Terminating':
      return isTerminating(spec);
    case 'NotTerminating':
      return !isTerminating(spec);
    case 'BestEffort':
      return isBestEffort(spec);
    case 'NotBestEffort':
      return !isBestEffort(spec);
    case 'PriorityClass':
      return matchesPriorityClass(selector, spec);
    case 'CrossNamespacePodAffinity':
      return usesCrossNamespaceAffinity(spec);
    default:
      return false;
  }
}
