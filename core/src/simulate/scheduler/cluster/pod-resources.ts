/**
 * A pod's requests as numbers in scheduler units, computed once per pod: the filter's requests (PodRequests)
 * and the scoring requests with the non-zero defaults (PodInfo.CalculateResource with
 * NonMissingContainerRequests: every container, init containers included, that states no cpu (memory) request
 * counts as 100m (200Mi) — pkg/scheduler/util/pod_resources.go, pkg/scheduler/framework/types.go).
 */
import { asObject, objectItems, type Obj } from '../../../model/fields.js';
import { containerRequests, podRequests } from '../../../model/pod-requests.js';
import { isScalarResourceName, resourceAmount } from '../../../model/resource-units.js';

/** DefaultMilliCPURequest. */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
/** DefaultMemoryRequest: 200 MiB. */
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

/** A pod's requests in scheduler units. */
export interface PodResources {
  readonly cpu: number;
  readonly memory: number;
  readonly ephemeralStorage: number;
  /** Extended resources, hugepages, attachable volumes with a non-zero request. */
  readonly scalar: readonly (readonly [string, number])[];
  /** cpu and memory with the non-zero defaults, for LeastAllocated and NodeInfo.NonZeroRequested. */
  readonly nonZeroCpu: number;
  readonly nonZeroMemory: number;
}

/** A container with the defaults in place of the cpu/memory requests it does not state. */
function withDefaults(container: Obj): Obj {
  const reqs = containerRequests(container);
  if (reqs.has('cpu') && reqs.has('memory')) return container;
  const resources = asObject(container.resources) ?? {};
  const requests: Obj = { ...(asObject(resources.requests) ?? {}) };
  if (!reqs.has('cpu')) requests.cpu = `${DEFAULT_MILLI_CPU_REQUEST}m`;
  if (!reqs.has('memory')) requests.memory = String(DEFAULT_MEMORY_REQUEST);
  return { ...container, resources: { ...resources, requests } };
}

function hasPodLevelRequests(spec: Obj): boolean {
  return Object.keys(asObject(asObject(spec.resources)?.requests) ?? {}).length > 0;
}

function amounts(spec: Obj): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, q] of podRequests(spec)) out.set(name, resourceAmount(name, q));
  return out;
}

/** Filter and scoring requests of a (defaulted) pod spec. */
export function podResourcesOf(spec: Obj): PodResources {
  const reqs = amounts(spec);
  const scalar: [string, number][] = [];
  for (const [name, amount] of reqs) if (amount !== 0 && isScalarResourceName(name)) scalar.push([name, amount]);
  let nonZeroCpu: number;
  let nonZeroMemory: number;
  if (hasPodLevelRequests(spec)) {
    // Pod-level requests replace the containers' sum; only a resource missing at pod level takes the default.
    nonZeroCpu = reqs.get('cpu') ?? DEFAULT_MILLI_CPU_REQUEST;
    nonZeroMemory = reqs.get('memory') ?? DEFAULT_MEMORY_REQUEST;
  } else {
    const defaulted = amounts({
      ...spec,
      containers: objectItems(spec.containers).map(({ item }) => withDefaults(item)),
      initContainers: objectItems(spec.initContainers).map(({ item }) => withDefaults(item)),
    });
    nonZeroCpu = defaulted.get('cpu') ?? 0;
    nonZeroMemory = defaulted.get('memory') ?? 0;
  }
  return {
    cpu: reqs.get('cpu') ?? 0,
    memory: reqs.get('memory') ?? 0,
    ephemeralStorage: reqs.get('ephemeral-storage') ?? 0,
    scalar,
    nonZeroCpu,
    nonZeroMemory,
  };
}
