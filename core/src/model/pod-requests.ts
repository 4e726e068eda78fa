/**
 * A pod's effective resource requests, as the scheduler computes them: k8s.io/component-helpers/resource
 * helpers.go PodRequests (AggregateContainerRequests with restartable init containers, pod-level resources,
 * overhead), applied to the pod as the API server defaults it (pkg/apis/core/v1/defaults.go: a container's
 * missing request defaults to its limit; defaultPodRequests for pod-level resources).
 */
import { asObject, objectItems, type Obj } from './fields.js';
import { compareQuantities, parseQuantity, quantityFromParts, type Quantity } from './quantity.js';

/** Quantities by resource name (`v1.ResourceList`). */
export type ResourceList = Map<string, Quantity>;

/** Exact sum of two quantities, keeping the first one's format (Quantity.Add). */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  const e = Math.min(a.exponent, b.exponent);
  const sum = a.mantissa * 10n ** BigInt(a.exponent - e) + b.mantissa * 10n ** BigInt(b.exponent - e);
  return quantityFromParts(sum, e, a.mantissa === 0n ? b.format : a.format);
}

/** A resource map as written (`resources.requests`, `overhead`); malformed quantities are left out (validation reports them). */
export function readResourceList(v: unknown): ResourceList {
  const out: ResourceList = new Map();
  for (const [name, raw] of Object.entries(asObject(v) ?? {})) {
    const q = typeof raw === 'string' || typeof raw === 'number' ? parseQuantity(raw) : undefined;
    if (q !== undefined) out.set(name, q);
  }
  return out;
}

/** addResourceList: adds `b` into `a`. */
function addInto(a: ResourceList, b: ResourceList): void {
  for (const [name, q] of b) {
    const have = a.get(name);
    a.set(name, have === undefined ? q : addQuantities(have, q));
  }
}

/** maxResourceList: raises each of `a`'s entries to `b`'s where `b`'s is larger (or missing in `a`). */
function maxInto(a: ResourceList, b: ResourceList): void {
  for (const [name, q] of b) {
    const have = a.get(name);
    if (have === undefined || compareQuantities(q, have) > 0) a.set(name, q);
  }
}

/** A container's requests once defaulted: each resource with a limit and no request requests its limit. */
export function containerRequests(container: Obj): ResourceList {
  const resources = asObject(container.resources);
  const out = readResourceList(resources?.limits);
  for (const [name, q] of readResourceList(resources?.requests)) out.set(name, q);
  return out;
}

/** Init containers with `restartPolicy: Always` are sidecars: they keep running beside the regular containers. */
function isRestartable(container: Obj): boolean {
  return container.restartPolicy === 'Always';
}

/**
 * AggregateContainerRequests: the regular containers and sidecars summed, raised per resource to what the
 * init phase needs at its peak, where each ordinary init container runs beside the sidecars declared before it.
 */
export function aggregateContainerRequests(spec: Obj): ResourceList {
  const reqs: ResourceList = new Map();
  for (const { item } of objectItems(spec.containers)) addInto(reqs, containerRequests(item));
  const sidecars: ResourceList = new Map();
  const initPeak: ResourceList = new Map();
  for (const { item } of objectItems(spec.initContainers)) {
    const own = containerRequests(item);
    if (isRestartable(item)) {
      addInto(reqs, own);
      addInto(sidecars, own);
      maxInto(initPeak, sidecars);
    } else {
      const running: ResourceList = new Map(own);
      addInto(running, sidecars);
      maxInto(initPeak, running);
    }
  }
  maxInto(reqs, initPeak);
  return reqs;
}

/** IsSupportedPodLevelResource: cpu, memory and hugepages. */
export function isPodLevelResource(name: string): boolean {
  return name === 'cpu' || name === 'memory' || name.startsWith('hugepages-');
}

/**
 * The pod-level requests after defaultPodRequests (only when pod-level limits are set): a missing request
 * takes the containers' aggregate for cpu and memory when some container requests it, else the pod-level limit.
 */
function podLevelRequests(spec: Obj, containers: ResourceList): ResourceList {
  const resources = asObject(spec.resources);
  const out: ResourceList = new Map([...readResourceList(resources?.requests)].filter(([name]) => isPodLevelResource(name)));
  for (const [name, limit] of readResourceList(resources?.limits)) {
    if (!isPodLevelResource(name) || out.has(name)) continue;
    const overcommittable = name === 'cpu' || name === 'memory';
    out.set(name, overcommittable && containers.has(name) ? (containers.get(name) as Quantity) : limit);
  }
  return out;
}

/**
 * PodRequests(pod, {}): the containers' aggregate, with pod-level requests (`spec.resources`, cpu, memory and
 * hugepages) in place of it where set, plus `spec.overhead`.
 */
export function podRequests(spec: Obj): ResourceList {
  const reqs = aggregateContainerRequests(spec);
  for (const [name, q] of podLevelRequests(spec, reqs)) reqs.set(name, q);
  addInto(reqs, readResourceList(spec.overhead));
  return reqs;
}
