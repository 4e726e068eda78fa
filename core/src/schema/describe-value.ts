/**
 * Words for type errors: what a schema expects (`a map of string to string`, `a list of Container objects`)
 * and what a value is (`a list`, `string "asd"`), and the YAML-quoting hint for scalars the YAML reader typed
 * differently from what the author meant.
 */
import { K8S_FORMAT_KEYWORD } from './k8s-formats.js';

type Schema = Record<string, unknown>;

function types(schema: Schema): string[] {
  const t = schema.type;
  return (Array.isArray(t) ? t : t === undefined ? [] : [t]).filter((x): x is string => typeof x === 'string' && x !== 'null');
}

function isSchema(v: unknown): v is Schema {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `string`, `integer`, `a map of string to string`, `an object (PodSpec)`, `a list of strings`... */
export function describeExpected(schema: Schema): string {
  const format = schema[K8S_FORMAT_KEYWORD];
  if (format === 'int-or-string') return 'an integer or a string';
  if (format === 'quantity') return 'a quantity (a string such as "500m" or "1Gi", or a number)';
  const ts = types(schema);
  if (ts.length !== 1) return ts.join(' or ') || 'a value';
  switch (ts[0]) {
    case 'object': {
      if (typeof schema.title === 'string') return `an object (${schema.title})`;
      const values = schema.additionalProperties;
      return isSchema(values) ? `a map of string to ${noun(values, false)}` : 'an object';
    }
    case 'array':
      return isSchema(schema.items) ? `a list of ${noun(schema.items, true)}` : 'a list';
    default:
      return ts[0]!;
  }
}

/** The kind of value a nested schema describes, as a noun: `string`/`strings`, `Container objects`... */
function noun(schema: Schema, plural: boolean): string {
  const s = plural ? 's' : '';
  if (typeof schema.$ref === 'string') return plural ? `${refTitle(schema.$ref)} objects` : refTitle(schema.$ref);
  const format = schema[K8S_FORMAT_KEYWORD];
  if (format === 'quantity') return plural ? 'quantities' : 'quantity';
  if (format === 'int-or-string') return `integer${s} or string${s}`;
  const ts = types(schema);
  if (ts.length !== 1) return plural ? 'values' : 'value';
  if (ts[0] === 'object') return isSchema(schema.additionalProperties) ? `map${s}` : `object${s}`;
  if (ts[0] === 'array') return `list${s}`;
  return `${ts[0]}${s}`;
}

/** `V1Container` → `Container` (the same spelling as model titles). */
function refTitle(ref: string): string {
  return ref.replace(/^(?:[A-Z][a-z]+)*?V\d+(?:alpha\d+|beta\d+)?(?=[A-Z])/, '');
}

const MAX_SHOWN = 60;

/** JSON text of a string, shortened in the middle when long. */
export function quote(s: string): string {
  const shown = s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 10)}…${s.slice(-8)}` : s;
  return JSON.stringify(shown);
}

/** `null`, `a list`, `a map`, `string "asd"`, `number 1.5`, `boolean true`. */
export function describeActual(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `string ${quote(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** YAML 1.1 booleans other than true/false, which YAML 1.2 readers keep as strings but Kubernetes does not. */
const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/**
 * For a boolean or number in a field that expects a string: why the YAML reader typed it so, and the quoted
 * text to write instead. `source` is the scalar as written (`yes`, `1.10`), when known.
 */
export function quotingHint(value: unknown, source: string | undefined): { hint: string; quoted?: string } | undefined {
  if (typeof value !== 'boolean' && typeof value !== 'number') return undefined;
  if (source === undefined || /^["']/.test(source)) return { hint: `${describeActual(value)}; quote it to make it a string` };
  const quoted = JSON.stringify(source);
  if (typeof value === 'boolean') {
    return YAML11_BOOL.test(source)
      ? { hint: `boolean: ${quoted} is read as a YAML 1.1 boolean; quote it: ${quoted}`, quoted }
      : { hint: `boolean ${source}; quote it: ${quoted}`, quoted };
  }
  const read = String(value);
  return read === source
    ? { hint: `number ${source}; quote it: ${quoted}`, quoted }
    : { hint: `number: ${source} is read as the number ${read}; quote it: ${quoted}`, quoted };
}
