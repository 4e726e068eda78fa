import { asString, objectItems } from '../../../model/fields.js';
import { isValidLabelValue } from '../../../model/names.js';
import { checkLabelName } from '../label-checks.js';
import { podSpecRule } from './pod-spec-rule.js';

/**
 * Tolerations: pkg/apis/core/validation/validation.go ValidateTolerations. Keys are label names; an empty key needs
 * operator Exists ("match all"); tolerationSeconds needs effect NoExecute; Equal (or no operator) compares a label
 * value, Exists takes no value. Upstream reports value problems on the `operator` field; kubeplan keeps that wording
 * but points at the value. Effects and unknown operators are left to the schema (schema-enum); Lt and Gt, which the
 * schema lists for a feature-gated alpha, are rejected by a default API server.
 */
export const tolerations = podSpecRule({
  meta: {
    id: 'tolerations',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A toleration with an invalid key, a value with operator Exists, an empty key without Exists, or tolerationSeconds without effect NoExecute.',
    rationale: 'kube-apiserver rejects it: pkg/apis/core/validation/validation.go ValidateTolerations.',
    howToFix: 'Use operator Exists without a value (or Equal with a label-like value), a key for anything but "tolerate everything", and tolerationSeconds only with effect NoExecute.',
    examples: {
      invalid: 'tolerations:\n  - key: dedicated\n    operator: Exists\n    value: gpu',
      valid: 'tolerations:\n  - key: dedicated\n    operator: Equal\n    value: gpu\n    effect: NoSchedule',
    },
  },
  check({ errs, template: { spec, specPath } }) {
    if (spec.tolerations === undefined) return;
    for (const { item, index } of objectItems(spec.tolerations)) {
      const path = [...specPath, 'tolerations', index];
      const key = asString(item.key) ?? '';
      const operator = asString(item.operator) ?? '';
      const value = asString(item.value) ?? '';
      const effect = asString(item.effect) ?? '';
      if (key !== '') checkLabelName(errs, [...path, 'key'], key);
      if (key === '' && operator !== 'Exists') {
        errs.invalid([...path, 'operator'], operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"');
      }
      if (item.tolerationSeconds !== undefined && item.tolerationSeconds !== null && effect !== 'NoExecute') {
        errs.invalid([...path, 'effect'], effect, "effect must be 'NoExecute' when `tolerationSeconds` is set");
      }
      // Upstream names `operator` for value errors.
      const valueError = (d: string): void => errs.invalid([...path, 'operator'], value, d, { at: [...path, 'value'] });
      if (operator === 'Equal' || operator === '') {
        const messages = isValidLabelValue(value);
        if (messages.length > 0) valueError(messages.join(';'));
      } else if (operator === 'Exists') {
        if (value !== '') valueError("value must be empty when `operator` is 'Exists'");
      } else if (operator === 'Lt' || operator === 'Gt') {
        errs.notSupported([...path, 'operator'], operator, ['Equal', 'Exists']);
      }
    }
  },
});
