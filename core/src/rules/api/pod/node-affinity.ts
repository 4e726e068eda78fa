import type { PathSegment } from '../../../load/json-path.js';
import { asArray, asNumber, asObject, asString, objectItems, type Obj } from '../../../model/fields.js';
import { isDns1123Subdomain } from '../../../model/names.js';
import type { FieldErrors } from '../field-errors.js';
import { checkLabelName, checkLabels, checkLabelValues, checkRequirementValues } from '../label-checks.js';
import { podSpecRule } from './pod-spec-rule.js';

/** ValidateNodeSelectorRequirement (matchExpressions); operators outside the enum are schema-enum's. */
function checkRequirement(errs: FieldErrors, path: readonly PathSegment[], req: Obj, checkValues: boolean): void {
  const operator = asString(req.operator);
  const values = asArray(req.values) ?? [];
  checkRequirementValues(errs, path, operator, values);
  if ((operator === 'Gt' || operator === 'Lt') && values.length !== 1) {
    errs.required([...path, 'values'], "must be specified single value when `operator` is 'Lt' or 'Gt'");
  }
  const key = asString(req.key);
  if (key !== undefined) checkLabelName(errs, [...path, 'key'], key);
  if (checkValues) checkLabelValues(errs, path, values);
}

/** ValidateNodeFieldSelectorRequirement (matchFields): only `metadata.name In/NotIn [one node name]`. */
function checkFieldRequirement(errs: FieldErrors, path: readonly PathSegment[], req: Obj): void {
  const operator = asString(req.operator);
  const values = asArray(req.values) ?? [];
  if (operator === 'In' || operator === 'NotIn') {
    if (values.length !== 1) errs.required([...path, 'values'], "must be only one value when `operator` is 'In' or 'NotIn' for node field selector");
  } else if (operator !== undefined) {
    errs.invalid([...path, 'operator'], operator, 'not a valid selector operator');
  }
  const key = asString(req.key);
  if (key === undefined) return;
  if (key !== 'metadata.name') return errs.invalid([...path, 'key'], key, 'not a valid field selector key');
  values.forEach((v, i) => {
    if (typeof v !== 'string') return;
    errs.invalidEach([...path, 'values', i], v, isDns1123Subdomain(v));
  });
}

/** ValidateNodeSelectorTerm. Preferred terms may hold any label value (they can still match on a one-node cluster). */
function checkTerm(errs: FieldErrors, path: readonly PathSegment[], term: Obj, checkValues: boolean): void {
  for (const { item, index } of objectItems(term.matchExpressions)) checkRequirement(errs, [...path, 'matchExpressions', index], item, checkValues);
  for (const { item, index } of objectItems(term.matchFields)) checkFieldRequirement(errs, [...path, 'matchFields', index], item);
}

/**
 * Node selection: pkg/apis/core/validation/validation.go ValidatePodSpec (nodeSelector via ValidateLabels) and
 * validateNodeAffinity (ValidateNodeSelector: at least one required term; ValidateNodeSelectorRequirement: values
 * required for In/NotIn, forbidden for Exists/DoesNotExist, exactly one for Gt/Lt; matchFields only on metadata.name;
 * ValidatePreferredSchedulingTerms: weights 1-100).
 */
export const nodeAffinity = podSpecRule({
  meta: {
    id: 'node-affinity',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A nodeSelector or node affinity term the API server rejects: bad label syntax, missing or extra values for the operator, no required terms, or a weight outside 1-100.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go ValidatePodSpec (nodeSelector), validateNodeAffinity, ' +
      'ValidateNodeSelector, ValidateNodeSelectorRequirement, ValidateNodeFieldSelectorRequirement and ValidatePreferredSchedulingTerms.',
    howToFix: 'Give In/NotIn at least one value, Exists/DoesNotExist none, Gt/Lt exactly one; keep at least one nodeSelectorTerm; use weights from 1 to 100.',
    examples: {
      invalid: "nodeAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    nodeSelectorTerms:\n      - matchExpressions:\n          - {key: zone, operator: In}",
      valid: "nodeAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    nodeSelectorTerms:\n      - matchExpressions:\n          - {key: zone, operator: In, values: [eu-1a]}",
    },
  },
  check({ errs, template: { spec, specPath } }) {
    if (spec.nodeSelector !== undefined) checkLabels(errs, [...specPath, 'nodeSelector'], spec.nodeSelector);
    const na = asObject(asObject(spec.affinity)?.nodeAffinity);
    if (na === undefined) return;
    const path = [...specPath, 'affinity', 'nodeAffinity'];
    const requiredTerms = asObject(na.requiredDuringSchedulingIgnoredDuringExecution);
    if (requiredTerms !== undefined) {
      const termsPath = [...path, 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'];
      if (asArray(requiredTerms.nodeSelectorTerms)?.length === 0) errs.required(termsPath, 'must have at least one node selector term');
      for (const { item, index } of objectItems(requiredTerms.nodeSelectorTerms)) checkTerm(errs, [...termsPath, index], item, true);
    }
    for (const { item, index } of objectItems(na.preferredDuringSchedulingIgnoredDuringExecution)) {
      const at = [...path, 'preferredDuringSchedulingIgnoredDuringExecution', index];
      const weight = asNumber(item.weight);
      if (weight !== undefined && (weight <= 0 || weight > 100)) errs.invalid([...at, 'weight'], weight, 'must be in the range 1-100');
      const preference = asObject(item.preference);
      if (preference !== undefined) checkTerm(errs, [...at, 'preference'], preference, false);
    }
  },
});
