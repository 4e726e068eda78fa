import { asNumber, asObject, objectItems } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';
import { fieldErrors, type FieldErrors, type Path } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { checkMetrics, checkObjectRef } from './hpa-metrics.js';

/** pkg/apis/autoscaling/validation MaxStabilizationWindowSeconds and MaxPeriodSeconds. */
const MAX_STABILIZATION = 3600;
const MAX_PERIOD = 1800;
const SELECT_POLICIES = ['Disabled', 'Max', 'Min'];
const POLICY_TYPES = ['Percent', 'Pods'];

/** validateScalingRules: windows within 0–3600 s, at least one policy when the list is written, sane policies. */
function checkRules(errs: FieldErrors, rules: unknown, path: Path): void {
  const r = asObject(rules);
  if (!r) return;
  const window = asNumber(r.stabilizationWindowSeconds);
  if (window !== undefined && window < 0) errs.invalid([...path, 'stabilizationWindowSeconds'], window, 'must be greater than or equal to zero');
  if (window !== undefined && window > MAX_STABILIZATION) {
    errs.invalid([...path, 'stabilizationWindowSeconds'], window, `must be less than or equal to ${MAX_STABILIZATION}`);
  }
  if (typeof r.selectPolicy === 'string' && !SELECT_POLICIES.includes(r.selectPolicy)) {
    errs.notSupported([...path, 'selectPolicy'], r.selectPolicy, SELECT_POLICIES);
  }
  // An omitted list is defaulted (GenerateHPAScaleUpRules/-DownRules); a written empty one is not.
  if (Array.isArray(r.policies) && r.policies.length === 0) errs.required([...path, 'policies'], 'must specify at least one Policy');
  for (const { item, index } of objectItems(r.policies)) {
    const at: Path = [...path, 'policies', index];
    if (typeof item.type === 'string' && !POLICY_TYPES.includes(item.type)) errs.notSupported([...at, 'type'], item.type, POLICY_TYPES);
    const value = asNumber(item.value);
    if (value !== undefined && value <= 0) errs.invalid([...at, 'value'], value, 'must be greater than zero');
    const period = asNumber(item.periodSeconds);
    if (period !== undefined && period <= 0) errs.invalid([...at, 'periodSeconds'], period, 'must be greater than zero');
    if (period !== undefined && period > MAX_PERIOD) errs.invalid([...at, 'periodSeconds'], period, `must be less than or equal to ${MAX_PERIOD}`);
  }
}

/**
 * HorizontalPodAutoscaler spec, after SetDefaults_HorizontalPodAutoscaler (minReplicas 1): pkg/apis/autoscaling/
 * validation/validation.go validateHorizontalPodAutoscalerSpec — minReplicas ≥ 1 (HPAScaleToZero is alpha),
 * maxReplicas ≥ 1 and ≥ minReplicas, a scaleTargetRef with kind and name, well-formed metrics (autoscaling/v2)
 * and behavior.
 */
export const hpaSpecInvalid: Rule = {
  meta: {
    id: 'hpa-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A HorizontalPodAutoscaler the API server rejects: minReplicas < 1, maxReplicas below minReplicas, malformed metrics or behavior.',
    rationale:
      'pkg/apis/autoscaling/validation/validation.go validateHorizontalPodAutoscalerSpec, ValidateCrossVersionObjectReference, ' +
      'validateMetricSpec/validateMetricTarget and validateScalingRules.',
    howToFix: 'Keep 1 ≤ minReplicas ≤ maxReplicas, and give each metric the source its type names with a utilization or a value target.',
    examples: {
      invalid: 'spec:\n  minReplicas: 5\n  maxReplicas: 2',
      valid: 'spec:\n  minReplicas: 2\n  maxReplicas: 5',
    },
  },
  kinds: ['HorizontalPodAutoscaler'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    if (groupOf(object) !== 'autoscaling' || !spec) return;
    const errs = fieldErrors(ctx);
    const written = asNumber(spec.minReplicas);
    const min = written ?? 1;
    const max = asNumber(spec.maxReplicas);
    if (written !== undefined && written < 1) errs.invalid(['spec', 'minReplicas'], written, 'must be greater than or equal to 1');
    if (max !== undefined && max < 1) errs.invalid(['spec', 'maxReplicas'], max, 'must be greater than 0');
    if (max !== undefined && max < min) errs.invalid(['spec', 'maxReplicas'], max, 'must be greater than or equal to `minReplicas`');
    checkObjectRef(errs, spec.scaleTargetRef, ['spec', 'scaleTargetRef']);
    if (object.apiVersion === 'autoscaling/v1') {
      const cpu = asNumber(spec.targetCPUUtilizationPercentage);
      if (cpu !== undefined && cpu < 1) errs.invalid(['spec', 'targetCPUUtilizationPercentage'], cpu, 'must be greater than 0');
      return;
    }
    checkMetrics(errs, spec.metrics);
    const behavior = asObject(spec.behavior);
    if (behavior) {
      checkRules(errs, behavior.scaleUp, ['spec', 'behavior', 'scaleUp']);
      checkRules(errs, behavior.scaleDown, ['spec', 'behavior', 'scaleDown']);
    }
  },
};
