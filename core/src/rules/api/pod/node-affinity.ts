import type { PathSegment } from '../../../load/json-path.js';
import { asArray, asNumber, asObject, asString, objectItems, type Obj } from '../../../model/fields.js';
import { isDns1123Subdomain } from '../../../model/names.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule, RuleContext } from '../../rule.js';
import { fail, failEach, forbidden, invalid, podSpecContext, required } from './field-errors.js';
import { podSpecOf } from './pod-spec-of.js';
import { checkLabelName, checkLabels, checkLabelValues } from './label-checks.js';

/** ValidateNodeSelectorRequirement (matchExpressions); operators outside the enum are schema-enum's. */
function checkRequirement(ctx: RuleContext, path: readonly PathSegment[], req: Obj, checkValues: boolean): void {
  const operator = asString(req.operator);
  const values = asArray(req.values) ?? [];
  if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
    fail(ctx, [...path, 'values'], required("must be specified when `operator` is 'In' or 'NotIn'"));
  } else if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
    fail(ctx, [...path, 'values'], forbidden("may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
  } else if ((operator === 'Gt' || operator === 'Lt') && values.length !== 1) {
    fail(ctx, [...path, 'values'], required("must be specified single value when `operator` is 'Lt' or 'Gt'"));
  }
  const key = asString(req.key);
  if (key !== undefined) checkLabelName(ctx, [...path, 'key'], key);
  if (checkValues) checkLabelValues(ctx, path, values);
}

/** ValidateNodeFieldSelectorRequirement (matchFields): only `metadata.name In/NotIn [one node name]`. */
function checkFieldRequirement(ctx: RuleContext, path: readonly PathSegment[], req: Obj): void {
  const operator = asString(req.operator);
  const values = asArray(req.values) ?? [];
  if (operator === 'In' || operator === 'NotIn') {
    if (values.length !== 1) fail(ctx, [...path, 'values'], required("must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
  } else if (operator !== undefined) {
    fail(ctx, [...path, 'operator'], invalid(operator, 'not a valid selector operator'));
  }
  const key = asString(req.key);
  if (key === undefined) return;
  if (key !== 'metadata.name') return fail(ctx, [...path, 'key'], invalid(key, 'not a valid field selector key'));
  values.forEach((v, i) => {
    if (typeof v !== 'string') return;
    const errs = isDns1123Subdomain(v);
    if (errs.length > 0) failEach(ctx, [...path, 'values', i], v, errs);
  });
}

/** ValidateNodeSelectorTerm. Preferred terms may hold any label value (they can still match on a one-node cluster). */
function checkTerm(ctx: RuleContext, path: readonly PathSegment[], term: Obj, checkValues: boolean): void {
  for (const { item, index } of objectItems(term.matchExpressions)) checkRequirement(ctx, [...path, 'matchExpressions', index], item, checkValues);
  for (const { item, index } of objectItems(term.matchFields)) checkFieldRequirement(ctx, [...path, 'matchFields', index], item);
}

/**
 * Node selection: pkg/apis/core/validation/validation.go ValidatePodSpec (nodeSelector via ValidateLabels) and
 * validateNodeAffinity (ValidateNodeSelector: at least one required term; ValidateNodeSelectorRequirement: values
 * required for In/NotIn, forbidden for Exists/DoesNotExist, exactly one for Gt/Lt; matchFields only on metadata.name;
 * ValidatePreferredSchedulingTerms: weights 1-100).
 */
export const nodeAffinity: Rule = {
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
  kinds: WORKLOAD_KINDS,
  check(rawCtx) {
    const ctx = podSpecContext(rawCtx);
    const template = podSpecOf(ctx.object);
    if (template === undefined) return;
    const { spec, specPath } = template;
    if (spec.nodeSelector !== undefined) checkLabels(ctx, [...specPath, 'nodeSelector'], spec.nodeSelector);
    const na = asObject(asObject(spec.affinity)?.nodeAffinity);
    if (na === undefined) return;
    const path = [...specPath, 'affinity', 'nodeAffinity'];
    const requiredTerms = asObject(na.requiredDuringSchedulingIgnoredDuringExecution);
    if (requiredTerms !== undefined) {
      const termsPath = [...path, 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'];
      if (asArray(requiredTerms.nodeSelectorTerms)?.length === 0) fail(ctx, termsPath, required('must have at least one node selector term'));
      for (const { item, index } of objectItems(requiredTerms.nodeSelectorTerms)) checkTerm(ctx, [...termsPath, index], item, true);
    }
    for (const { item, index } of objectItems(na.preferredDuringSchedulingIgnoredDuringExecution)) {
      const at = [...path, 'preferredDuringSchedulingIgnoredDuringExecution', index];
      const weight = asNumber(item.weight);
      if (weight !== undefined && (weight <= 0 || weight > 100)) fail(ctx, [...at, 'weight'], invalid(weight, 'must be in the range 1-100'));
      const preference = asObject(item.preference);
      if (preference !== undefined) checkTerm(ctx, [...at, 'preference'], preference, false);
    }
  },
};
