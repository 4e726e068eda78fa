/**
 * Inter-pod affinity terms as kube-scheduler digests them (framework.AffinityTerm, NewPodInfo in
 * pkg/scheduler/framework/types.go): the namespaces a term looks at, its namespaceSelector and label selector,
 * its topology key and weight. Read once per pod.
 */
import { asArray, asNumber, asString, getIn, objectItems, type Obj } from '../../../model/fields.js';
import { parseLabelSelector, type LabelSelector, type SelectorRequirement } from '../../../model/label-selector.js';
import { matches, selectorKey, type Selector } from './selectors.js';

/** One inter-pod (anti-)affinity term, resolved against its pod. */
export interface AffinityTerm {
  /** getNamespacesFromPodAffinityTerm: the listed namespaces, or the pod's own when neither field is set. */
  readonly namespaces: ReadonlySet<string>;
  /** null when unset (labels.Nothing()); `{}` selects every namespace. */
  readonly namespaceSelector: Selector;
  /** null when unset: the term matches no pod. */
  readonly selector: Selector;
  readonly topologyKey: string;
  /** The preference weight; 1 for required terms (hardPodAffinityWeight when another pod scores against it). */
  readonly weight: number;
  /** Canonical text of namespaces, selectors and topology key (not the weight). */
  readonly key: string;
}

/** A pod's required and preferred affinity and anti-affinity terms. */
export interface PodAffinityTerms {
  readonly requiredAffinity: readonly AffinityTerm[];
  readonly requiredAntiAffinity: readonly AffinityTerm[];
  readonly preferredAffinity: readonly AffinityTerm[];
  readonly preferredAntiAffinity: readonly AffinityTerm[];
}

/**
 * matchLabelKeys / mismatchLabelKeys: `key in (value)` / `key notin (value)` for each listed key the pod carries,
 * ANDed into the selector (the API server merges them at pod creation; merging twice adds nothing).
 */
function mergeLabelKeys(selector: LabelSelector, term: Obj, labels: Readonly<Record<string, string>>): LabelSelector {
  const extra: SelectorRequirement[] = [];
  for (const [field, operator] of [['matchLabelKeys', 'In'], ['mismatchLabelKeys', 'NotIn']] as const) {
    for (const key of asArray(term[field]) ?? []) {
      const value = typeof key === 'string' ? labels[key] : undefined;
      if (value !== undefined) extra.push({ key: key as string, operator, values: [value] });
    }
  }
  return extra.length === 0 ? selector : { matchLabels: selector.matchLabels, matchExpressions: [...selector.matchExpressions, ...extra] };
}

function readTerm(term: Obj, namespace: string, labels: Readonly<Record<string, string>>, weight: number): AffinityTerm {
  const parsed = parseLabelSelector(term.labelSelector);
  const selector = parsed === undefined ? null : mergeLabelKeys(parsed, term, labels);
  const listed = (asArray(term.namespaces) ?? []).filter((n): n is string => typeof n === 'string');
  const namespaceSelector = parseLabelSelector(term.namespaceSelector) ?? null;
  const namespaces = new Set(listed.length === 0 && namespaceSelector === null ? [namespace] : listed);
  const topologyKey = asString(term.topologyKey) ?? '';
  const key = `${[...namespaces].join(',')}|${selectorKey(namespaceSelector)}|${selectorKey(selector)}|${topologyKey}`;
  return { namespaces, namespaceSelector, selector, topologyKey, weight, key };
}

function required(v: unknown, namespace: string, labels: Readonly<Record<string, string>>): AffinityTerm[] {
  return objectItems(v).map(({ item }) => readTerm(item, namespace, labels, 1));
}

function preferred(v: unknown, namespace: string, labels: Readonly<Record<string, string>>): AffinityTerm[] {
  return objectItems(v).map(({ item }) => {
    const term = getIn(item, 'podAffinityTerm');
    return readTerm(typeof term === 'object' && term !== null ? (term as Obj) : {}, namespace, labels, asNumber(item.weight) ?? 0);
  });
}

const NO_TERMS: PodAffinityTerms = { requiredAffinity: [], requiredAntiAffinity: [], preferredAffinity: [], preferredAntiAffinity: [] };

/** The pod's four lists of inter-pod (anti-)affinity terms. */
export function affinityTermsOf(spec: Obj, namespace: string, labels: Readonly<Record<string, string>>): PodAffinityTerms {
  const affinity = getIn(spec, 'affinity');
  if (affinity === undefined) return NO_TERMS;
  const req = 'requiredDuringSchedulingIgnoredDuringExecution';
  const pref = 'preferredDuringSchedulingIgnoredDuringExecution';
  return {
    requiredAffinity: required(getIn(affinity, 'podAffinity', req), namespace, labels),
    requiredAntiAffinity: required(getIn(affinity, 'podAntiAffinity', req), namespace, labels),
    preferredAffinity: preferred(getIn(affinity, 'podAffinity', pref), namespace, labels),
    preferredAntiAffinity: preferred(getIn(affinity, 'podAntiAffinity', pref), namespace, labels),
  };
}

/**
 * AffinityTerm.Matches: the pod is in one of the term's namespaces (listed, or selected by the
 * namespaceSelector through its namespace's labels) and its labels match the term's selector.
 */
export function termMatches(term: AffinityTerm, namespace: string, labels: Readonly<Record<string, string>>, nsLabels: Readonly<Record<string, string>>): boolean {
  if (!term.namespaces.has(namespace) && !matches(term.namespaceSelector, nsLabels)) return false;
  return matches(term.selector, labels);
}
