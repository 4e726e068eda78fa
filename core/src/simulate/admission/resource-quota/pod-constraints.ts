/**
 * The pod evaluator's Constraints (pkg/quota/v1/evaluator/core/pods.go): a quota that tracks cpu or memory
 * (requests, limits or the bare names) makes every container and init container state that resource —
 * "a mistake" upstream keeps for compatibility. Pods with pod-level resources are exempt (PodLevelResources).
 */
import { asObject, asString, objectItems, type Obj } from '../../../model/fields.js';
import { readResourceList } from '../../../model/pod-requests.js';
import { computeUsage, hasPodLevelResources } from './quota-evaluators.js';

const VALIDATION_SET: ReadonlySet<string> = new Set(['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory']);

/** `must specify limits.cpu for: app; requests.memory for: app,sidecar`, or undefined when nothing is missing. */
export function podConstraintViolation(required: readonly string[], spec: Readonly<Obj>): string | undefined {
  if (hasPodLevelResources(spec)) return undefined;
  const wanted = required.filter((name) => VALIDATION_SET.has(name));
  if (wanted.length === 0) return undefined;
  const missing = new Map<string, Set<string>>();
  for (const field of ['containers', 'initContainers'] as const) {
    for (const { item } of objectItems(spec[field])) {
      const resources = asObject(item.resources);
      const stated = computeUsage(readResourceList(resources?.requests), readResourceList(resources?.limits));
      for (const name of wanted) {
        if (stated.has(name)) continue;
        const containers = missing.get(name) ?? new Set<string>();
        containers.add(asString(item.name) ?? '');
        missing.set(name, containers);
      }
    }
  }
  if (missing.size === 0) return undefined;
  const parts = [...missing.keys()].sort().map((name) => `${name} for: ${[...(missing.get(name) as Set<string>)].sort().join(',')}`);
  return `must specify ${parts.join('; ')}`;
}
