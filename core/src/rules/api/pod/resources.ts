import type { PathSegment } from '../../../load/json-path.js';
import { asObject } from '../../../model/fields.js';
import { compareQuantities, formatQuantity, parseQuantity, quantityInteger, roundUpQuantity, type Quantity } from '../../../model/quantity.js';
import { bare, mapKey, type FieldErrors, type Path } from '../field-errors.js';
import { containerResourceNameErrors, isHugePages, isIntegerResource, isOvercommitAllowed } from '../resource-names.js';
import { podSpecRule } from './pod-spec-rule.js';

const isCpuOrMemory = (n: string): boolean => n === 'cpu' || n === 'memory';

/** IsHugePageResourceValueDivisible: a whole number of pages of the size the name gives. */
function isWholePages(name: string, q: Quantity): boolean {
  const page = parseQuantity(name.slice('hugepages-'.length));
  const pageBytes = page !== undefined && page.mantissa > 0n && page.exponent >= 0 ? quantityInteger(page) : undefined;
  const value = quantityInteger(q);
  return pageBytes !== undefined && value !== undefined && value % pageBytes === 0n;
}

/** A resource list, parsed and rounded up to milli units as SetDefaults_ResourceList does; unparsable values are left to the schema. */
function readList(list: unknown): Map<string, Quantity> {
  const out = new Map<string, Quantity>();
  const o = asObject(list);
  if (o === undefined) return out;
  for (const name of Object.keys(o)) {
    const raw = o[name];
    const q = typeof raw === 'string' || typeof raw === 'number' ? parseQuantity(raw) : undefined;
    if (q !== undefined) out.set(name, roundUpQuantity(q, -3));
  }
  return out;
}

/** One resource entry: its name, then ValidateResourceQuantityValue, then hugepage sizes. */
function checkEntry(errs: FieldErrors, listPath: readonly PathSegment[], name: string, q: Quantity): void {
  const nameErrors = containerResourceNameErrors(name);
  const negative = q.mantissa < 0n;
  const fractional = q.exponent < 0 && isIntegerResource(name);
  const partialPages = isHugePages(name) && !isWholePages(name, q);
  if (nameErrors.length === 0 && !negative && !fractional && !partialPages) return; // every entry of every container: mostly fine
  const path: Path = [...listPath, mapKey(name)];
  for (const e of nameErrors) errs.invalid(path, bare(name), e, { on: 'key' });
  if (negative) errs.invalid(path, formatQuantity(q), 'must be greater than or equal to 0');
  if (fractional) errs.invalid(path, bare(formatQuantity(q)), 'must be an integer');
  if (partialPages) errs.invalid(path, formatQuantity(q), `${formatQuantity(q)} is not positive integer multiple of ${name}`);
}

/** validateResourceRequirements for one container. */
function checkRequirements(errs: FieldErrors, path: readonly PathSegment[], resources: Record<string, unknown>): void {
  const limits = readList(resources.limits);
  const requests = readList(resources.requests);
  const limitsPath = [...path, 'limits'];
  const requestsPath = [...path, 'requests'];
  for (const [name, q] of limits) checkEntry(errs, limitsPath, name, q);
  for (const [name, q] of requests) {
    checkEntry(errs, requestsPath, name, q);
    const limit = limits.get(name);
    const overcommit = isOvercommitAllowed(name);
    if (limit !== undefined) {
      const cmp = compareQuantities(q, limit);
      // Upstream names the requests map, not the entry.
      const at = { at: [...requestsPath, name] };
      if (cmp !== 0 && !overcommit) errs.invalid(requestsPath, formatQuantity(q), `must be equal to ${name} limit of ${formatQuantity(limit)}`, at);
      else if (cmp > 0) errs.invalid(requestsPath, formatQuantity(q), `must be less than or equal to ${name} limit of ${formatQuantity(limit)}`, at);
    } else if (!overcommit) {
      errs.required(limitsPath, 'Limit must be set for non overcommitable resources', { on: 'key' });
    }
  }
  const names = (pred: (n: string) => boolean): boolean => {
    for (const n of limits.keys()) if (pred(n)) return true;
    for (const n of requests.keys()) if (pred(n)) return true;
    return false;
  };
  if (names(isHugePages) && !names(isCpuOrMemory)) errs.forbidden(path, 'HugePages require cpu or memory', { on: 'key' });
}

/**
 * Container resources: pkg/apis/core/validation/validation.go ValidateContainerResourceRequirements
 * (validateResourceRequirements): names are standard container resources or qualified extended resources,
 * quantities are not negative (extended resources whole numbers), requests do not exceed limits, requests of
 * resources that cannot be overcommitted (extended resources, hugepages) equal their limits, hugepages come in
 * whole pages and with cpu or memory. Quantities are rounded up to milli units first (SetDefaults_ResourceList);
 * a zero request is valid.
 */
export const resources = podSpecRule({
  meta: {
    id: 'resources',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A container resource request above its limit, a negative quantity, an unknown resource name, or an extended resource whose request differs from its limit.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go validateResourceRequirements, validateContainerResourceName and ' +
      'ValidateResourceQuantityValue ("must be less than or equal to cpu limit of 1", "must be equal to nvidia.com/gpu limit of 1").',
    howToFix: 'Keep each request at or below its limit (equal for GPUs and other extended resources), use cpu, memory, ephemeral-storage, hugepages-<size> or a domain-qualified name.',
    examples: {
      invalid: 'resources:\n  requests: {cpu: "2"}\n  limits: {cpu: "1"}',
      valid: 'resources:\n  requests: {cpu: 500m}\n  limits: {cpu: "1"}',
    },
  },
  check({ errs, pod }) {
    for (const c of pod.allContainers) {
      const r = asObject(c.container.resources);
      if (r !== undefined && (r.limits !== undefined || r.requests !== undefined)) checkRequirements(errs, [...c.path, 'resources'], r);
    }
  },
});
