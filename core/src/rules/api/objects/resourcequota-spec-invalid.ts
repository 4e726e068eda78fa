import { asArray, asObject, objectItems } from '../../../model/fields.js';
import { formatQuantity, parseQuantity } from '../../../model/quantity.js';
import type { Rule } from '../../rule.js';
import { bare, fieldErrors, json, mapKey, type FieldErrors } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { isIntegerResource, isStandardQuota, quotaResourceNameErrors } from '../resource-names.js';

const SCOPES = new Set(['Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'PriorityClass', 'CrossNamespacePodAffinity', 'VolumeAttributesClass']);
/** Scopes that only track pods (and, except BestEffort, their compute requests and limits). */
const POD_SCOPES = new Set(['Terminating', 'NotTerminating', 'NotBestEffort', 'BestEffort']);
const POD_COMPUTE = new Set(['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory']);
const EXISTS_ONLY = new Set(['Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'CrossNamespacePodAffinity']);
const CONFLICTS = [
  ['BestEffort', 'NotBestEffort'],
  ['Terminating', 'NotTerminating'],
];

/** IsResourceQuotaScopeValidForResource, for the scopes whose rule is stable. */
function scopeFits(scope: string, resource: string): boolean {
  if (!POD_SCOPES.has(scope) || !isStandardQuota(resource)) return true;
  return resource === 'pods' || (scope !== 'BestEffort' && POD_COMPUTE.has(resource));
}

function checkScopes(errs: FieldErrors, scopes: string[], hard: string[], path: (string | number)[], value: unknown): void {
  for (const scope of scopes) {
    if (!SCOPES.has(scope)) errs.invalid(path, json(value), 'unsupported scope');
    if (hard.some((r) => !scopeFits(scope, r))) errs.invalid(path, json(value), 'unsupported scope applied to resource');
  }
  for (const pair of CONFLICTS) if (pair.every((s) => scopes.includes(s))) errs.invalid(path, json(value), 'conflicting scopes');
}

/**
 * ResourceQuota spec: pkg/apis/core/validation/validation.go ValidateResourceQuotaSpec — hard resource names
 * (ValidateResourceQuotaResourceName) with non-negative, and for counts integer, quantities
 * (ValidateResourceQuantityValue); scopes and scopeSelector (validateResourceQuotaScopes,
 * validateScopedResourceSelectorRequirement). Quantity syntax is the schema validator's.
 */
export const resourceQuotaSpecInvalid: Rule = {
  meta: {
    id: 'resourcequota-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A ResourceQuota with an unknown resource name, a negative or fractional count, or unsupported or conflicting scopes.',
    rationale:
      'pkg/apis/core/validation/validation.go ValidateResourceQuotaSpec: "must be a standard resource for quota", "must be greater than ' +
      'or equal to 0", "must be an integer"; validateResourceQuotaScopes: "unsupported scope", "conflicting scopes".',
    howToFix: 'Use quota names like `requests.cpu`, `pods` or `count/deployments.apps`, whole numbers for counts, and compatible scopes.',
    examples: {
      invalid: 'kind: ResourceQuota\nspec:\n  hard:\n    cpus: "4"',
      valid: 'kind: ResourceQuota\nspec:\n  hard:\n    requests.cpu: "4"',
    },
  },
  kinds: ['ResourceQuota'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    if (groupOf(object) !== '' || !spec) return;
    const errs = fieldErrors(ctx);
    const hard = asObject(spec.hard) ?? {};
    for (const [name, raw] of Object.entries(hard)) {
      const path = ['spec', 'hard', mapKey(name)];
      for (const msg of quotaResourceNameErrors(name)) errs.invalid(path, name, msg, { on: 'key' });
      const q = typeof raw === 'string' || typeof raw === 'number' ? parseQuantity(raw) : undefined;
      if (!q) continue;
      if (q.mantissa < 0n) errs.invalid(path, formatQuantity(q), 'must be greater than or equal to 0');
      else if (isIntegerResource(name) && q.exponent < 0) errs.invalid(path, bare(formatQuantity(q)), 'must be an integer');
    }
    const scopes = (asArray(spec.scopes) ?? []).filter((s): s is string => typeof s === 'string');
    if (scopes.length > 0) checkScopes(errs, scopes, Object.keys(hard), ['spec', 'scopes'], scopes);
    const selectorPath = ['spec', 'scopeSelector', 'matchExpressions'];
    const requirements = objectItems(asObject(spec.scopeSelector)?.matchExpressions);
    for (const { item, index } of requirements) {
      const at = [...selectorPath, index];
      const scope = item.scopeName;
      if (typeof scope === 'string' && !SCOPES.has(scope)) errs.invalid([...selectorPath, 'scopeName'], scope, 'unsupported scope', { at: [...at, 'scopeName'] });
      if (typeof scope === 'string' && EXISTS_ONLY.has(scope) && item.operator !== 'Exists') {
        errs.invalid([...selectorPath, 'operator'], json(item.operator), `must be 'Exists' when scope is any of ResourceQuotaScopeTerminating, ResourceQuotaScopeNotTerminating, ResourceQuotaScopeBestEffort, ResourceQuotaScopeNotBestEffort or ResourceQuotaScopeCrossNamespacePodAffinity`, { at: [...at, 'operator'] });
      }
      const values = asArray(item.values) ?? [];
      if ((item.operator === 'In' || item.operator === 'NotIn') && values.length === 0) {
        errs.required([...selectorPath, 'values'], "must be at least one value when `operator` is 'In' or 'NotIn' for scope selector", { at });
      } else if ((item.operator === 'Exists' || item.operator === 'DoesNotExist') && values.length > 0) {
        errs.invalid([...selectorPath, 'values'], json(values), "must be no value when `operator` is 'Exist' or 'DoesNotExist' for scope selector", { at: [...at, 'values'] });
      }
    }
    const selectorScopes = requirements.map(({ item }) => item.scopeName).filter((s): s is string => typeof s === 'string');
    for (const pair of CONFLICTS) {
      if (pair.every((s) => selectorScopes.includes(s))) errs.invalid(selectorPath, json(scopes), 'conflicting scopes');
    }
  },
};
