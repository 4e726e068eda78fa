import type { PathSegment } from '../../../load/json-path.js';
import { asArray, asNumber, asObject, asString, objectItems, type Obj } from '../../../model/fields.js';
import { isDns1123Label } from '../../../model/names.js';
import type { FieldErrors } from '../field-errors.js';
import { checkLabelName, checkLabelSelector } from '../label-checks.js';
import { podSpecRule } from './pod-spec-rule.js';

/** validateLabelKeys for matchLabelKeys / mismatchLabelKeys. */
function checkLabelKeys(errs: FieldErrors, path: readonly PathSegment[], keys: readonly unknown[], hasSelector: boolean): void {
  if (keys.length === 0) return;
  if (!hasSelector) return errs.forbidden(path, 'must not be specified when labelSelector is not set', { on: 'key' });
  keys.forEach((k, i) => typeof k === 'string' && checkLabelName(errs, [...path, i], k));
}

/** validatePodAffinityTerm. */
function checkTerm(errs: FieldErrors, path: readonly PathSegment[], term: Obj): void {
  checkLabelSelector(errs, [...path, 'labelSelector'], term.labelSelector);
  checkLabelSelector(errs, [...path, 'namespaceSelector'], term.namespaceSelector);
  for (const [i, ns] of (asArray(term.namespaces) ?? []).entries()) {
    if (typeof ns !== 'string') continue;
    // Upstream names `namespace` (singular, no index).
    errs.invalidEach([...path, 'namespace'], ns, isDns1123Label(ns), { at: [...path, 'namespaces', i] });
  }
  const hasSelector = asObject(term.labelSelector) !== undefined;
  const matchKeys = asArray(term.matchLabelKeys) ?? [];
  const mismatchKeys = asArray(term.mismatchLabelKeys) ?? [];
  checkLabelKeys(errs, [...path, 'matchLabelKeys'], matchKeys, hasSelector);
  checkLabelKeys(errs, [...path, 'mismatchLabelKeys'], mismatchKeys, hasSelector);
  matchKeys.forEach((k, i) => {
    if (typeof k === 'string' && mismatchKeys.includes(k)) errs.invalid([...path, 'matchLabelKeys', i], k, 'exists in both matchLabelKeys and mismatchLabelKeys');
  });
  const topologyKey = asString(term.topologyKey);
  if (topologyKey === undefined) return; // schema-required
  if (topologyKey === '') errs.required([...path, 'topologyKey'], 'can not be empty');
  checkLabelName(errs, [...path, 'topologyKey'], topologyKey);
}

/**
 * Inter-pod (anti-)affinity: pkg/apis/core/validation/validation.go validatePodAffinity / validatePodAntiAffinity,
 * validatePodAffinityTerm (label and namespace selectors, namespace names, matchLabelKeys / mismatchLabelKeys via
 * validateMatchLabelKeysAndMismatchLabelKeys, topologyKey required and a label name) and
 * validateWeightedPodAffinityTerms (weights 1-100). The "exists in both matchLabelKeys and labelSelector" check is
 * left out: the API server runs it on the selector it has already merged matchLabelKeys into.
 */
export const podAffinity = podSpecRule({
  meta: {
    id: 'pod-affinity',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A pod affinity or anti-affinity term with an empty topologyKey, an invalid selector or namespace, misused matchLabelKeys, or a weight outside 1-100.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go validatePodAffinityTerm, validateWeightedPodAffinityTerms, ' +
      'ValidatePodAffinityTermSelector and validateMatchLabelKeysAndMismatchLabelKeys.',
    howToFix: 'Set topologyKey (e.g. kubernetes.io/hostname), keep selectors valid, use matchLabelKeys only with a labelSelector, and weights from 1 to 100.',
    examples: {
      invalid: 'podAntiAffinity:\n  preferredDuringSchedulingIgnoredDuringExecution:\n    - weight: 0\n      podAffinityTerm:\n        labelSelector: {matchLabels: {app: web}}\n        topologyKey: ""',
      valid: 'podAntiAffinity:\n  preferredDuringSchedulingIgnoredDuringExecution:\n    - weight: 100\n      podAffinityTerm:\n        labelSelector: {matchLabels: {app: web}}\n        topologyKey: kubernetes.io/hostname',
    },
  },
  check({ errs, template }) {
    const affinity = asObject(template.spec.affinity);
    if (affinity === undefined) return;
    for (const kind of ['podAffinity', 'podAntiAffinity'] as const) {
      const a = asObject(affinity[kind]);
      if (a === undefined) continue;
      const path = [...template.specPath, 'affinity', kind];
      for (const { item, index } of objectItems(a.requiredDuringSchedulingIgnoredDuringExecution)) {
        checkTerm(errs, [...path, 'requiredDuringSchedulingIgnoredDuringExecution', index], item);
      }
      for (const { item, index } of objectItems(a.preferredDuringSchedulingIgnoredDuringExecution)) {
        const at = [...path, 'preferredDuringSchedulingIgnoredDuringExecution', index];
        const weight = asNumber(item.weight);
        if (weight !== undefined && (weight <= 0 || weight > 100)) errs.invalid([...at, 'weight'], weight, 'must be in the range 1-100');
        const term = asObject(item.podAffinityTerm);
        if (term !== undefined) checkTerm(errs, [...at, 'podAffinityTerm'], term);
      }
    }
  },
});
