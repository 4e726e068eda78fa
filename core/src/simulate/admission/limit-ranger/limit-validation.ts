/**
 * LimitRanger's validating half (plugin/pkg/admission/limitranger/admission.go PodValidateLimitFunc,
 * PersistentVolumeClaimValidateLimitFunc): min, max and maxLimitRequestRatio of Container items against every
 * container and init container, of Pod items against the pod's aggregate, and storage min/max of
 * PersistentVolumeClaim items against a claim's requests. Violations come back in the order they are found;
 * upstream walks Go maps, so kubeplan walks each list in the order the LimitRange writes it.
 */
import { asObject, objectItems, type Obj } from '../../../model/fields.js';
import { aggregateContainerRequests, readResourceList, type ResourceList } from '../../../model/pod-requests.js';
import { compareQuantities } from '../../../model/quantity.js';
import { podLimits } from '../pod-limits.js';
import { maxConstraint, maxRequestConstraint, minConstraint, ratioConstraint } from './limit-constraints.js';
import type { LimitRangeItem } from './limit-range-items.js';

/** The resources LimitRanger lets pod-level resources override (its own isSupportedPodLevelResource). */
const isCpuOrMemory = (name: string): boolean => name === 'cpu' || name === 'memory';

/** min, max and ratio of one item against one set of requests and limits. */
function checkItem(item: LimitRangeItem, requests: ResourceList, limits: ResourceList): string[] {
  const out: string[] = [];
  const add = (v: string | undefined): void => {
    if (v !== undefined) out.push(v);
  };
  for (const [name, q] of item.min) add(minConstraint(item.type, name, q, requests, limits));
  for (const [name, q] of item.max) add(maxConstraint(item.type, name, q, requests, limits));
  for (const [name, q] of item.maxLimitRequestRatio) add(ratioConstraint(item.type, name, q, requests, limits));
  return out;
}

/** The pod's requests as LimitRanger sums them: containers and init containers, pod-level cpu/memory over them. */
function podLevelRequests(spec: Obj): ResourceList {
  const requests = aggregateContainerRequests(spec);
  for (const [name, q] of readResourceList(asObject(spec.resources)?.requests)) if (isCpuOrMemory(name)) requests.set(name, q);
  return requests;
}

/** The violations of `items` by a pod spec. */
export function podLimitViolations(spec: Obj, items: readonly LimitRangeItem[]): string[] {
  const errors: string[] = [];
  for (const item of items) {
    if (item.type === 'Container') {
      for (const field of ['containers', 'initContainers'] as const) {
        for (const { item: container } of objectItems(spec[field])) {
          const resources = asObject(container.resources);
          errors.push(...checkItem(item, readResourceList(resources?.requests), readResourceList(resources?.limits)));
        }
      }
    } else if (item.type === 'Pod') {
      errors.push(...checkItem(item, podLevelRequests(spec), podLimits(spec, { podLevel: isCpuOrMemory, overhead: false })));
    }
  }
  return errors;
}

/** True when both lists request the same amount of `name` (an unchanged value is not checked again on update). */
function unchanged(name: string, requests: ResourceList, old: ResourceList | undefined): boolean {
  const a = requests.get(name);
  const b = old?.get(name);
  return a !== undefined && b !== undefined && compareQuantities(a, b) === 0;
}

/** The violations of `items` by a claim's `spec.resources.requests` (`old`: the stored claim's, on update). */
export function claimLimitViolations(requests: ResourceList, old: ResourceList | undefined, items: readonly LimitRangeItem[]): string[] {
  const errors: string[] = [];
  for (const item of items) {
    if (item.type !== 'PersistentVolumeClaim') continue;
    for (const [name, q] of item.min) {
      const v = unchanged(name, requests, old) ? undefined : minConstraint(item.type, name, q, requests, new Map());
      if (v !== undefined) errors.push(v);
    }
    for (const [name, q] of item.max) {
      const v = unchanged(name, requests, old) ? undefined : maxRequestConstraint(item.type, name, q, requests);
      if (v !== undefined) errors.push(v);
    }
  }
  return errors;
}
