import type { PathSegment } from '../../../load/json-path.js';
import { asObject } from '../../../model/fields.js';
import { isQualifiedName } from '../../../model/names.js';
import { containersOf, WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { compareQuantities, formatQuantity, parseQuantity, quantityInteger, roundUpQuantity, type Quantity } from '../../../model/quantity.js';
import type { Rule, RuleContext } from '../../rule.js';
import { fail, forbidden, goKeyPath, goPath, invalid, podSpecContext, required } from './field-errors.js';
import { podSpecOf } from './pod-spec-of.js';

// pkg/apis/core/helper/helpers.go: the resource-name classes validation relies on.
const STANDARD = new Set(['cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu',
  'limits.memory', 'limits.ephemeral-storage', 'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'persistentvolumeclaims',
  'configmaps', 'services.nodeports', 'services.loadbalancers', 'storage', 'requests.storage']);
const INTEGER = new Set(['pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'configmaps', 'persistentvolumeclaims',
  'services.nodeports', 'services.loadbalancers']);
const isNative = (n: string): boolean => !n.includes('/') || n.includes('kubernetes.io/');
const isHugePages = (n: string): boolean => n.startsWith('hugepages-');
const isExtended = (n: string): boolean => !isNative(n) && !n.startsWith('requests.') && isQualifiedName(`requests.${n}`).length === 0;
const isOvercommitAllowed = (n: string): boolean => isNative(n) && !isHugePages(n);
const isCpuOrMemory = (n: string): boolean => n === 'cpu' || n === 'memory';

/** validateContainerResourceName (with validateResourceName). */
function resourceNameErrors(name: string): string[] {
  if (name === 'cpu' || name === 'memory') return [];
  const errs = isQualifiedName(name);
  const single = !name.includes('/');
  if (errs.length === 0 && single && !STANDARD.has(name) && !name.startsWith('hugepages-') && !name.startsWith('requests.hugepages-')) {
    errs.push('must be a standard resource type or fully qualified');
  }
  if (single && name !== 'cpu' && name !== 'memory' && name !== 'ephemeral-storage' && !isHugePages(name)) errs.push('must be a standard resource for containers');
  else if (!single && !isNative(name) && !isExtended(name)) errs.push("doesn't follow extended resource name standard");
  return errs;
}

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
  for (const [name, raw] of Object.entries(asObject(list) ?? {})) {
    const q = typeof raw === 'string' || typeof raw === 'number' ? parseQuantity(raw) : undefined;
    if (q !== undefined) out.set(name, roundUpQuantity(q, -3));
  }
  return out;
}

/** One resource entry: its name, then ValidateResourceQuantityValue, then hugepage sizes. */
function checkEntry(ctx: RuleContext, listPath: readonly PathSegment[], name: string, q: Quantity): void {
  const report = (body: string, on?: 'key'): void => fail(ctx, [...listPath, name], body, { msgPath: goKeyPath(listPath, name), on });
  for (const e of resourceNameErrors(name)) report(invalid({ raw: name }, e), 'key');
  if (q.mantissa < 0n) report(invalid(formatQuantity(q), 'must be greater than or equal to 0'));
  if (q.exponent < 0 && (INTEGER.has(name) || isExtended(name))) report(invalid({ raw: formatQuantity(q) }, 'must be an integer'));
  if (isHugePages(name) && !isWholePages(name, q)) report(invalid(formatQuantity(q), `${formatQuantity(q)} is not positive integer multiple of ${name}`));
}

/** validateResourceRequirements for one container. */
function checkRequirements(ctx: RuleContext, path: readonly PathSegment[], resources: Record<string, unknown>): void {
  const limits = readList(resources.limits);
  const requests = readList(resources.requests);
  const limitsPath = [...path, 'limits'];
  const requestsPath = [...path, 'requests'];
  for (const [name, q] of limits) checkEntry(ctx, limitsPath, name, q);
  for (const [name, q] of requests) {
    checkEntry(ctx, requestsPath, name, q);
    const limit = limits.get(name);
    const overcommit = isOvercommitAllowed(name);
    // Upstream names the requests map, not the entry.
    const report = (body: string): void => fail(ctx, [...requestsPath, name], body, { msgPath: goPath(requestsPath) });
    if (limit !== undefined) {
      const cmp = compareQuantities(q, limit);
      if (cmp !== 0 && !overcommit) report(invalid(formatQuantity(q), `must be equal to ${name} limit of ${formatQuantity(limit)}`));
      else if (cmp > 0) report(invalid(formatQuantity(q), `must be less than or equal to ${name} limit of ${formatQuantity(limit)}`));
    } else if (!overcommit) {
      fail(ctx, limitsPath, required('Limit must be set for non overcommitable resources'), { on: 'key' });
    }
  }
  const names = (pred: (n: string) => boolean): boolean => [...limits.keys()].some(pred) || [...requests.keys()].some(pred);
  if (names(isHugePages) && !names(isCpuOrMemory)) fail(ctx, path, forbidden('HugePages require cpu or memory'), { on: 'key' });
}

/**
 * Container resources: pkg/apis/core/validation/validation.go ValidateContainerResourceRequirements
 * (validateResourceRequirements): names are standard container resources or qualified extended resources,
 * quantities are not negative (extended resources whole numbers), requests do not exceed limits, requests of
 * resources that cannot be overcommitted (extended resources, hugepages) equal their limits, hugepages come in
 * whole pages and with cpu or memory. Quantities are rounded up to milli units first (SetDefaults_ResourceList);
 * a zero request is valid.
 */
export const resources: Rule = {
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
  kinds: WORKLOAD_KINDS,
  check(rawCtx) {
    const ctx = podSpecContext(rawCtx);
    const template = podSpecOf(ctx.object);
    if (template === undefined) return;
    for (const c of containersOf(template)) {
      const r = asObject(c.container.resources);
      if (r !== undefined && (r.limits !== undefined || r.requests !== undefined)) checkRequirements(ctx, [...c.path, 'resources'], r);
    }
  },
};
