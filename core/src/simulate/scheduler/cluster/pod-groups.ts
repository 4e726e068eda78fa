/**
 * Counting groups: "how many bound pods match this (namespaces, selector) predicate, per node and per topology
 * domain", maintained incrementally as pods bind and leave. PodTopologySpread (count per domain of matching
 * pods in the pod's namespace) and InterPodAffinity (existing pods matching the incoming pod's terms) ask
 * these instead of scanning every pod of the cluster each cycle, as upstream's PreFilter does. A group is made
 * the first time some pod asks for its predicate, then updated on every bind: a new pod is tested only against
 * the groups indexed under one of its own `key=value` labels (plus the few whose selector has no matchLabels).
 */
import type { PodRecord } from './node-state.js';
import type { PodInfo } from './pod-info.js';
import { indexPair, labelPair, matches, selectorKey, type Selector } from './selectors.js';
import type { Topology, TopologyIndex } from './topology.js';

/** One conjunct of a group's predicate: a pod in these namespaces whose labels match the selector. */
export interface GroupClause {
  readonly namespaces: ReadonlySet<string>;
  /** null: no namespace is selected by labels (only the listed ones count). */
  readonly namespaceSelector: Selector;
  readonly selector: Selector;
}

/** A set of nodes (1 per admitted node index) with a key identifying it. */
export interface NodeMask {
  readonly key: string;
  readonly bits: Uint8Array;
}

/** Namespace labels, for namespaceSelectors. */
export type NamespaceLabels = (namespace: string) => Readonly<Record<string, string>>;

/** How many per-domain sums a group keeps up to date. */
const MAX_KEPT_SUMS = 16;

/** The bound pods matching one predicate, counted per node and (on demand) per topology domain. */
export class PodGroup {
  /** Matching pods per node index. */
  readonly perNode: Int32Array;
  /** Matching pods on all nodes. */
  total = 0;
  /** Per-domain sums kept up to date: per topology key, optionally over the nodes a mask admits. */
  private readonly domains: { index: TopologyIndex; mask: NodeMask | undefined; counts: Int32Array }[] = [];

  constructor(
    readonly clauses: readonly GroupClause[],
    /** PodTopologySpread does not count pods being deleted; InterPodAffinity does. */
    readonly excludeTerminating: boolean,
    private readonly topology: Topology,
  ) {
    this.perNode = new Int32Array(topology.nodeCount);
  }

  matches(pod: PodInfo, nsLabels: NamespaceLabels): boolean {
    if (this.excludeTerminating && pod.terminating) return false;
    for (const c of this.clauses) {
      if (!c.namespaces.has(pod.namespace) && !matches(c.namespaceSelector, nsLabels(pod.namespace))) return false;
      if (!matches(c.selector, pod.labels)) return false;
    }
    return true;
  }

  count(node: number, delta: number): void {
    this.perNode[node] = (this.perNode[node] as number) + delta;
    this.total += delta;
    for (const { index, mask, counts } of this.domains) {
      const d = index.domainOf[node] as number;
      if (d >= 0 && (mask === undefined || mask.bits[node] === 1)) counts[d] = (counts[d] as number) + delta;
    }
  }

  /**
   * Matching pods per domain of `key` (nodes without the label count nowhere), over the nodes `mask` admits
   * when given (a pod's node affinity); kept up to date from then on.
   */
  domainCounts(key: string, mask?: NodeMask): Int32Array {
    for (const d of this.domains) if (d.index.key === key && d.mask?.key === mask?.key) return d.counts;
    const index = this.topology.of(key);
    const counts = new Int32Array(index.values.length);
    this.perNode.forEach((n, node) => {
      const d = index.domainOf[node] as number;
      if (d >= 0 && (mask === undefined || mask.bits[node] === 1)) counts[d] = (counts[d] as number) + n;
    });
    // Pods pinned to one node each (DaemonSets) would add a kept sum per pod: past a few, sums are one-offs.
    if (mask === undefined || this.domains.length < MAX_KEPT_SUMS) this.domains.push({ index, mask, counts });
    return counts;
  }
}

function groupKey(clauses: readonly GroupClause[], excludeTerminating: boolean): string {
  const parts = clauses.map((c) => `${[...c.namespaces].join(',')}|${selectorKey(c.namespaceSelector)}|${selectorKey(c.selector)}`);
  return `${excludeTerminating ? 'T' : 'A'}:${parts.join('&&')}`;
}

/** Every counting group, indexed by a `key=value` pair their pods must carry. */
export class PodGroups {
  private readonly byKey = new Map<string, PodGroup>();
  private readonly byPair = new Map<string, PodGroup[]>();
  private readonly unindexed: PodGroup[] = [];
  private readonly memberships = new Map<PodRecord, PodGroup[]>();

  constructor(
    private readonly topology: Topology,
    private readonly nsLabels: NamespaceLabels,
    /** The bound pods that may match a selector indexed by `pair` (every bound pod when undefined). */
    private readonly candidates: (pair: string | undefined) => Iterable<PodRecord>,
  ) {}

  /** The group for a predicate, counting the pods already bound when it is first asked for. */
  get(clauses: readonly GroupClause[], excludeTerminating: boolean): PodGroup {
    const key = groupKey(clauses, excludeTerminating);
    let group = this.byKey.get(key);
    if (group !== undefined) return group;
    group = new PodGroup(clauses, excludeTerminating, this.topology);
    this.byKey.set(key, group);
    const pair = clauses.map((c) => (c.selector === null ? undefined : indexPair(c.selector))).find((p) => p !== undefined);
    if (pair === undefined) this.unindexed.push(group);
    else {
      const list = this.byPair.get(pair);
      if (list === undefined) this.byPair.set(pair, [group]);
      else list.push(group);
    }
    for (const record of this.candidates(pair)) if (group.matches(record.info, this.nsLabels)) this.join(record, group);
    return group;
  }

  /** A pod bound: every group it matches counts it on its node. */
  add(record: PodRecord): void {
    const labels = record.info.labels;
    for (const k in labels) {
      const list = this.byPair.get(labelPair(k, labels[k] as string));
      if (list !== undefined) for (const g of list) if (g.matches(record.info, this.nsLabels)) this.join(record, g);
    }
    for (const g of this.unindexed) if (g.matches(record.info, this.nsLabels)) this.join(record, g);
  }

  /** A pod left its node: undone in exactly the groups that counted it. */
  remove(record: PodRecord): void {
    for (const g of this.memberships.get(record) ?? []) g.count(record.node.index, -1);
    this.memberships.delete(record);
  }

  private join(record: PodRecord, group: PodGroup): void {
    group.count(record.node.index, 1);
    const list = this.memberships.get(record);
    if (list === undefined) this.memberships.set(record, [group]);
    else list.push(group);
  }
}
