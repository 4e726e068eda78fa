import { asObject, asString, objectItems, type Obj } from '../../../model/fields.js';
import { isQualifiedName } from '../../../model/names.js';
import { compareQuantities, formatQuantity, parseQuantity, type Quantity } from '../../../model/quantity.js';
import type { Rule } from '../../rule.js';
import { bare, fieldErrors, mapKey, type FieldErrors, type Path } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { containerResourceNameErrors, isOvercommitAllowed, resourceNameErrors } from '../resource-names.js';

const STANDARD_TYPES = new Set(['Pod', 'Container', 'PersistentVolumeClaim']);
const MAPS = ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio'] as const;
type MapName = (typeof MAPS)[number];

/** The quantities of one map of an item, by resource name (malformed ones are the schema validator's). */
function quantities(item: Obj, field: MapName): Map<string, Quantity> {
  const out = new Map<string, Quantity>();
  for (const [k, v] of Object.entries(asObject(item[field]) ?? {})) {
    const q = typeof v === 'string' || typeof v === 'number' ? parseQuantity(v) : undefined;
    if (q) out.set(k, q);
  }
  return out;
}

/** SetDefaults_LimitRangeItem for Container items: default ← max, defaultRequest ← default, then ← min. */
function withDefaults(type: string, q: Record<MapName, Map<string, Quantity>>): Record<MapName, Map<string, Quantity>> {
  if (type !== 'Container') return q;
  const dflt = new Map(q.default);
  const request = new Map(q.defaultRequest);
  for (const [k, v] of q.max) if (!dflt.has(k)) dflt.set(k, v);
  for (const [k, v] of dflt) if (!request.has(k)) request.set(k, v);
  for (const [k, v] of q.min) if (!request.has(k)) request.set(k, v);
  return { ...q, default: dflt, defaultRequest: request };
}

/** The min/max/default/defaultRequest/ratio comparisons of ValidateLimitRange for one resource. */
function compare(errs: FieldErrors, q: Record<MapName, Map<string, Quantity>>, k: string, path: Path): void {
  const min = q.min.get(k);
  const max = q.max.get(k);
  const dflt = q.default.get(k);
  const req = q.defaultRequest.get(k);
  const ratio = q.maxLimitRequestRatio.get(k);
  const s = formatQuantity;
  const at = (field: MapName): Path => [...path, field, mapKey(k)];
  const gt = (a: Quantity, b: Quantity): boolean => compareQuantities(a, b) > 0;
  if (min && max && gt(min, max)) errs.invalid(at('min'), bare(s(min)), `min value ${s(min)} is greater than max value ${s(max)}`);
  if (req) {
    if (min && gt(min, req)) errs.invalid(at('defaultRequest'), bare(s(req)), `min value ${s(min)} is greater than default request value ${s(req)}`);
    if (max && gt(req, max)) errs.invalid(at('defaultRequest'), bare(s(req)), `default request value ${s(req)} is greater than max value ${s(max)}`);
    if (dflt && gt(req, dflt)) errs.invalid(at('defaultRequest'), bare(s(req)), `default request value ${s(req)} is greater than default limit value ${s(dflt)}`);
  }
  if (dflt) {
    if (min && gt(min, dflt)) errs.invalid(at('default'), bare(s(min)), `min value ${s(min)} is greater than default value ${s(dflt)}`);
    if (max && gt(dflt, max)) errs.invalid(at('default'), bare(s(max)), `default value ${s(dflt)} is greater than max value ${s(max)}`);
  }
  if (ratio && ratio.value < 1) errs.invalid(at('maxLimitRequestRatio'), bare(s(ratio)), `ratio ${s(ratio)} is less than 1`);
  if (ratio && min && max && min.value > 0 && ratio.value > max.value / min.value) {
    errs.invalid(at('maxLimitRequestRatio'), bare(s(ratio)), `ratio ${s(ratio)} is greater than max/min = ${(max.value / min.value).toFixed(6)}`);
  }
  if (!isOvercommitAllowed(k) && dflt && req && compareQuantities(dflt, req) !== 0) {
    errs.invalid(at('defaultRequest'), bare(s(req)), `default value ${s(dflt)} must equal to defaultRequest value ${s(req)} in ${k}`);
  }
}

/**
 * LimitRange spec: pkg/apis/core/validation/validation.go ValidateLimitRange — limit types (standard or
 * qualified, no duplicates), resource names, no defaults for Pod items, a storage bound for PersistentVolumeClaim
 * items, and min ≤ defaultRequest ≤ default ≤ max after SetDefaults_LimitRangeItem.
 */
export const limitRangeSpecInvalid: Rule = {
  meta: {
    id: 'limitrange-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A LimitRange with an unknown type or resource, defaults on a Pod item, or min/default/max values out of order.',
    rationale:
      'pkg/apis/core/validation/validation.go ValidateLimitRange: "min value … is greater than max value …", "default request value … is ' +
      'greater than default limit value …", "may not be specified when `type` is \'Pod\'".',
    howToFix: 'Keep min ≤ defaultRequest ≤ default ≤ max for each resource (remember that a Container default is defaulted from max).',
    examples: {
      invalid: 'spec:\n  limits:\n    - type: Container\n      min: {cpu: "2"}\n      max: {cpu: "1"}',
      valid: 'spec:\n  limits:\n    - type: Container\n      min: {cpu: 100m}\n      max: {cpu: "1"}',
    },
  },
  kinds: ['LimitRange'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    if (groupOf(object) !== '' || !spec) return;
    const errs = fieldErrors(ctx);
    const seen = new Set<string>();
    for (const { item, index } of objectItems(spec.limits)) {
      const path: Path = ['spec', 'limits', index];
      const type = asString(item.type) ?? '';
      const typeErrs = isQualifiedName(type);
      if (typeErrs.length === 0 && !type.includes('/') && !STANDARD_TYPES.has(type)) typeErrs.push('must be a standard limit type or fully qualified');
      for (const msg of typeErrs) errs.invalid([...path, 'type'], type, msg);
      if (seen.has(type)) errs.duplicate([...path, 'type'], type);
      seen.add(type);
      const nameErrors = type === 'Pod' || type === 'Container' ? containerResourceNameErrors : resourceNameErrors;
      for (const field of MAPS) {
        if (type === 'Pod' && (field === 'default' || field === 'defaultRequest')) {
          if (Object.keys(asObject(item[field]) ?? {}).length > 0) errs.forbidden([...path, field], "may not be specified when `type` is 'Pod'");
          continue;
        }
        for (const k of Object.keys(asObject(item[field]) ?? {})) {
          for (const msg of nameErrors(k)) errs.invalid([...path, field, mapKey(k)], k, msg, { on: 'key' });
        }
      }
      if (type === 'PersistentVolumeClaim' && asObject(item.min)?.storage == null && asObject(item.max)?.storage == null) {
        errs.required([...path, 'limits'], 'either minimum or maximum storage value is required, but neither was provided', { at: path });
      }
      const q = withDefaults(type, Object.fromEntries(MAPS.map((m) => [m, quantities(item, m)])) as Record<MapName, Map<string, Quantity>>);
      const keys = new Set(MAPS.flatMap((m) => (type === 'Pod' && (m === 'default' || m === 'defaultRequest') ? [] : [...q[m].keys()])));
      for (const k of keys) compare(errs, q, k, path);
    }
  },
};
