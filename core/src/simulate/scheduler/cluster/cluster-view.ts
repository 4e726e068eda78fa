/**
 * The scheduler's cache and snapshot in one (upstream's Cache + Snapshot): the nodes in walk order, the bound
 * and assumed pods, and the incremental indexes built over them (counting groups, existing affinity terms,
 * a label index of bound pods). Binding and unbinding a pod updates every index in O(labels + matching
 * groups), never by rescanning the cluster. Plugins read it; only the scheduler and preemption change it.
 */
import type { NodeInfo } from '../../../cluster/node-info.js';
import type { SchedulerLookups } from '../lookups.js';
import { ExistingTerms } from './existing-terms.js';
import { nodeTreeOrder } from './node-order.js';
import { NodeState, type PodRecord } from './node-state.js';
import { PodGroups, type NodeMask } from './pod-groups.js';
import type { PodInfo } from './pod-info.js';
import type { PodResources } from './pod-resources.js';
import { Memo } from './digest-cache.js';
import { labelPair } from './selectors.js';
import { Topology } from './topology.js';

const NO_LABELS: Readonly<Record<string, string>> = Object.freeze({});

/** Nodes, bound pods and the indexes over them: the state every plugin reads. */
export class ClusterView {
  /** Nodes in kube-scheduler's walk order (zones interleaved); `NodeState.index` is the position here. */
  readonly nodes: readonly NodeState[];
  readonly topology: Topology;
  readonly groups: PodGroups;
  readonly terms: ExistingTerms;
  /** True when some node has a NoSchedule/NoExecute taint (nodeTaintsPolicy: Honor can then exclude nodes). */
  readonly anyHardTaints: boolean;
  private readonly byName = new Map<string, NodeState>();
  private readonly records = new Map<string, PodRecord>();
  private readonly byLabel = new Map<string, Set<PodRecord>>();
  private readonly namespaces = new Map<string, Readonly<Record<string, string>>>();
  private readonly affinityMasks = new Memo<NodeMask>();
  /** Requests of the templates seen so far (see podInfoOf). */
  readonly podResources = new Memo<PodResources>();
  private seq = 0;

  constructor(
    nodes: readonly NodeInfo[],
    readonly lookups: SchedulerLookups,
  ) {
    this.nodes = nodeTreeOrder(nodes).map((n, i) => new NodeState(i, n));
    for (const n of this.nodes) this.byName.set(n.name, n);
    [...this.nodes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).forEach((n, rank) => (n.nameRank = rank));
    this.topology = new Topology(this.nodes.map((n) => n.labels));
    this.groups = new PodGroups(this.topology, this.nsLabels, (pair) => this.candidates(pair));
    this.terms = new ExistingTerms(this.topology);
    this.anyHardTaints = this.nodes.some((n) => n.hardTaints.length > 0);
  }

  node(name: string): NodeState | undefined {
    return this.byName.get(name);
  }

  record(key: string): PodRecord | undefined {
    return this.records.get(key);
  }

  /** The nodes the pod's required node affinity admits; one mask for all pods with the same node affinity. */
  nodeAffinityMask(pod: PodInfo): NodeMask {
    const key = pod.nodeAffinityKey;
    return this.affinityMasks.get(key, () => ({ key, bits: Uint8Array.from(this.nodes, (n) => (pod.matchesNodeAffinity(n) ? 1 : 0)) }));
  }

  /** A namespace's labels (cached once known; a namespace not known yet has none). */
  readonly nsLabels = (namespace: string): Readonly<Record<string, string>> => {
    let labels = this.namespaces.get(namespace);
    if (labels === undefined) {
      labels = this.lookups.namespaceLabels(namespace);
      if (labels === undefined) return NO_LABELS;
      this.namespaces.set(namespace, labels);
    }
    return labels;
  };

  /** Binds (or assumes) a pod on a node: a new record counted everywhere. */
  bind(info: PodInfo, node: NodeState): PodRecord {
    const record: PodRecord = { info, node, seq: this.seq++ };
    this.records.set(info.key, record);
    this.attach(record);
    return record;
  }

  /** The pod leaves its node for good. */
  unbind(record: PodRecord): void {
    this.detach(record);
    this.records.delete(record.info.key);
  }

  /** Counts a record in (again): preemption's dry run re-adds the victims it removed. */
  attach(record: PodRecord): void {
    record.node.pods.add(record);
    record.node.account(record.info, 1);
    for (const k in record.info.labels) {
      const pair = labelPair(k, record.info.labels[k] as string);
      let set = this.byLabel.get(pair);
      if (set === undefined) this.byLabel.set(pair, (set = new Set()));
      set.add(record);
    }
    this.groups.add(record);
    this.terms.add(record);
  }

  /** Takes a record out of every count, keeping it known (preemption's dry run). */
  detach(record: PodRecord): void {
    record.node.pods.delete(record);
    record.node.account(record.info, -1);
    for (const k in record.info.labels) this.byLabel.get(labelPair(k, record.info.labels[k] as string))?.delete(record);
    this.groups.remove(record);
    this.terms.remove(record);
  }

  private *candidates(pair: string | undefined): Iterable<PodRecord> {
    if (pair !== undefined) {
      yield* this.byLabel.get(pair) ?? [];
      return;
    }
    for (const node of this.nodes) yield* node.pods;
  }
}
