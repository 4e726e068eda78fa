/**
 * The inter-pod affinity terms of bound pods, turned around so an incoming pod finds the ones that match it:
 * required anti-affinity terms (the symmetric filter, `existing pods anti-affinity rules`) and the terms that
 * score other pods (required affinity with hardPodAffinityWeight 1, preferred affinity +weight, preferred
 * anti-affinity -weight). Identical terms of different pods share one entry holding a sum per topology domain,
 * so a Deployment of 500 replicas with the same anti-affinity is one entry, not 500 pods to visit.
 */
import { termMatches, type AffinityTerm } from './affinity-terms.js';
import type { PodRecord } from './node-state.js';
import type { PodInfo } from './pod-info.js';
import type { NamespaceLabels } from './pod-groups.js';
import { indexPair, labelPair } from './selectors.js';
import type { Topology, TopologyIndex } from './topology.js';

/** kube-scheduler's default InterPodAffinityArgs.hardPodAffinityWeight. */
export const HARD_POD_AFFINITY_WEIGHT = 1;

/** `anti`: required anti-affinity (filter); `score`: terms that score other pods. */
export type TermKind = 'anti' | 'score';

/** One distinct term of bound pods, with its per-domain count (anti) or weight sum (score). */
export class ExistingTerm {
  /** Per domain of the term's topology key: pods (anti) or summed signed weights (score). */
  readonly perDomain: Float64Array;
  /** How many pod terms are counted in, whatever their weights add up to. */
  members = 0;

  constructor(
    readonly kind: TermKind,
    readonly term: AffinityTerm,
    readonly index: TopologyIndex,
  ) {
    this.perDomain = new Float64Array(index.values.length);
  }
}

type Contribution = readonly [ExistingTerm, number, number];

/** The bound pods' affinity terms, findable from the labels of an incoming pod. */
export class ExistingTerms {
  private readonly entries = new Map<string, ExistingTerm>();
  private readonly byPair = new Map<string, ExistingTerm[]>();
  private readonly unindexed: ExistingTerm[] = [];
  private readonly contributions = new Map<PodRecord, Contribution[]>();

  constructor(private readonly topology: Topology) {}

  add(record: PodRecord): void {
    const a = record.info.affinity;
    const out: Contribution[] = [];
    const put = (kind: TermKind, term: AffinityTerm, value: number): void => {
      if (term.selector === null) return;
      const entry = this.entry(kind, term);
      const d = entry.index.domainOf[record.node.index] as number;
      if (d < 0) return;
      entry.perDomain[d] = (entry.perDomain[d] as number) + value;
      entry.members++;
      out.push([entry, d, value]);
    };
    for (const t of a.requiredAntiAffinity) put('anti', t, 1);
    for (const t of a.requiredAffinity) put('score', t, HARD_POD_AFFINITY_WEIGHT);
    for (const t of a.preferredAffinity) put('score', t, t.weight);
    for (const t of a.preferredAntiAffinity) put('score', t, -t.weight);
    if (out.length > 0) this.contributions.set(record, out);
  }

  remove(record: PodRecord): void {
    for (const [entry, d, value] of this.contributions.get(record) ?? []) {
      entry.perDomain[d] = (entry.perDomain[d] as number) - value;
      entry.members--;
    }
    this.contributions.delete(record);
  }

  /** The entries of a kind whose term the incoming pod matches (namespace and labels). */
  matching(kind: TermKind, pod: PodInfo, nsLabels: NamespaceLabels): ExistingTerm[] {
    const out: ExistingTerm[] = [];
    const ns = nsLabels(pod.namespace);
    const test = (e: ExistingTerm): void => {
      if (e.kind === kind && e.members > 0 && termMatches(e.term, pod.namespace, pod.labels, ns)) out.push(e);
    };
    for (const k in pod.labels) for (const e of this.byPair.get(labelPair(k, pod.labels[k] as string)) ?? []) test(e);
    for (const e of this.unindexed) test(e);
    return out;
  }

  private entry(kind: TermKind, term: AffinityTerm): ExistingTerm {
    const key = `${kind}:${term.key}`;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = new ExistingTerm(kind, term, this.topology.of(term.topologyKey));
      this.entries.set(key, entry);
      const pair = term.selector === null ? undefined : indexPair(term.selector);
      if (pair === undefined) this.unindexed.push(entry);
      else {
        const list = this.byPair.get(pair);
        if (list === undefined) this.byPair.set(pair, [entry]);
        else list.push(entry);
      }
    }
    return entry;
  }
}
