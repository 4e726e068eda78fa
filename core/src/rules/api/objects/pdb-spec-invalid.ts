import { asObject } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';
import { fieldErrors, json } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { checkIntOrPercent } from './int-or-percent.js';

/**
 * PodDisruptionBudget spec: pkg/apis/policy/validation/validation.go ValidatePodDisruptionBudgetSpec —
 * minAvailable and maxUnavailable not both set, each an int ≥ 0 or a percentage ≤ 100%
 * (apps ValidatePositiveIntOrPercent and IsNotMoreThan100Percent). The selector is `label-selector-invalid`'s.
 */
export const pdbSpecInvalid: Rule = {
  meta: {
    id: 'pdb-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A PodDisruptionBudget with both minAvailable and maxUnavailable, or a negative count or percentage over 100%.',
    rationale:
      'pkg/apis/policy/validation/validation.go ValidatePodDisruptionBudgetSpec: "minAvailable and maxUnavailable cannot be both set"; ' +
      'each must be an integer ≥ 0 or a percentage no greater than 100%.',
    howToFix: 'Keep one of minAvailable and maxUnavailable, as an integer or a percentage like "50%".',
    examples: {
      invalid: 'spec:\n  minAvailable: 1\n  maxUnavailable: 1',
      valid: 'spec:\n  maxUnavailable: 1',
    },
  },
  kinds: ['PodDisruptionBudget'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    if (groupOf(object) !== 'policy' || !spec) return;
    const errs = fieldErrors(ctx);
    const min = spec.minAvailable;
    const max = spec.maxUnavailable;
    if (min != null && max != null) {
      errs.invalid(['spec'], json({ minAvailable: min, maxUnavailable: max }), 'minAvailable and maxUnavailable cannot be both set', { at: ['spec', 'maxUnavailable'] });
    }
    checkIntOrPercent(errs, min, ['spec', 'minAvailable']);
    checkIntOrPercent(errs, max, ['spec', 'maxUnavailable']);
  },
};
