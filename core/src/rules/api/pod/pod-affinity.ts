import type { PathSegment } from '../../../load/json-path.js';
import { asArray, asNumber, asObject, asString, objectItems, type Obj } from '../../../model/fields.js';
import { isDns1123Label } from '../../../model/names.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule, RuleContext } from '../../rule.js';
import { fail, failEach, forbidden, goPath, invalid, podSpecContext, required } from './field-errors.js';
import { podSpecOf } from './pod-spec-of.js';
import { checkLabelName, checkLabelSelector } from './label-checks.js';

/** validateLabelKeys for matchLabelKeys / mismatchLabelKeys. */
function checkLabelKeys(ctx: RuleContext, path: readonly PathSegment[], keys: readonly unknown[], hasSelector: boolean): void {
  if (keys.length === 0) return;
  if (!hasSelector) return fail(ctx, path, forbidden('must not be specified when labelSelector is not set'), { on: 'key' });
  keys.forEach((k, i) => typeof k === 'string' && checkLabelName(ctx, [...path, i], k));
}

/** validatePodAffinityTerm. */
function checkTerm(ctx: RuleContext, path: readonly PathSegment[], term: Obj): void {
  checkLabelSelector(ctx, [...path, 'labelSelector'], term.labelSelector);
  checkLabelSelector(ctx, [...path, 'namespaceSelector'], term.namespaceSelector);
  for (const [i, ns] of (asArray(term.namespaces) ?? []).entries()) {
    if (typeof ns !== 'string') continue;
    const errs = isDns1123Label(ns);
    // Upstream names `namespace` (singular, no index).
    if (errs.length > 0) failEach(ctx, [...path, 'namespaces', i], ns, errs, { msgPath: goPath([...path, 'namespace']) });
  }
  const hasSelector = asObject(term.labelSelector) !== undefined;
  const matchKeys = asArray(term.matchLabelKeys) ?? [];
  const mismatchKeys = asArray(term.mismatchLabelKeys) ?? [];
  checkLabelKeys(ctx, [...path, 'matchLabelKeys'], matchKeys, hasSelector);
  checkLabelKeys(ctx, [...path, 'mismatchLabelKeys'], mismatchKeys, hasSelector);
  matchKeys.forEach((k, i) => {
    if (typeof k === 'string' && mismatchKeys.includes(k)) fail(ctx, [...path, 'matchLabelKeys', i], invalid(k, 'exists in both matchLabelKeys and mismatchLabelKeys'));
  });
  const topologyKey = asString(term.topologyKey);
  if (topologyKey === undefined) return; // schema-required
  if (topologyKey === '') fail(ctx, [...path, 'topologyKey'], required('can not be empty'));
  checkLabelName(ctx, [...path, 'topologyKey'], topologyKey);
}

/**
 * Inter-pod (anti-)affinity: pkg/apis/core/validation/validation.go validatePodAffinity / validatePodAntiAffinity,
 * validatePodAffinityTerm (label and namespace selectors, namespace names, matchLabelKeys / mismatchLabelKeys via
 * validateMatchLabelKeysAndMismatchLabelKeys, topologyKey required and a label name) and
 * validateWeightedPodAffinityTerms (weights 1-100). The "exists in both matchLabelKeys and labelSelector" check is
 * left out: the API server runs it on the selector it has already merged matchLabelKeys into.
 */
export const podAffinity: Rule = {
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
  kinds: WORKLOAD_KINDS,
  check(rawCtx) {
    const ctx = podSpecContext(rawCtx);
    const template = podSpecOf(ctx.object);
    const affinity = template === undefined ? undefined : asObject(template.spec.affinity);
    if (template === undefined || affinity === undefined) return;
    for (const kind of ['podAffinity', 'podAntiAffinity'] as const) {
      const a = asObject(affinity[kind]);
      if (a === undefined) continue;
      const path = [...template.specPath, 'affinity', kind];
      for (const { item, index } of objectItems(a.requiredDuringSchedulingIgnoredDuringExecution)) {
        checkTerm(ctx, [...path, 'requiredDuringSchedulingIgnoredDuringExecution', index], item);
      }
      for (const { item, index } of objectItems(a.preferredDuringSchedulingIgnoredDuringExecution)) {
        const at = [...path, 'preferredDuringSchedulingIgnoredDuringExecution', index];
        const weight = asNumber(item.weight);
        if (weight !== undefined && (weight <= 0 || weight > 100)) fail(ctx, [...at, 'weight'], invalid(weight, 'must be in the range 1-100'));
        const term = asObject(item.podAffinityTerm);
        if (term !== undefined) checkTerm(ctx, [...at, 'podAffinityTerm'], term);
      }
    }
  },
};
