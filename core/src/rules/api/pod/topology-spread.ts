import { asArray, asNumber, asObject, asString, objectItems } from '../../../model/fields.js';
import { checkLabelName, checkLabelSelector } from '../label-checks.js';
import { podSpecRule } from './pod-spec-rule.js';

const NOT_POSITIVE = 'must be greater than zero';

/** The keys a label selector constrains (matchLabels and matchExpressions). */
function selectorKeys(selector: unknown): Set<string> {
  const s = asObject(selector);
  const keys = new Set<string>(Object.keys(asObject(s?.matchLabels) ?? {}));
  for (const { item } of objectItems(s?.matchExpressions)) {
    const key = asString(item.key);
    if (key !== undefined) keys.add(key);
  }
  return keys;
}

/**
 * Topology spread constraints: pkg/apis/core/validation/validation.go validateTopologySpreadConstraints
 * (ValidateMaxSkew > 0, ValidateTopologyKey required, ValidateSpreadConstraintNotRepeat: one constraint per
 * {topologyKey, whenUnsatisfiable}, validateMinDomains: > 0 and only with DoNotSchedule,
 * validateMatchLabelKeysInTopologySpread: label names, only with a labelSelector and not repeating its keys, and
 * ValidateLabelSelector). whenUnsatisfiable and the node inclusion policies are enums the schema checks.
 */
export const topologySpread = podSpecRule({
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
  check({ errs, template: { spec, specPath } }) {
    if (spec.topologySpreadConstraints === undefined) return;
    const constraints = objectItems(spec.topologySpreadConstraints);
    constraints.forEach(({ item, index }, n) => {
      const path = [...specPath, 'topologySpreadConstraints', index];
      const maxSkew = asNumber(item.maxSkew);
      if (maxSkew !== undefined && maxSkew <= 0) errs.invalid([...path, 'maxSkew'], maxSkew, NOT_POSITIVE);
      const topologyKey = asString(item.topologyKey);
      if (topologyKey === '') errs.required([...path, 'topologyKey'], 'can not be empty');
      const action = asString(item.whenUnsatisfiable) ?? '';
      const repeated = constraints.slice(n + 1).some(({ item: o }) => (asString(o.topologyKey) ?? '') === (topologyKey ?? '') && (asString(o.whenUnsatisfiable) ?? '') === action);
      if (repeated) {
        errs.duplicate([...path, '{topologyKey, whenUnsatisfiable}'], `{${topologyKey ?? ''}, ${action}}`, { at: path });
      }
      const minDomains = asNumber(item.minDomains);
      if (minDomains !== undefined) {
        if (minDomains <= 0) errs.invalid([...path, 'minDomains'], minDomains, NOT_POSITIVE);
        if (action !== 'DoNotSchedule') errs.invalid([...path, 'minDomains'], minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${action}`);
      }
      const matchLabelKeys = asArray(item.matchLabelKeys) ?? [];
      if (matchLabelKeys.length > 0) {
        const keys = selectorKeys(item.labelSelector);
        if (asObject(item.labelSelector) === undefined) errs.forbidden([...path, 'matchLabelKeys'], 'must not be specified when labelSelector is not set', { on: 'key' });
        matchLabelKeys.forEach((k, i) => {
          if (typeof k !== 'string') return;
          checkLabelName(errs, [...path, 'matchLabelKeys', i], k);
          if (keys.has(k)) errs.invalid([...path, 'matchLabelKeys', i], k, 'exists in both matchLabelKeys and labelSelector');
        });
      }
      checkLabelSelector(errs, [...path, 'labelSelector'], item.labelSelector);
    });
  },
});
