/**
 * LimitRanger's mutating half (plugin/pkg/admission/limitranger/admission.go defaultContainerResourceRequirements,
 * mergeContainerResources, mergePodResourceRequirements): each container and init container gets the
 * LimitRange's `default` for every limit it lacks and `defaultRequest` for every request it lacks, and the pod is
 * annotated with what was set. These defaults change what the pod requests, hence where it schedules.
 */
import { asObject, asString, objectItems, type Obj } from '../../../model/fields.js';
import type { ResourceList } from '../../../model/pod-requests.js';
import { formatQuantity } from '../../../model/quantity.js';
import { childObject } from '../mutable.js';
import type { LimitRange } from './limit-range-items.js';

/** The annotation that records what LimitRanger set. */
export const LIMIT_RANGER_ANNOTATION = 'kubernetes.io/limit-ranger';

/** The Container items' defaults, later items winning (as they overwrite the same map upstream). */
function containerDefaults(limitRange: LimitRange): { requests: ResourceList; limits: ResourceList } {
  const requests: ResourceList = new Map();
  const limits: ResourceList = new Map();
  for (const item of limitRange.items) {
    if (item.type !== 'Container') continue;
    for (const [name, q] of item.defaultRequest) requests.set(name, q);
    for (const [name, q] of item.default) limits.set(name, q);
  }
  return { requests, limits };
}

/** Fills the missing entries of `container.resources[field]`; the names it set, sorted. */
function fill(container: Obj, field: 'requests' | 'limits', defaults: ResourceList): string[] {
  if (defaults.size === 0) return [];
  const list = childObject(childObject(container, 'resources'), field);
  const set: string[] = [];
  for (const [name, q] of defaults) {
    if (list[name] !== undefined) continue;
    list[name] = formatQuantity(q);
    set.push(name);
  }
  return set.sort();
}

/** mergeContainerResources: the annotation parts for one container (`cpu, memory request for container app`). */
function mergeContainer(container: Obj, defaults: { requests: ResourceList; limits: ResourceList }, prefix: string): string[] {
  const name = asString(container.name) ?? '';
  const parts: string[] = [];
  const limits = fill(container, 'limits', defaults.limits);
  const requests = fill(container, 'requests', defaults.requests);
  if (requests.length > 0) parts.push(`${requests.join(', ')} request for ${prefix} ${name}`);
  if (limits.length > 0) parts.push(`${limits.join(', ')} limit for ${prefix} ${name}`);
  return parts;
}

/** PodMutateLimitFunc for one LimitRange: applies its container defaults to `pod` in place. */
export function applyLimitRangeDefaults(pod: Obj, limitRange: LimitRange): void {
  const defaults = containerDefaults(limitRange);
  if (defaults.requests.size === 0 && defaults.limits.size === 0) return;
  const spec = asObject(pod.spec);
  if (spec === undefined) return;
  const parts = [
    ...objectItems(spec.containers).flatMap(({ item }) => mergeContainer(item, defaults, 'container')),
    ...objectItems(spec.initContainers).flatMap(({ item }) => mergeContainer(item, defaults, 'init container')),
  ];
  if (parts.length === 0) return;
  childObject(childObject(pod, 'metadata'), 'annotations')[LIMIT_RANGER_ANNOTATION] = `LimitRanger plugin set: ${parts.join('; ')}`;
}
