import { asObject, asNumber } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';
import { bare, checkNonNegative, fieldErrors, type Path } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { checkIntOrPercent, intOrPercentValue } from './int-or-percent.js';
import { checkAlwaysRestarts } from './template-checks.js';

/** apps/v1 SetDefaults_Deployment. */
const DEFAULT_PROGRESS_DEADLINE = 600;
const DEFAULT_ROLLING = '25%';

/**
 * Deployment spec, after apps/v1 defaulting (RollingUpdate with 25%/25%, progressDeadlineSeconds 600):
 * pkg/apis/apps/validation/validation.go ValidateDeploymentSpec, ValidateDeploymentStrategy and
 * ValidateRollingUpdateDeployment, and ValidatePodTemplateSpecForReplicaSet's restartPolicy and
 * activeDeadlineSeconds checks. The selector is `label-selector-invalid`'s and `selector-matches-template`'s.
 */
export const deploymentSpecInvalid: Rule = {
  meta: {
    id: 'deployment-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A Deployment spec the API server rejects: bad rolling-update values, both maxSurge and maxUnavailable 0, negative counts, a progress deadline not above minReadySeconds.',
    rationale:
      'pkg/apis/apps/validation/validation.go ValidateDeploymentSpec (counts ≥ 0, progressDeadlineSeconds > minReadySeconds), ' +
      'ValidateDeploymentStrategy (no rollingUpdate with Recreate) and ValidateRollingUpdateDeployment (ints ≥ 0 or percents, ' +
      'maxUnavailable ≤ 100%, not both 0).',
    howToFix: 'Use integers ≥ 0 or percentages like "25%", keep maxSurge or maxUnavailable above 0, and drop rollingUpdate with Recreate.',
    examples: {
      invalid: 'spec:\n  strategy:\n    rollingUpdate:\n      maxSurge: 0\n      maxUnavailable: 0',
      valid: 'spec:\n  strategy:\n    rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 0',
    },
    peers: ['kube-linter:restart-policy'],
  },
  kinds: ['Deployment'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    if (groupOf(object) !== 'apps' || !spec) return;
    const errs = fieldErrors(ctx);
    for (const field of ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds']) {
      checkNonNegative(errs, spec[field], ['spec', field]);
    }
    const minReady = asNumber(spec.minReadySeconds) ?? 0;
    const deadline = asNumber(spec.progressDeadlineSeconds);
    if ((deadline ?? DEFAULT_PROGRESS_DEADLINE) <= minReady) {
      const path: Path = ['spec', 'progressDeadlineSeconds'];
      const note = deadline === undefined ? ` (progressDeadlineSeconds defaults to ${DEFAULT_PROGRESS_DEADLINE})` : '';
      errs.invalid(path, deadline ?? DEFAULT_PROGRESS_DEADLINE, `must be greater than minReadySeconds${note}`, deadline === undefined ? { at: ['spec', 'minReadySeconds'] } : {});
    }
    const strategy = asObject(spec.strategy);
    const type = strategy?.type ?? 'RollingUpdate';
    const rolling = strategy?.rollingUpdate;
    const rollingPath: Path = ['spec', 'strategy', 'rollingUpdate'];
    if (type === 'Recreate' && rolling != null) {
      errs.forbidden(rollingPath, "may not be specified when strategy `type` is 'Recreate'");
    } else if (type === 'RollingUpdate') {
      const ru = asObject(rolling) ?? {};
      const maxUnavailable = ru.maxUnavailable ?? DEFAULT_ROLLING;
      const maxSurge = ru.maxSurge ?? DEFAULT_ROLLING;
      checkIntOrPercent(errs, ru.maxUnavailable, [...rollingPath, 'maxUnavailable']);
      checkIntOrPercent(errs, ru.maxSurge, [...rollingPath, 'maxSurge'], true);
      if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0) {
        errs.invalid([...rollingPath, 'maxUnavailable'], bare(maxUnavailable), 'may not be 0 when `maxSurge` is 0');
      }
    }
    checkAlwaysRestarts(errs, object, ['spec', 'template'], 'ReplicaSet');
  },
};
