/**
 * The sources an env var (or a downward-API volume file) reads from, as pkg/apis/core/validation/validation.go
 * validates them: validateObjectFieldSelector (after pkg/apis/core/pods/helpers.go ConvertDownwardAPIFieldLabel),
 * validateContainerResourceFieldSelector with validateContainerResourceDivisor, and
 * validateConfigMapKeySelector / validateSecretKeySelector.
 */
import type { PathSegment } from '../../../load/json-path.js';
import { fieldRefApiVersionOf } from '../../../model/defaults.js';
import { asString, type Obj } from '../../../model/fields.js';
import { isConfigMapKey, isDns1123Subdomain, isQualifiedName } from '../../../model/names.js';
import { formatQuantity, parseQuantity } from '../../../model/quantity.js';
import type { FieldErrors } from '../field-errors.js';

/** validEnvDownwardAPIFieldPathExpressions (sorted, as sets.List prints them). */
export const ENV_FIELD_PATHS: readonly string[] = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];

/** validVolumeDownwardAPIFieldPathExpressions. */
export const VOLUME_FIELD_PATHS: readonly string[] = ['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid'];

/** Labels ConvertDownwardAPIFieldLabel knows for v1 Pods (`spec.host` is the old name of spec.nodeName). */
const CONVERTIBLE = new Set([
  ...VOLUME_FIELD_PATHS,
  ...ENV_FIELD_PATHS,
  'spec.restartPolicy',
  'spec.schedulerName',
  'spec.terminationGracePeriodSeconds',
  'status.phase',
]);

const RESOURCE_FIELD_PATHS: readonly string[] = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];
const BYTE_DIVISORS = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei'];
const BYTE_DIVISOR_LIST = BYTE_DIVISORS.join(', ');

/** fieldpath.SplitMaybeSubscriptedPath: `metadata.labels['app']` → [`metadata.labels`, `app`]. */
function splitSubscript(fieldPath: string): [string, string] | undefined {
  if (!fieldPath.endsWith("']")) return undefined;
  const s = fieldPath.slice(0, -2);
  const at = s.indexOf("['");
  if (at <= 0) return undefined;
  return [s.slice(0, at), s.slice(at + 2)];
}

/** ConvertDownwardAPIFieldLabel: the internal field path, or the conversion error. */
function convert(apiVersion: string, label: string): { path: string } | { error: string } {
  if (apiVersion !== 'v1') return { error: `unsupported pod version: ${apiVersion}` };
  const sub = splitSubscript(label);
  if (sub !== undefined) return sub[0] === 'metadata.annotations' || sub[0] === 'metadata.labels' ? { path: label } : { error: `field label does not support subscript: ${label}` };
  if (label === 'spec.host') return { path: 'spec.nodeName' };
  return CONVERTIBLE.has(label) ? { path: label } : { error: `field label not supported: ${label}` };
}

/** validateObjectFieldSelector. */
export function checkFieldRef(errs: FieldErrors, path: readonly PathSegment[], ref: Obj, expressions: readonly string[]): void {
  const fieldPath = asString(ref.fieldPath);
  if (fieldPath === undefined) return; // absent: schema-required
  if (fieldPath === '') return errs.required([...path, 'fieldPath']);
  const converted = convert(fieldRefApiVersionOf(ref), fieldPath);
  if ('error' in converted) return errs.invalid([...path, 'fieldPath'], fieldPath, `error converting fieldPath: ${converted.error}`);
  const sub = splitSubscript(converted.path);
  if (sub !== undefined) {
    // Annotation keys are matched case-insensitively, so they are checked in lower case.
    const key = sub[0] === 'metadata.annotations' ? sub[1].toLowerCase() : sub[1];
    errs.invalidEach(path, key, isQualifiedName(key), { at: [...path, 'fieldPath'] });
  } else if (!expressions.includes(converted.path)) {
    errs.notSupported([...path, 'fieldPath'], converted.path, expressions);
  }
}

/** validateContainerResourceFieldSelector + validateContainerResourceDivisor (volume files must name a container). */
export function checkResourceFieldRef(errs: FieldErrors, path: readonly PathSegment[], ref: Obj, volume: boolean): void {
  const resource = asString(ref.resource);
  if (volume && !asString(ref.containerName)) errs.required([...path, 'containerName']);
  else if (resource === '') errs.required([...path, 'resource']);
  else if (resource !== undefined && !RESOURCE_FIELD_PATHS.includes(resource) && !isHugePagesField(resource)) {
    errs.notSupported([...path, 'resource'], resource, RESOURCE_FIELD_PATHS);
  }
  const divisor = typeof ref.divisor === 'string' || typeof ref.divisor === 'number' ? parseQuantity(ref.divisor) : undefined;
  if (resource === undefined || divisor === undefined || divisor.mantissa === 0n) return;
  const canonical = formatQuantity(divisor);
  let detail: string | undefined;
  if (resource === 'limits.cpu' || resource === 'requests.cpu') {
    if (canonical !== '1m' && canonical !== '1') detail = "only divisor's values 1m and 1 are supported with the cpu resource";
  } else if (resource === 'limits.memory' || resource === 'requests.memory') {
    if (!BYTE_DIVISORS.includes(canonical)) detail = `only divisor's values ${BYTE_DIVISOR_LIST} are supported with the memory resource`;
  } else if (resource === 'limits.ephemeral-storage' || resource === 'requests.ephemeral-storage') {
    if (!BYTE_DIVISORS.includes(canonical)) detail = `only divisor's values ${BYTE_DIVISOR_LIST} are supported with the local ephemeral storage resource`;
  } else if (isHugePagesField(resource) && !BYTE_DIVISORS.includes(canonical)) {
    detail = `only divisor's values ${BYTE_DIVISOR_LIST} are supported with the hugepages resource`;
  }
  if (detail !== undefined) errs.invalid([...path, 'divisor'], resource, detail);
}

function isHugePagesField(resource: string): boolean {
  return resource.startsWith('requests.hugepages-') || resource.startsWith('limits.hugepages-');
}

/** validateConfigMapKeySelector / validateSecretKeySelector: a valid object name (even when left out) and a key. */
export function checkKeySelector(errs: FieldErrors, path: readonly PathSegment[], selector: Obj): void {
  const name = asString(selector.name) ?? '';
  errs.invalidEach([...path, 'name'], name, isDns1123Subdomain(name));
  const key = asString(selector.key);
  if (key === '') errs.required([...path, 'key']);
  else if (key !== undefined) errs.invalidEach([...path, 'key'], key, isConfigMapKey(key));
}
