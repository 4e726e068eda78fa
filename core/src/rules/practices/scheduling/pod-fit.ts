/**
 * The NodeResourcesFit filter on an empty node (pkg/scheduler/framework/plugins/noderesources/fit.go
 * fitsRequest): what a pod asks for, in scheduler units, against a node's allocatable resources.
 */
import type { NodeInfo } from '../../../cluster/node-info.js';
import { podRequests } from '../../../model/pod-requests.js';
import { isScalarResourceName, resourceAmount } from '../../../model/resource-units.js';
import type { Obj } from '../../../model/fields.js';
import { insufficient, TOO_MANY_PODS_REASON } from './fit-error.js';

/** One resource the pod requests: name and amount in scheduler units (millicores for cpu). */
export interface PodAmount {
  name: string;
  amount: number;
}

const NAMED = ['cpu', 'memory', 'ephemeral-storage'];

/** The pod's non-zero requests the filter checks: cpu, memory, ephemeral-storage, then scalar resources by name. */
export function podAmounts(spec: Obj): PodAmount[] {
  const reqs = podRequests(spec);
  const out: PodAmount[] = [];
  const add = (name: string): void => {
    const q = reqs.get(name);
    const amount = q === undefined ? 0 : resourceAmount(name, q);
    if (amount > 0) out.push({ name, amount });
  };
  for (const name of NAMED) add(name);
  for (const name of [...reqs.keys()].filter(isScalarResourceName).sort()) add(name);
  return out;
}

/** A node's allocatable amount of a resource; undefined when the node does not state it. */
export function allocatableOf(node: NodeInfo, name: string): number | undefined {
  const a = node.allocatable;
  if (a === undefined) return undefined;
  switch (name) {
    case 'cpu':
      return a.cpu;
    case 'memory':
      return a.memory;
    case 'ephemeral-storage':
      return a.ephemeralStorage;
    case 'pods':
      return a.pods;
    default:
      // A scalar resource a node does not list is one it has none of.
      return a.scalar[name] ?? 0;
  }
}

/**
 * fitsRequest on a node with no pods yet: the reasons the pod does not fit (empty when it fits), or undefined
 * when the node states no allocatable resources at all, so nothing can be said.
 */
export function fitReasons(amounts: readonly PodAmount[], node: NodeInfo): string[] | undefined {
  if (node.allocatable === undefined) return undefined;
  const reasons: string[] = [];
  const pods = node.allocatable.pods;
  if (pods !== undefined && pods < 1) reasons.push(TOO_MANY_PODS_REASON);
  for (const { name, amount } of amounts) {
    const allocatable = allocatableOf(node, name);
    // `>`: a pod that uses the node to exactly 100% fits.
    if (allocatable !== undefined && amount > allocatable) reasons.push(insufficient(name));
  }
  return reasons;
}
