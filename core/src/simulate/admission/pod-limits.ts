/**
 * A pod's aggregate limits (k8s.io/component-helpers/resource helpers.go AggregateContainerLimits and
 * PodLimits), the counterpart of model/pod-requests.ts for limits: regular containers and sidecars summed,
 * raised to what the init phase needs at its peak; pod-level limits in place of it where set; overhead added to
 * the resources that have a limit. LimitRanger and ResourceQuota read limits this way.
 */
import { asObject, objectItems, type Obj } from '../../model/fields.js';
import { addQuantities, aggregateContainerRequests, isPodLevelResource, readResourceList, type ResourceList } from '../../model/pod-requests.js';

/** A container reduced to its limits: what it "requests" is then exactly its limits (request defaults to limit). */
function limitsOnly(container: Obj): Obj {
  return { restartPolicy: container.restartPolicy, resources: { limits: asObject(container.resources)?.limits } };
}

/**
 * AggregateContainerLimits: the same sidecar-aware walk as AggregateContainerRequests, so it reuses that one
 * on containers reduced to their limits.
 */
export function aggregateContainerLimits(spec: Obj): ResourceList {
  const reduce = (field: 'containers' | 'initContainers'): Obj[] => objectItems(spec[field]).map(({ item }) => limitsOnly(item));
  return aggregateContainerRequests({ containers: reduce('containers'), initContainers: reduce('initContainers') });
}

export interface PodLimitsOptions {
  /** Which pod-level limits replace the containers' (LimitRanger: cpu and memory; PodLimits: also hugepages). */
  readonly podLevel: (resource: string) => boolean;
  /** PodLimits adds `spec.overhead` to the resources that have a limit; LimitRanger does not. */
  readonly overhead: boolean;
}

/** PodLimits(pod, opts). */
export function podLimits(spec: Obj, options: PodLimitsOptions = { podLevel: isPodLevelResource, overhead: true }): ResourceList {
  const limits = aggregateContainerLimits(spec);
  for (const [name, q] of readResourceList(asObject(spec.resources)?.limits)) if (options.podLevel(name)) limits.set(name, q);
  if (options.overhead) {
    for (const [name, q] of readResourceList(spec.overhead)) {
      const have = limits.get(name);
      if (have !== undefined) limits.set(name, addQuantities(have, q));
    }
  }
  return limits;
}
