/**
 * InterPodAffinity's per-pod state, computed from the incremental indexes instead of a scan of every pod
 * (interpodaffinity/filtering.go getIncomingAffinityAntiAffinityCounts / getExistingAntiAffinityCounts,
 * scoring.go PreScore).
 */
import type { AffinityTerm } from '../cluster/affinity-terms.js';
import { termMatches } from '../cluster/affinity-terms.js';
import type { ClusterView } from '../cluster/cluster-view.js';
import type { ExistingTerm } from '../cluster/existing-terms.js';
import type { PodGroup } from '../cluster/pod-groups.js';
import type { PodInfo } from '../cluster/pod-info.js';
import type { TopologyIndex } from '../cluster/topology.js';

/** Matching existing pods per domain of one term's topology key. */
export interface TermCounts {
  readonly topology: TopologyIndex;
  readonly counts: Int32Array;
}

/** InterPodAffinity's PreFilter state. */
export interface FilterState {
  /** The incoming pod's required affinity terms, each with the pods matching ALL of them per domain. */
  readonly affinity: readonly TermCounts[];
  /** No existing pod matches all the affinity terms on a node carrying the keys (affinityCounts is empty). */
  readonly affinityEmpty: boolean;
  /** The first-pod exception applies: the pod matches every one of its own affinity terms. */
  readonly selfMatchesAll: boolean;
  /** The incoming pod's required anti-affinity terms, each with its matching pods per domain. */
  readonly anti: readonly TermCounts[];
  /** Existing pods' required anti-affinity terms that match the incoming pod. */
  readonly existingAnti: readonly ExistingTerm[];
}

function clause(t: AffinityTerm): { namespaces: ReadonlySet<string>; namespaceSelector: AffinityTerm['namespaceSelector']; selector: AffinityTerm['selector'] } {
  return { namespaces: t.namespaces, namespaceSelector: t.namespaceSelector, selector: t.selector };
}

/** The group of pods matching every term (or undefined: a term without selector matches no pod). */
function groupOf(view: ClusterView, terms: readonly AffinityTerm[]): PodGroup | undefined {
  if (terms.some((t) => t.selector === null)) return undefined;
  return view.groups.get(terms.map(clause), false);
}

function termCounts(view: ClusterView, group: PodGroup | undefined, t: AffinityTerm): TermCounts {
  const topology = view.topology.of(t.topologyKey);
  return { topology, counts: group?.domainCounts(t.topologyKey) ?? new Int32Array(topology.values.length) };
}

function isZero(a: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) return false;
  return true;
}

/** PreFilter's state; undefined when the pod has no required terms and no existing term points at it (Skip). */
export function filterState(view: ClusterView, pod: PodInfo): FilterState | undefined {
  const a = pod.affinity;
  const existingAnti = view.terms.matching('anti', pod, view.nsLabels);
  if (a.requiredAffinity.length === 0 && a.requiredAntiAffinity.length === 0 && existingAnti.length === 0) return undefined;
  const group = a.requiredAffinity.length === 0 ? undefined : groupOf(view, a.requiredAffinity);
  const affinity = a.requiredAffinity.map((t) => termCounts(view, group, t));
  const ns = view.nsLabels(pod.namespace);
  return {
    affinity,
    affinityEmpty: affinity.every((tc) => isZero(tc.counts)),
    selfMatchesAll: a.requiredAffinity.length > 0 && a.requiredAffinity.every((t) => termMatches(t, pod.namespace, pod.labels, ns)),
    anti: a.requiredAntiAffinity.map((t) => termCounts(view, groupOf(view, [t]), t)),
    existingAnti,
  };
}

/** One addend of the topology score: `factor` × `perDomain[domain of the node for this key]`. */
export interface ScoreTerm {
  readonly topology: TopologyIndex;
  readonly perDomain: Int32Array | Float64Array;
  readonly factor: number;
}

/**
 * PreScore's topology score: +weight per existing pod matching a preferred affinity term, −weight per one
 * matching a preferred anti-affinity term, plus the existing pods' terms the incoming pod matches (required
 * affinity ×1, preferred ±weight), each in the domain of the existing pod's node. The live per-domain arrays
 * are referenced, not copied (nothing binds during a cycle). Undefined when nothing contributes (Skip);
 * kubeplan counts a term as contributing when a matching pod is bound anywhere, upstream only when its node
 * carries the key — the totals are the same either way.
 */
export function scoreState(view: ClusterView, pod: PodInfo): ScoreTerm[] | undefined {
  const out: ScoreTerm[] = [];
  const own = (terms: readonly AffinityTerm[], sign: 1 | -1): void => {
    for (const t of terms) {
      const group = groupOf(view, [t]);
      if (group === undefined || group.total === 0) continue;
      out.push({ topology: view.topology.of(t.topologyKey), perDomain: group.domainCounts(t.topologyKey), factor: sign * t.weight });
    }
  };
  own(pod.affinity.preferredAffinity, 1);
  own(pod.affinity.preferredAntiAffinity, -1);
  for (const entry of view.terms.matching('score', pod, view.nsLabels)) out.push({ topology: entry.index, perDomain: entry.perDomain, factor: 1 });
  return out.length > 0 ? out : undefined;
}
