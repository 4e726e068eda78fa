/**
 * Label syntax as staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go checks it:
 * ValidateLabelName, ValidateLabels and ValidateLabelSelector (AllowInvalidLabelValueInSelector is false for new
 * objects), for object labels and selectors and inside pod specs (node selectors, affinity terms, topology spread
 * constraints). Operators outside the closed set are left to the schema validator (schema-enum), which reports them.
 */
import { asArray, asObject, asString, objectItems } from '../../model/fields.js';
import { isQualifiedName, isValidLabelValue } from '../../model/names.js';
import { surelyLabelValue, surelyQualifiedName } from './fast-checks.js';
import { mapKey, type FieldErrors, type Path, type ReportOptions } from './field-errors.js';

/** ValidateLabelName: a qualified name (`prefix/name`). */
export function checkLabelName(errs: FieldErrors, path: Path, name: string, opts?: ReportOptions): void {
  if (!surelyQualifiedName(name)) errs.invalidEach(path, name, isQualifiedName(name), opts);
}

/** ValidateLabels: every key a qualified name, every value a label value; the API server names the map itself. */
export function checkLabels(errs: FieldErrors, path: Path, labels: unknown): void {
  const map = asObject(labels);
  if (map === undefined) return;
  for (const k in map) {
    const v = map[k];
    // A non-string value is the schema validator's finding.
    const badValue = typeof v === 'string' && !surelyLabelValue(v);
    if (surelyQualifiedName(k) && !badValue) continue; // the labels of every object: almost always fine
    const at = [...path, mapKey(k)];
    checkLabelName(errs, path, k, { at, on: 'key' });
    if (badValue) errs.invalidEach(path, v as string, isValidLabelValue(v as string), { at });
  }
}

/** The values an In/NotIn/Exists/DoesNotExist requirement must (not) have. */
export function checkRequirementValues(errs: FieldErrors, path: Path, operator: unknown, values: readonly unknown[]): void {
  if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
    errs.required([...path, 'values'], "must be specified when `operator` is 'In' or 'NotIn'");
  } else if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
    errs.forbidden([...path, 'values'], "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
  }
}

/** Each value of a requirement must be a label value. */
export function checkLabelValues(errs: FieldErrors, path: Path, values: readonly unknown[]): void {
  values.forEach((v, i) => {
    if (typeof v === 'string' && !surelyLabelValue(v)) errs.invalidEach([...path, 'values', i], v, isValidLabelValue(v));
  });
}

/** ValidateLabelSelector. */
export function checkLabelSelector(errs: FieldErrors, path: Path, selector: unknown): void {
  const s = asObject(selector);
  if (s === undefined) return;
  checkLabels(errs, [...path, 'matchLabels'], s.matchLabels);
  for (const { item, index } of objectItems(s.matchExpressions)) {
    const at: Path = [...path, 'matchExpressions', index];
    const values = asArray(item.values) ?? [];
    checkRequirementValues(errs, at, item.operator, values);
    const key = asString(item.key);
    if (key !== undefined) checkLabelName(errs, [...at, 'key'], key);
    checkLabelValues(errs, at, values);
  }
}
