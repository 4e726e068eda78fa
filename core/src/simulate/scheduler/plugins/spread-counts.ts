/**
 * PodTopologySpread's counting (podtopologyspread/filtering.go calPreFilterState, scoring.go PreScore): per
 * constraint, the pods in the incoming pod's namespace matching its selector, per domain of its topology key,
 * over every node that carries all the constraints' keys and passes the node inclusion policies. Domains
 * exist (with count 0) once a qualifying node has the value.
 *
 * The counts come from the incrementally kept counting groups: their per-domain sums, over the nodes the
 * pod's node affinity admits when that policy is honoured (a sum kept per distinct node affinity). Only
 * honouring taints, or keys that some nodes carry without the others, takes one pass over the nodes'
 * per-node counts.
 */
import type { ClusterView } from '../cluster/cluster-view.js';
import type { NodeState } from '../cluster/node-state.js';
import type { NodeMask, PodGroup } from '../cluster/pod-groups.js';
import { Memo } from '../cluster/digest-cache.js';
import type { PodInfo } from '../cluster/pod-info.js';
import { isEverything } from '../cluster/selectors.js';
import { LABEL_HOSTNAME, type SpreadConstraint } from '../cluster/spread-constraints.js';
import type { TopologyIndex } from '../cluster/topology.js';
import { tolerated } from './taint-toleration.js';

/** One constraint's counts for one pod. */
export interface ConstraintCounts {
  readonly constraint: SpreadConstraint;
  readonly topology: TopologyIndex;
  /** Matching pods per domain id. */
  readonly counts: Int32Array;
  /** 1 where the domain exists for this pod (some qualifying node has it); undefined: every domain of the key. */
  readonly present: Uint8Array | undefined;
  /** The counting group (undefined when the selector counts nothing), for per-node counts. */
  readonly group: PodGroup | undefined;
  /** `kubernetes.io/hostname`: scores read per-node counts, and its domains are the nodes. */
  readonly hostname: boolean;
}

/**
 * The group counting the constraint's pods. countPodsMatchSelector counts nothing for a nil selector and —
 * upstream quirk — for an empty one (`selector.Empty()`), though the pod still matches `{}` itself.
 */
export function spreadGroup(view: ClusterView, pod: PodInfo, c: SpreadConstraint): PodGroup | undefined {
  if (c.selector === null || isEverything(c.selector)) return undefined;
  return view.groups.get([{ namespaces: new Set([pod.namespace]), namespaceSelector: null, selector: c.selector }], true);
}

/** matchNodeInclusionPolicies; `admitted` is the pod's node-affinity mask. */
function includesNode(pod: PodInfo, c: SpreadConstraint, node: NodeState, admitted: Uint8Array | undefined): boolean {
  if (c.honorNodeAffinity && admitted !== undefined && admitted[node.index] === 0) return false;
  if (c.honorNodeTaints) for (const taint of node.hardTaints) if (!tolerated(pod.tolerations, taint)) return false;
  return true;
}

function hasAllKeys(labels: Readonly<Record<string, string>>, constraints: readonly SpreadConstraint[]): boolean {
  for (const c of constraints) if (!Object.hasOwn(labels, c.topologyKey)) return false;
  return true;
}

/** Counts for one scheduler: remembers which key sets can exclude nodes and which domains a mask reaches. */
export class SpreadCounter {
  private readonly uniform = new Map<string, boolean>();
  private readonly reached = new Memo<Uint8Array>();

  constructor(private readonly view: ClusterView) {}

  /** Domain counts for each constraint; `requireAllKeys` as upstream (explicit constraints yes, system defaults no). */
  counts(pod: PodInfo, constraints: readonly SpreadConstraint[], requireAllKeys: boolean): ConstraintCounts[] {
    const view = this.view;
    const mask = (c: SpreadConstraint): NodeMask | undefined => (c.honorNodeAffinity && pod.hasNodeAffinity ? view.nodeAffinityMask(pod) : undefined);
    // Taints to honour, or keys some nodes lack: one pass over the nodes. Otherwise the groups' kept sums.
    const scan = constraints.some((c) => c.honorNodeTaints && view.anyHardTaints) || (requireAllKeys && !this.keysUniform(constraints));
    const out = constraints.map((constraint): ConstraintCounts => {
      const topology = view.topology.of(constraint.topologyKey);
      const group = spreadGroup(view, pod, constraint);
      const hostname = constraint.topologyKey === LABEL_HOSTNAME;
      const size = topology.values.length;
      if (scan) return { constraint, topology, counts: new Int32Array(size), present: new Uint8Array(size), group, hostname };
      const m = mask(constraint);
      const counts = group?.domainCounts(constraint.topologyKey, m) ?? new Int32Array(size);
      return { constraint, topology, counts, present: m === undefined ? undefined : this.domainsReached(m, topology), group, hostname };
    });
    if (!scan) return out;
    const admitted = pod.hasNodeAffinity ? view.nodeAffinityMask(pod).bits : undefined;
    for (const node of view.nodes) {
      if (requireAllKeys && !hasAllKeys(node.labels, constraints)) continue;
      for (const cc of out) {
        const d = cc.topology.domainOf[node.index] as number;
        if (d < 0 || !includesNode(pod, cc.constraint, node, admitted)) continue;
        (cc.present as Uint8Array)[d] = 1;
        if (cc.group !== undefined) cc.counts[d] = (cc.counts[d] as number) + (cc.group.perNode[node.index] as number);
      }
    }
    return out;
  }

  /** The domains of a key where the mask admits at least one node. */
  private domainsReached(mask: NodeMask, topology: TopologyIndex): Uint8Array {
    return this.reached.get(`${mask.key}\u0000${topology.key}`, () => {
      const present = new Uint8Array(topology.values.length);
      mask.bits.forEach((bit, node) => {
        const d = topology.domainOf[node] as number;
        if (bit === 1 && d >= 0) present[d] = 1;
      });
      return present;
    });
  }

  /** Every node carries all the keys or none of them: requiring all keys then excludes no domain. */
  private keysUniform(constraints: readonly SpreadConstraint[]): boolean {
    const key = [...new Set(constraints.map((c) => c.topologyKey))].sort().join('\u0000');
    let uniform = this.uniform.get(key);
    if (uniform === undefined) {
      uniform = this.view.nodes.every((n) => {
        const has = constraints.filter((c) => Object.hasOwn(n.labels, c.topologyKey)).length;
        return has === 0 || has === constraints.length;
      });
      this.uniform.set(key, uniform);
    }
    return uniform;
  }
}

/** The global minimum for the skew (minMatchNum): 0 while fewer domains than minDomains exist. */
export function minMatch(cc: ConstraintCounts): number {
  let domains = 0;
  let min = Number.POSITIVE_INFINITY;
  for (let d = 0; d < cc.counts.length; d++) {
    if (cc.present !== undefined && cc.present[d] === 0) continue;
    domains++;
    if ((cc.counts[d] as number) < min) min = cc.counts[d] as number;
  }
  return domains < cc.constraint.minDomains || domains === 0 ? 0 : min;
}
