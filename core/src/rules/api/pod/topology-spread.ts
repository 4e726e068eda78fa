import { asArray, asNumber, asObject, asString, objectItems } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule } from '../../rule.js';
import { duplicate, fail, forbidden, goPath, invalid, podSpecContext, required } from './field-errors.js';
import { podSpecOf } from './pod-spec-of.js';
import { checkLabelName, checkLabelSelector, selectorKeys } from './label-checks.js';

const NOT_POSITIVE = 'must be greater than zero';

/**
 * Topology spread constraints: pkg/apis/core/validation/validation.go validateTopologySpreadConstraints
 * (ValidateMaxSkew > 0, ValidateTopologyKey required, ValidateSpreadConstraintNotRepeat: one constraint per
 * {topologyKey, whenUnsatisfiable}, validateMinDomains: > 0 and only with DoNotSchedule,
 * validateMatchLabelKeysInTopologySpread: label names, only with a labelSelector and not repeating its keys, and
 * ValidateLabelSelector). whenUnsatisfiable and the node inclusion policies are enums the schema checks.
 */
export const topologySpread: Rule = {
  meta: {
    id: 'topology-spread',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A topology spread constraint with maxSkew below 1, an empty topologyKey, a repeated {topologyKey, whenUnsatisfiable}, or misused minDomains or matchLabelKeys.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go validateTopologySpreadConstraints, ValidateMaxSkew, ' +
      'ValidateSpreadConstraintNotRepeat, validateMinDomains and validateMatchLabelKeysInTopologySpread.',
    howToFix: 'Use maxSkew >= 1, a topologyKey such as topology.kubernetes.io/zone, one constraint per key and action, and minDomains >= 1 only with whenUnsatisfiable: DoNotSchedule.',
    examples: {
      invalid: 'topologySpreadConstraints:\n  - maxSkew: 1\n    topologyKey: topology.kubernetes.io/zone\n    whenUnsatisfiable: ScheduleAnyway\n    minDomains: 3',
      valid: 'topologySpreadConstraints:\n  - maxSkew: 1\n    topologyKey: topology.kubernetes.io/zone\n    whenUnsatisfiable: DoNotSchedule\n    minDomains: 3',
    },
    peers: ['kube-score:pod-topology-spread-constraints'],
  },
  kinds: WORKLOAD_KINDS,
  check(rawCtx) {
    const ctx = podSpecContext(rawCtx);
    const template = podSpecOf(ctx.object);
    if (template === undefined || template.spec.topologySpreadConstraints === undefined) return;
    const constraints = objectItems(template.spec.topologySpreadConstraints);
    constraints.forEach(({ item, index }, n) => {
      const path = [...template.specPath, 'topologySpreadConstraints', index];
      const maxSkew = asNumber(item.maxSkew);
      if (maxSkew !== undefined && maxSkew <= 0) fail(ctx, [...path, 'maxSkew'], invalid(maxSkew, NOT_POSITIVE));
      const topologyKey = asString(item.topologyKey);
      if (topologyKey === '') fail(ctx, [...path, 'topologyKey'], required('can not be empty'));
      const action = asString(item.whenUnsatisfiable) ?? '';
      const repeated = constraints.slice(n + 1).some(({ item: o }) => (asString(o.topologyKey) ?? '') === (topologyKey ?? '') && (asString(o.whenUnsatisfiable) ?? '') === action);
      if (repeated) {
        fail(ctx, path, duplicate(`{${topologyKey ?? ''}, ${action}}`), { msgPath: `${goPath(path)}.{topologyKey, whenUnsatisfiable}` });
      }
      const minDomains = asNumber(item.minDomains);
      if (minDomains !== undefined) {
        if (minDomains <= 0) fail(ctx, [...path, 'minDomains'], invalid(minDomains, NOT_POSITIVE));
        if (action !== 'DoNotSchedule') fail(ctx, [...path, 'minDomains'], invalid(minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${action}`));
      }
      const matchLabelKeys = asArray(item.matchLabelKeys) ?? [];
      if (matchLabelKeys.length > 0) {
        const keys = selectorKeys(item.labelSelector);
        if (asObject(item.labelSelector) === undefined) fail(ctx, [...path, 'matchLabelKeys'], forbidden('must not be specified when labelSelector is not set'), { on: 'key' });
        matchLabelKeys.forEach((k, i) => {
          if (typeof k !== 'string') return;
          checkLabelName(ctx, [...path, 'matchLabelKeys', i], k);
          if (keys.has(k)) fail(ctx, [...path, 'matchLabelKeys', i], invalid(k, 'exists in both matchLabelKeys and labelSelector'));
        });
      }
      checkLabelSelector(ctx, [...path, 'labelSelector'], item.labelSelector);
    });
  },
};
