/**
 * Value formats the Kubernetes decoder and API server enforce, as one ajv keyword (`k8sFormat`). Each check
 * accepts `null` (the decoder treats it as absent) and values of other JSON types (the `type` keyword reports
 * those), except `quantity` and `int-or-string`, whose schemas carry no `type` and are checked here alone.
 */
import type { Ajv } from 'ajv';

export type K8sFormat = 'quantity' | 'int-or-string' | 'int32' | 'int64' | 'byte' | 'date-time' | 'date';

export const K8S_FORMAT_KEYWORD = 'k8sFormat';

/**
 * resource.ParseQuantity (k8s.io/apimachinery/pkg/api/resource/quantity.go): an optional sign, digits with an
 * optional decimal point, then a binary suffix (Ki…Ei), a decimal suffix (n u m k M G T P E) or an exponent
 * (e3, E-2). Mirrors parseQuantityString + the suffixer, including its leniencies (`1.`, `.5`).
 */
const QUANTITY = /^[+-]?[0-9]*(?:\.[0-9]*)?(?:[numkMGTPE]|[KMGTPE]i|[eE][+-]?[0-9]+)?$/;

export function isQuantity(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.length > 0 && QUANTITY.test(value);
}

/** A hint for common mistakes: `1GB` → `1Gi`/`1G`, `512mb` → `512Mi`/`512M`, `5 Mi` → `5Mi`. */
export function quantityHint(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (compact !== value && isQuantity(compact)) return `remove the spaces: "${compact}"`;
  const m = /^([+-]?[0-9.]+)\s*([kKmMgGtTpPeE])[bB]$/.exec(value.trim());
  if (m) {
    const unit = m[2]!.toUpperCase() === 'K' ? 'k' : m[2]!.toUpperCase();
    const bin = m[2]!.toUpperCase() === 'K' ? 'Ki' : `${m[2]!.toUpperCase()}i`;
    return `did you mean "${m[1]}${bin}" (powers of 1024) or "${m[1]}${unit}" (powers of 1000)?`;
  }
  return undefined;
}

const INT32 = { min: -2147483648, max: 2147483647 };
/** ±2^63 as a double: JavaScript numbers cannot hold int64 exactly; the bounds are for gross overflow. */
const INT64 = { min: -9223372036854775808, max: 9223372036854775807 };

export function intRange(format: 'int32' | 'int64'): { min: number; max: number } {
  return format === 'int32' ? INT32 : INT64;
}

/** Go's base64.StdEncoding as used by encoding/json for []byte: padded, newlines ignored. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function isBase64(value: string): boolean {
  return BASE64.test(value.replace(/[\r\n]/g, ''));
}

/** RFC 3339 date-time, as metav1.Time and metav1.MicroTime unmarshal it. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` satisfies `format`; values of other types pass (see the module comment). */
export function checkK8sFormat(format: K8sFormat, value: unknown): boolean {
  if (value === null) return true;
  switch (format) {
    case 'quantity':
      return isQuantity(value);
    case 'int-or-string':
      return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value) && inRange(value, INT32));
    case 'int32':
    case 'int64':
      return typeof value !== 'number' || inRange(value, intRange(format));
    case 'byte':
      return typeof value !== 'string' || isBase64(value);
    case 'date-time':
      return typeof value !== 'string' || DATE_TIME.test(value);
    case 'date':
      return typeof value !== 'string' || DATE.test(value);
  }
}

function inRange(n: number, r: { min: number; max: number }): boolean {
  return n >= r.min && n <= r.max;
}

/** The JSON-Schema / OpenAPI formats kubeplan checks; any other format (duration, uri, email...) is ignored. */
export function toK8sFormat(openApiFormat: unknown): K8sFormat | undefined {
  switch (openApiFormat) {
    case 'int32':
    case 'int64':
    case 'byte':
    case 'date-time':
    case 'date':
      return openApiFormat;
    case 'datetime':
      return 'date-time';
    default:
      return undefined;
  }
}

export function addK8sFormatKeyword(ajv: Ajv): void {
  ajv.addKeyword({
    keyword: K8S_FORMAT_KEYWORD,
    schemaType: 'string',
    errors: false,
    validate: (format: K8sFormat, data: unknown) => checkK8sFormat(format, data),
  });
}
