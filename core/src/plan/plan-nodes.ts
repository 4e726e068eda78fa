/**
 * The plan's nodes: labels, taints, cordon, allocatable, and the resources the pods bound to each request
 * after the change — and, against a base, before it, so that renderers can draw utilization before → after.
 */
import type { ClusterState } from '../cluster/cluster-state.js';
import { asString, getIn } from '../model/fields.js';
import { formatTaint } from '../model/toleration.js';
import type { PlanNode, ResourceAmounts } from './plan-document.js';

export interface NodeUsage {
  readonly requested: (node: string) => Readonly<Record<string, number>>;
  /** Present when the plan compares with a before state. */
  readonly requestedBefore?: (node: string) => Readonly<Record<string, number>>;
}

function amounts(values: Readonly<Record<string, number>>): ResourceAmounts {
  return { cpu: 0, memory: 0, pods: 0, ...values };
}

export function planNodes(state: ClusterState, usage: NodeUsage): PlanNode[] {
  return state.nodes().map((n) => {
    const a = n.allocatable;
    const allocatable: Record<string, number> = {};
    if (a !== undefined) {
      if (a.cpu !== undefined) allocatable.cpu = a.cpu;
      if (a.memory !== undefined) allocatable.memory = a.memory;
      if (a.pods !== undefined) allocatable.pods = a.pods;
      if (a.ephemeralStorage !== undefined) allocatable['ephemeral-storage'] = a.ephemeralStorage;
      Object.assign(allocatable, a.scalar);
    }
    const pods = state
      .podsOnNode(n.name)
      .filter((p) => !['Succeeded', 'Failed'].includes(asString(getIn(p.object, 'status', 'phase')) ?? ''))
      .map((p) => `${p.namespace ?? ''}/${p.name}`)
      .sort();
    return {
      name: n.name,
      labels: { ...n.labels },
      taints: n.taints.map(formatTaint),
      unschedulable: n.unschedulable,
      allocatable: amounts(allocatable),
      requested: amounts(usage.requested(n.name)),
      ...(usage.requestedBefore === undefined ? {} : { requestedBefore: amounts(usage.requestedBefore(n.name)) }),
      pods,
    };
  });
}
