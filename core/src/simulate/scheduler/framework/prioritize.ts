/**
 * Scoring and choosing (schedule_one.go prioritizeNodes, selectHost). Each taking-part score plugin scores
 * every feasible node, normalises if it can, and its scores count `weight` times into the node's total. The
 * highest total wins. Upstream breaks ties at random (reservoir sampling); kubeplan takes the first tied node
 * by name, so the same inputs always give the same placement.
 */
import type { NodeState } from '../cluster/node-state.js';
import type { PodInfo } from '../cluster/pod-info.js';
import type { CycleState } from './cycle-state.js';
import type { Framework, ScoreSlot } from './framework.js';

/** The scores of one cycle. */
export interface ScoreTable {
  readonly slots: readonly ScoreSlot[];
  /** Raw scores per slot (kept only when asked for, for explanations). */
  readonly raw?: readonly Float64Array[];
  /** Normalised (0–100) scores per slot; entries past the feasible nodes are stale. */
  readonly normalized: readonly Float64Array[];
  /** Σ weight × normalised, per feasible node. */
  readonly totals: Float64Array;
}

/**
 * Score arrays sized for the whole cluster, reused by every cycle: scoring 500 nodes with six plugins would
 * otherwise allocate seven arrays per pod. A table built from them is valid until the next cycle.
 */
export class ScoreBuffers {
  private readonly arrays: Float64Array[] = [];

  constructor(private readonly size: number) {}

  get(i: number): Float64Array {
    let a = this.arrays[i];
    if (a === undefined) this.arrays[i] = a = new Float64Array(this.size);
    return a;
  }
}

/** Scores the feasible nodes with the score plugins that take part (`keep`: copy raw and normalised scores out for explanations). */
export function prioritizeNodes(fw: Framework, state: CycleState, pod: PodInfo, nodes: readonly NodeState[], buffers: ScoreBuffers, keep: boolean): ScoreTable {
  const slots = fw.runPreScore(state, pod, nodes);
  const n = nodes.length;
  const totals = buffers.get(0).fill(0, 0, n);
  const raw: Float64Array[] = [];
  const normalized: Float64Array[] = [];
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s] as ScoreSlot;
    const scores = buffers.get(s + 1);
    for (let i = 0; i < n; i++) scores[i] = slot.plugin.score(state, pod, nodes[i] as NodeState);
    if (keep) raw.push(scores.slice(0, n));
    slot.normalize?.normalizeScore(state, pod, nodes, scores);
    const weight = slot.weight;
    for (let i = 0; i < n; i++) totals[i] = (totals[i] as number) + (scores[i] as number) * weight;
    normalized.push(keep ? scores.slice(0, n) : scores);
  }
  return { slots, ...(keep ? { raw } : {}), normalized, totals: keep ? totals.slice(0, n) : totals };
}

/**
 * The winner: the highest total, the first by name among equal totals. `tied` (every node with that total, in
 * name order) is collected only when asked for (explanations).
 */
export function selectHost(nodes: readonly NodeState[], totals: Float64Array, collectTies: boolean): { chosen: number; tied: number[] } {
  let best = Number.NEGATIVE_INFINITY;
  let chosen = -1;
  for (let i = 0; i < nodes.length; i++) {
    const t = totals[i] as number;
    if (t > best || (t === best && (nodes[i] as NodeState).nameRank < (nodes[chosen] as NodeState).nameRank)) {
      best = t;
      chosen = i;
    }
  }
  if (!collectTies) return { chosen, tied: [chosen] };
  const tied: number[] = [];
  for (let i = 0; i < nodes.length; i++) if (totals[i] === best) tied.push(i);
  tied.sort((a, b) => (nodes[a] as NodeState).nameRank - (nodes[b] as NodeState).nameRank);
  return { chosen, tied };
}
