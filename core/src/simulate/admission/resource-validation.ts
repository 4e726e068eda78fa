/**
 * The part of Pod validation (pkg/apis/core/validation ValidateResourceRequirements) that admission's own
 * defaults can break: a request above its limit, or an extended resource whose request and limit differ. It runs
 * after the mutating plugins, before the validating ones, as the API server validates the mutated object — so
 * a LimitRange `default` below a container's own request makes the pod invalid, which is a common surprise.
 */
import { asObject, objectItems, type Obj } from '../../model/fields.js';
import { readResourceList } from '../../model/pod-requests.js';
import { compareQuantities, formatQuantity } from '../../model/quantity.js';
import { invalid, invalidValue, requiredValue, type FieldError } from './status-errors.js';
import type { Rejection } from './admission-types.js';

/** helper.IsOvercommitAllowed: native resources (no `/`, or `kubernetes.io/`-prefixed) other than hugepages. */
function isOvercommitAllowed(name: string): boolean {
  const native = !name.includes('/') || name.includes('kubernetes.io/');
  return native && !name.startsWith('hugepages-');
}

function containerErrors(container: Obj, path: string): FieldError[] {
  const resources = asObject(container.resources);
  const limits = readResourceList(resources?.limits);
  const errors: FieldError[] = [];
  for (const [name, request] of readResourceList(resources?.requests)) {
    const limit = limits.get(name);
    if (limit !== undefined) {
      const cmp = compareQuantities(request, limit);
      if (cmp !== 0 && !isOvercommitAllowed(name)) {
        errors.push(invalidValue(`${path}.requests`, formatQuantity(request), `must be equal to ${name} limit of ${formatQuantity(limit)}`));
      } else if (cmp > 0) {
        errors.push(invalidValue(`${path}.requests`, formatQuantity(request), `must be less than or equal to ${name} limit of ${formatQuantity(limit)}`));
      }
    } else if (!isOvercommitAllowed(name)) {
      errors.push(requiredValue(`${path}.limits`, 'Limit must be set for non overcommitable resources'));
    }
  }
  return errors;
}

/** The pod's resource errors, or undefined when its requests and limits are consistent. */
export function validatePodResources(pod: Obj, name: string): Rejection | undefined {
  const spec = asObject(pod.spec);
  if (spec === undefined) return undefined;
  const errors: FieldError[] = [];
  // validatePodSpec checks the containers before the init containers.
  for (const field of ['containers', 'initContainers'] as const) {
    for (const { item, index } of objectItems(spec[field])) errors.push(...containerErrors(item, `spec.${field}[${index}].resources`));
  }
  return errors.length === 0 ? undefined : invalid('Pod', name, errors);
}
