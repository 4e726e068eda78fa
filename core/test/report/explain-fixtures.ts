// Hand-built SchedulingExplanations behind the explain renderer goldens.
import type { FilterVerdict, NodeExplanation, ScoreEntry, SchedulingExplanation } from '../../src/simulate/scheduler/explanation.js';

const FILTERS = ['NodeUnschedulable', 'NodeName', 'TaintToleration', 'NodeAffinity', 'NodePorts', 'NodeResourcesFit', 'PodTopologySpread'];

export function pass(plugin: string): FilterVerdict {
  return { plugin, passed: true, reasons: [] };
}

export function fail(plugin: string, reason: string, code: FilterVerdict['code'] = 'Unschedulable'): FilterVerdict {
  return { plugin, passed: false, reasons: [reason], code };
}

export function score(plugin: string, raw: number, normalized: number, weight = 1): ScoreEntry {
  return { plugin, raw, normalized, weight, weighted: normalized * weight };
}

/** A feasible node: every filter passes, then `scores`. */
export function feasible(node: string, scores: ScoreEntry[]): NodeExplanation {
  return { node, filters: FILTERS.map(pass), feasible: true, scores, total: scores.reduce((t, s) => t + s.weighted, 0) };
}

/** An infeasible node: filters pass up to `failed`, which fails; the later ones are not evaluated. */
export function infeasible(node: string, failed: FilterVerdict): NodeExplanation {
  const before = FILTERS.slice(0, FILTERS.indexOf(failed.plugin)).map(pass);
  return { node, filters: [...before, failed], feasible: false, scores: [], total: 0 };
}

/** Scheduled on node-b: node-a is tainted, node-c cordoned; node-b and node-d tie, broken by name. */
export function scheduledExplanation(): SchedulingExplanation {
  const scores = (fit: number): ScoreEntry[] => [score('TaintToleration', 0, 100, 3), score('NodeResourcesFit', fit, fit), score('NodeResourcesBalancedAllocation', 97, 97), score('ImageLocality', 0, 0)];
  return {
    pod: 'shop/web-7d9c5b8f6d-x2k9p',
    preFilter: [],
    nodes: [
      infeasible('node-a', fail('TaintToleration', "node(s) had untolerated taint {dedicated: gpu}", 'UnschedulableAndUnresolvable')),
      feasible('node-b', scores(91)),
      infeasible('node-c', fail('NodeUnschedulable', "node(s) were unschedulable", 'UnschedulableAndUnresolvable')),
      feasible('node-d', scores(91)),
      feasible('node-e', scores(60)),
    ],
    chosen: 'node-b',
    tieBreak: 'node-b and node-d scored 488; kubeplan picks the first by node name where kube-scheduler picks at random',
    victims: [],
  };
}

/** Pending: no node has room, and preemption finds no victims. */
export function pendingExplanation(): SchedulingExplanation {
  const insufficient: FilterVerdict = { plugin: 'NodeResourcesFit', passed: false, reasons: ['Insufficient cpu', 'Insufficient memory'], code: 'Unschedulable' };
  return {
    pod: 'shop/big-6f7c9d4b8-k2m4t',
    preFilter: [],
    nodes: [infeasible('node-a', insufficient), infeasible('node-b', insufficient)],
    chosen: null,
    message: '0/2 nodes are available: 2 Insufficient cpu, 2 Insufficient memory. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
    victims: [],
  };
}

/** Scheduled after preempting two lower-priority pods. */
export function preemptionExplanation(): SchedulingExplanation {
  return {
    pod: 'prod/critical-0',
    preFilter: [],
    nodes: [feasible('node-a', [score('NodeResourcesFit', 12, 100)])],
    chosen: 'node-a',
    victims: ['batch/low-1', 'batch/low-2'],
  };
}

/** Rejected before any node is looked at: an unbound PersistentVolumeClaim. */
export function preFilterExplanation(): SchedulingExplanation {
  return {
    pod: 'shop/db-0',
    preFilter: [{ plugin: 'VolumeBinding', passed: false, reasons: ['pod has unbound immediate PersistentVolumeClaims'], code: 'UnschedulableAndUnresolvable' }],
    nodes: [],
    chosen: null,
    message: '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    victims: [],
  };
}
