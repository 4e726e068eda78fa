/**
 * Messages for value checks other than type, enum, required and unknown fields: Kubernetes formats
 * (quantity, int-or-string, int32/int64, base64, date-time) and the JSON Schema constraints CRDs use.
 */
import type { ErrorObject } from 'ajv';
import type { PathSegment } from '../load/json-path.js';
import type { Manifest } from '../load/types.js';
import { describeActual, describeExpected, quote } from './describe-value.js';
import { quantityHint, type K8sFormat } from './k8s-formats.js';
import type { SchemaRuleId } from './schema-rules.js';

export interface FormatMessage {
  rule: SchemaRuleId;
  text: string;
}

export function formatMessage(e: ErrorObject, segs: readonly PathSegment[], ctx: { manifest: Manifest }): FormatMessage {
  const p = e.params as Record<string, unknown>;
  const data: unknown = e.data;
  switch (e.keyword) {
    case 'k8sFormat':
      return k8sFormatMessage(e.schema as K8sFormat, data, segs, ctx.manifest);
    case 'pattern':
      return fmt(`${quote(String(data))} does not match the pattern ${JSON.stringify(p.pattern)}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return fmt(`must be ${String(p.comparison)} ${String(p.limit)}, got ${String(data)}`);
    case 'minLength':
      return fmt(`must be at least ${String(p.limit)} characters long`);
    case 'maxLength':
      return fmt(`must be at most ${String(p.limit)} characters long`);
    case 'minItems':
      return fmt(`must have at least ${String(p.limit)} items`);
    case 'maxItems':
      return fmt(`must have at most ${String(p.limit)} items`);
    case 'minProperties':
      return fmt(`must have at least ${String(p.limit)} fields`);
    case 'maxProperties':
      return fmt(`must have at most ${String(p.limit)} fields`);
    case 'uniqueItems':
      return fmt(`items ${String(p.j)} and ${String(p.i)} are equal; the list must not repeat items`);
    case 'multipleOf':
      return fmt(`must be a multiple of ${String(p.multipleOf)}`);
    case 'const':
      return fmt(`must be ${JSON.stringify(p.allowedValue)}`);
    case 'anyOf':
      return fmt('does not match any of the allowed forms');
    case 'oneOf':
      return fmt(p.passingSchemas == null ? 'does not match any of the allowed forms' : 'matches more than one of the allowed forms (set only one)');
    case 'not':
      return fmt('matches a form that is not allowed');
    default:
      return fmt(e.message ?? `fails the ${e.keyword} check`);
  }
}

function fmt(text: string): FormatMessage {
  return { rule: 'schema-format', text };
}

function k8sFormatMessage(format: K8sFormat, data: unknown, segs: readonly PathSegment[], manifest: Manifest): FormatMessage {
  switch (format) {
    case 'quantity': {
      if (typeof data !== 'string' && typeof data !== 'number') {
        return { rule: 'schema-type', text: `expected ${describeExpected({ k8sFormat: 'quantity' })}, got ${describeActual(data)}` };
      }
      const hint = typeof data === 'string' ? quantityHint(data) : undefined;
      return fmt(
        `invalid quantity ${quote(String(data))}: ` +
          (hint ?? 'use a number with an optional suffix (m, k, M, G, T, Ki, Mi, Gi, Ti...) or exponent, e.g. 500m, 1.5, 128Mi, 1e3'),
      );
    }
    case 'int-or-string':
      if (typeof data === 'number') {
        return fmt(Number.isInteger(data) ? outOfRange(data, 'int32') : `expected an integer or a string, got number ${data}`);
      }
      return { rule: 'schema-type', text: `expected an integer or a string, got ${describeActual(data)}` };
    case 'int32':
    case 'int64':
      return fmt(outOfRange(Number(data), format));
    case 'byte': {
      const secretData = manifest.object.kind === 'Secret' && segs[0] === 'data';
      return fmt(`invalid base64 value${secretData ? '; Secret data must be base64-encoded (put plain text under stringData)' : ''}`);
    }
    case 'date-time':
      return fmt(`invalid date-time ${quote(String(data))}: use RFC 3339, e.g. "2024-01-02T15:04:05Z"`);
    case 'date':
      return fmt(`invalid date ${quote(String(data))}: use YYYY-MM-DD`);
  }
}

/** Written out: int64's bounds are not exact as JavaScript numbers. */
const RANGE_TEXT = { int32: '-2147483648 to 2147483647', int64: '-9223372036854775808 to 9223372036854775807' } as const;

function outOfRange(n: number, format: 'int32' | 'int64'): string {
  return `${n} is out of range for ${format} (${RANGE_TEXT[format]})`;
}
