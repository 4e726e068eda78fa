/**
 * HorizontalPodAutoscaler (autoscaling/v2) metrics: pkg/apis/autoscaling/validation/validation.go validateMetricSpec,
 * the per-source validators and validateMetricTarget.
 */
import { asObject, asString, getIn, objectItems, type Obj } from '../../../model/fields.js';
import { isDns1123Label } from '../../../model/names.js';
import { formatQuantity, parseQuantity } from '../../../model/quantity.js';
import { bare, type FieldErrors, type Path } from '../field-errors.js';
import { isValidPathSegmentName } from './formats.js';

/** Metric type → source field, in the order validateMetricSpec looks at the sources. */
const SOURCES: Readonly<Record<string, string>> = {
  Object: 'object',
  External: 'external',
  Pods: 'pods',
  Resource: 'resource',
  ContainerResource: 'containerResource',
};
const SOURCE_TYPES = Object.keys(SOURCES).sort();
const TARGET_TYPES = new Set(['Utilization', 'Value', 'AverageValue']);

/** ValidateCrossVersionObjectReference: kind and name required, each a path segment. */
export function checkObjectRef(errs: FieldErrors, ref: unknown, path: Path): void {
  const o = asObject(ref) ?? {};
  for (const field of ['kind', 'name']) {
    const v = o[field];
    if (v === '') errs.required([...path, field]);
    else if (typeof v === 'string') for (const msg of isValidPathSegmentName(v)) errs.invalid([...path, field], v, msg);
  }
}

function checkMetricName(errs: FieldErrors, source: Obj, path: Path): void {
  const name = getIn(source, 'metric', 'name');
  const at: Path = [...path, 'metric', 'name'];
  if (name === '') errs.required(at, 'must specify a metric name');
  else if (typeof name === 'string') for (const msg of isValidPathSegmentName(name)) errs.invalid(at, name, msg);
}

/** validateMetricTarget; returns which of value / averageValue / averageUtilization are set. */
function checkTarget(errs: FieldErrors, target: Obj, path: Path): { value: boolean; averageValue: boolean; utilization: boolean } {
  const type = target.type;
  if (typeof type === 'string' && !TARGET_TYPES.has(type)) errs.invalid([...path, 'type'], type, 'must be either Utilization, Value, or AverageValue');
  for (const field of ['value', 'averageValue']) {
    const raw = target[field];
    const q = typeof raw === 'string' || typeof raw === 'number' ? parseQuantity(raw) : undefined;
    if (q && q.mantissa <= 0n) errs.invalid([...path, field], bare(formatQuantity(q)), 'must be positive');
  }
  const utilization = target.averageUtilization;
  if (typeof utilization === 'number' && utilization < 1) errs.invalid([...path, 'averageUtilization'], utilization, 'must be greater than 0');
  return { value: target.value != null, averageValue: target.averageValue != null, utilization: utilization != null };
}

function checkSource(errs: FieldErrors, field: string, source: Obj, path: Path): void {
  const targetPath: Path = [...path, 'target'];
  const set = checkTarget(errs, asObject(source.target) ?? {}, targetPath);
  switch (field) {
    case 'resource':
    case 'containerResource':
      if (field === 'containerResource') {
        if (source.container === '') errs.required([...path, 'container'], 'must specify a container');
        else if (typeof source.container === 'string') for (const msg of isDns1123Label(source.container)) errs.invalid([...path, 'container'], source.container, msg);
      }
      if (!set.utilization && !set.averageValue) errs.required([...targetPath, 'averageUtilization'], 'must set either a target raw value or a target utilization');
      if (set.utilization && set.averageValue) errs.forbidden([...targetPath, 'averageValue'], 'may not set both a target raw value and a target utilization');
      break;
    case 'pods':
      checkMetricName(errs, source, path);
      if (!set.averageValue) errs.required([...targetPath, 'averageValue'], 'must specify a positive target averageValue');
      break;
    case 'object':
      checkObjectRef(errs, source.describedObject, [...path, 'describedObject']);
      checkMetricName(errs, source, path);
      if (!set.value && !set.averageValue) errs.required([...targetPath, 'averageValue'], 'must set either a target value or averageValue');
      break;
    case 'external':
      checkMetricName(errs, source, path);
      if (!set.value && !set.averageValue) errs.required([...targetPath, 'averageValue'], 'must set either a target value for metric or a per-pod target');
      if (set.value && set.averageValue) errs.forbidden([...targetPath, 'value'], 'may not set both a target value for metric and a per-pod target');
      break;
  }
}

/** validateMetrics → validateMetricSpec for each of `spec.metrics`. */
export function checkMetrics(errs: FieldErrors, metrics: unknown): void {
  for (const { item, index } of objectItems(metrics)) {
    const path: Path = ['spec', 'metrics', index];
    const type = asString(item.type);
    if (type === undefined) continue; // schema-required
    const expected = SOURCES[type];
    if (expected === undefined) errs.notSupported([...path, 'type'], type, SOURCE_TYPES);
    const present = Object.values(SOURCES).filter((f) => asObject(item[f]));
    // Upstream validates the first populated source only.
    const first = present[0];
    if (first) checkSource(errs, first, asObject(item[first]) as Obj, [...path, first]);
    if (expected && !present.includes(expected)) errs.required([...path, expected], 'must populate information for the given metric source');
    if (present.length > 1) {
      for (const f of present) if (f !== expected) errs.forbidden([...path, f], 'must populate the given metric source only');
    }
  }
}
