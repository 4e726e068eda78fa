import { asObject } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';
import { bare, checkNonNegative, fieldErrors, type Path } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { checkIntOrPercent, intOrPercentValue } from './int-or-percent.js';
import { checkAlwaysRestarts } from './template-checks.js';

/**
 * DaemonSet spec, after apps/v1 SetDefaults_DaemonSet (RollingUpdate, maxUnavailable 1, maxSurge 0):
 * pkg/apis/apps/validation/validation.go ValidateDaemonSetSpec, ValidateDaemonSetUpdateStrategy and
 * ValidateRollingUpdateDaemonSet — exactly one of maxSurge and maxUnavailable must be non-zero.
 */
export const daemonSetSpecInvalid: Rule = {
  meta: {
    id: 'daemonset-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A DaemonSet spec the API server rejects: maxSurge and maxUnavailable both set (or both 0), bad percentages, negative counts.',
    rationale:
      'pkg/apis/apps/validation/validation.go ValidateRollingUpdateDaemonSet: ints ≥ 0 or percents ≤ 100%, and exactly one of ' +
      'maxSurge and maxUnavailable non-zero (maxUnavailable defaults to 1); ValidateDaemonSetSpec: counts ≥ 0, restartPolicy Always.',
    howToFix: 'To surge, set `maxSurge` and `maxUnavailable: 0` together; otherwise leave maxSurge unset.',
    examples: {
      invalid: 'spec:\n  updateStrategy:\n    rollingUpdate:\n      maxSurge: 1',
      valid: 'spec:\n  updateStrategy:\n    rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 0',
    },
  },
  kinds: ['DaemonSet'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    if (groupOf(object) !== 'apps' || !spec) return;
    const errs = fieldErrors(ctx);
    for (const field of ['minReadySeconds', 'revisionHistoryLimit']) checkNonNegative(errs, spec[field], ['spec', field]);
    const strategy = asObject(spec.updateStrategy);
    if ((strategy?.type ?? 'RollingUpdate') === 'RollingUpdate') {
      const ru = asObject(strategy?.rollingUpdate) ?? {};
      const path: Path = ['spec', 'updateStrategy', 'rollingUpdate'];
      checkIntOrPercent(errs, ru.maxUnavailable, [...path, 'maxUnavailable']);
      checkIntOrPercent(errs, ru.maxSurge, [...path, 'maxSurge']);
      const hasUnavailable = intOrPercentValue(ru.maxUnavailable ?? 1) !== 0;
      const hasSurge = intOrPercentValue(ru.maxSurge ?? 0) !== 0;
      if (hasUnavailable && hasSurge) {
        const note = ru.maxUnavailable == null ? ' (maxUnavailable defaults to 1)' : '';
        errs.invalid([...path, 'maxSurge'], bare(ru.maxSurge), `may not be set when maxUnavailable is non-zero${note}`);
      } else if (!hasUnavailable && !hasSurge) {
        errs.required([...path, 'maxUnavailable'], 'cannot be 0 when maxSurge is 0');
      }
    }
    checkAlwaysRestarts(errs, object, ['spec', 'template'], 'DaemonSet');
  },
};
