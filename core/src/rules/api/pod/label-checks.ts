/**
 * Label syntax inside pod specs, as staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go
 * checks it: ValidateLabelName, ValidateLabels and ValidateLabelSelector (used for node selectors, pod
 * (anti-)affinity terms and topology spread constraints). Operators outside the closed set are left to the
 * schema validator (schema-enum), which already reports them.
 */
import type { PathSegment } from '../../../load/json-path.js';
import { asArray, asObject, asString, objectItems } from '../../../model/fields.js';
import { isQualifiedName, isValidLabelValue } from '../../../model/names.js';
import type { RuleContext } from '../../rule.js';
import { failEach, fail, forbidden, goPath, required, type FailOptions } from './field-errors.js';

/** ValidateLabelName: a qualified name (`prefix/name`). */
export function checkLabelName(ctx: RuleContext, path: readonly PathSegment[], name: string, opts: FailOptions = {}): void {
  const errs = isQualifiedName(name);
  if (errs.length > 0) failEach(ctx, path, name, errs, opts);
}

/** ValidateLabels: every key a qualified name, every value a label value; the API server names the map itself. */
export function checkLabels(ctx: RuleContext, path: readonly PathSegment[], labels: unknown): void {
  const map = asObject(labels);
  if (map === undefined) return;
  for (const [key, value] of Object.entries(map)) {
    const keyErrs = isQualifiedName(key);
    if (keyErrs.length > 0) failEach(ctx, [...path, key], key, keyErrs, { msgPath: goPath(path), on: 'key' });
    if (typeof value !== 'string') continue;
    const valueErrs = isValidLabelValue(value);
    if (valueErrs.length > 0) failEach(ctx, [...path, key], value, valueErrs, { msgPath: goPath(path) });
  }
}

/** The values an In/NotIn/Exists/DoesNotExist requirement must (not) have. */
export function checkRequirementValues(ctx: RuleContext, path: readonly PathSegment[], operator: string | undefined, values: readonly unknown[]): void {
  if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
    fail(ctx, [...path, 'values'], required("must be specified when `operator` is 'In' or 'NotIn'"));
  } else if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
    fail(ctx, [...path, 'values'], forbidden("may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
  }
}

/** Each value of a requirement must be a label value. */
export function checkLabelValues(ctx: RuleContext, path: readonly PathSegment[], values: readonly unknown[]): void {
  values.forEach((value, i) => {
    if (typeof value !== 'string') return;
    const errs = isValidLabelValue(value);
    if (errs.length > 0) failEach(ctx, [...path, 'values', i], value, errs);
  });
}

/** ValidateLabelSelector (AllowInvalidLabelValueInSelector is false for new objects). */
export function checkLabelSelector(ctx: RuleContext, path: readonly PathSegment[], selector: unknown): void {
  const s = asObject(selector);
  if (s === undefined) return;
  if (asObject(s.matchLabels) !== undefined) checkLabels(ctx, [...path, 'matchLabels'], s.matchLabels);
  for (const { item, index } of objectItems(s.matchExpressions)) {
    const at = [...path, 'matchExpressions', index];
    const values = asArray(item.values) ?? [];
    checkRequirementValues(ctx, at, asString(item.operator), values);
    const key = asString(item.key);
    if (key !== undefined) checkLabelName(ctx, [...at, 'key'], key);
    checkLabelValues(ctx, at, values);
  }
}

/** The keys a label selector constrains (matchLabels and matchExpressions). */
export function selectorKeys(selector: unknown): Set<string> {
  const s = asObject(selector);
  const keys = new Set<string>(Object.keys(asObject(s?.matchLabels) ?? {}));
  for (const { item } of objectItems(s?.matchExpressions)) {
    const key = asString(item.key);
    if (key !== undefined) keys.add(key);
  }
  return keys;
}
