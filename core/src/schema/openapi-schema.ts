/**
 * Converts a CRD's `openAPIV3Schema` (or a kubeconform-style JSON schema from --schema-location) into the JSON
 * Schema ajv compiles, with the API server's semantics:
 * - `x-kubernetes-int-or-string` → an int32 or a string; `x-kubernetes-preserve-unknown-fields` keeps unknown
 *   fields; `x-kubernetes-embedded-resource` gets apiVersion/kind/metadata (ObjectMeta);
 * - `null` is accepted everywhere (non-nullable nulls are pruned by the server before validation);
 * - only the formats the server checks and kubeplan knows (date-time, byte, int32, int64, date) are checked;
 *   others (duration, uri, ...) are ignored, as kubeconform does;
 * - with `closeStructural`, objects that declare `properties` and neither `additionalProperties` nor
 *   preserve-unknown-fields reject unknown fields (the server prunes them; strict field validation rejects
 *   them). Objects with no declared properties stay open: unknown fields are only flagged where the schema says
 *   what is known.
 * - `x-kubernetes-validations` (CEL) rules are not evaluated (not supported yet).
 */
import { K8S_FORMAT_KEYWORD, toK8sFormat } from './k8s-formats.js';
import type { JsonSchema } from './model-schema.js';

export interface ConvertOptions {
  /** Reject unknown fields in objects that declare their properties (CRD structural schemas). */
  closeStructural: boolean;
  /** Shown as the root object's name in messages, e.g. `TrainingJob`. */
  kind: string;
}

/** Keywords copied as they are (after converting their subschemas). */
const PLAIN = [
  'description', 'enum', 'const', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems',
  'uniqueItems', 'multipleOf', 'minProperties', 'maxProperties', 'required', 'title', '$ref',
] as const;
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs'] as const;
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;

export function convertOpenApiSchema(root: unknown, options: ConvertOptions): JsonSchema {
  const out = convert(root, options);
  if (typeof out === 'boolean') return out;
  out.title = options.kind;
  out.type ??= ['object', 'null'];
  const props = (out.properties ??= {}) as Record<string, JsonSchema>;
  props.apiVersion ??= { type: ['string', 'null'] };
  props.kind ??= { type: ['string', 'null'] };
  props.metadata = { $ref: 'V1ObjectMeta' };
  return out;
}

function preservesUnknown(node: unknown): boolean {
  return isObject(node) && node['x-kubernetes-preserve-unknown-fields'] === true;
}

function convert(node: unknown, options: ConvertOptions): JsonSchema {
  if (typeof node === 'boolean') return node;
  if (!isObject(node)) return true;
  const out: Record<string, unknown> = {};
  for (const k of PLAIN) if (node[k] !== undefined) out[k] = node[k];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
  if (typeof out.$ref === 'string' && !out.$ref.startsWith('#')) delete out.$ref; // other files are not fetched

  for (const k of SCHEMA_MAPS) {
    const m = node[k];
    if (!isObject(m)) continue;
    const converted: Record<string, JsonSchema> = {};
    for (const [name, sub] of Object.entries(m)) converted[name] = convert(sub, options);
    out[k] = converted;
  }
  // Value-validation branches only constrain: closing them would reject fields the skeleton declares.
  const open = { ...options, closeStructural: false };
  for (const k of SCHEMA_LISTS) {
    const list = node[k];
    if (Array.isArray(list)) out[k] = list.map((s) => withDefaults(convert(s, open), node.properties));
  }
  if (node.not !== undefined) out.not = convert(node.not, open);
  if (Array.isArray(node.items)) out.items = node.items.map((s) => convert(s, options));
  else if (node.items !== undefined) out.items = convert(node.items, options);
  if (node.additionalProperties !== undefined) out.additionalProperties = convert(node.additionalProperties, options);

  // OpenAPI 3.0 / draft-04 boolean exclusive bounds → draft-07 numbers.
  for (const [ex, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    const v = node[ex];
    if (typeof v === 'number') out[ex] = v;
    else if (v === true && typeof node[bound] === 'number') {
      out[ex] = node[bound];
      delete out[bound];
    }
  }

  const type = node.type;
  if (typeof type === 'string') out.type = [type, 'null'];
  else if (Array.isArray(type)) out.type = type.includes('null') ? type : [...type, 'null'];
  const format = toK8sFormat(node.format);
  if (format !== undefined) out[K8S_FORMAT_KEYWORD] = format;

  if (node['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    delete out.anyOf;
    delete out.oneOf;
    out[K8S_FORMAT_KEYWORD] = 'int-or-string';
  }
  if (node['x-kubernetes-embedded-resource'] === true) {
    const props = (out.properties ??= {}) as Record<string, JsonSchema>;
    props.apiVersion ??= { type: ['string', 'null'] };
    props.kind ??= { type: ['string', 'null'] };
    props.metadata = { $ref: 'V1ObjectMeta' };
  }
  if (
    options.closeStructural &&
    out.properties !== undefined &&
    out.additionalProperties === undefined &&
    out.patternProperties === undefined &&
    !preservesUnknown(node)
  ) {
    out.additionalProperties = false;
  }
  return out;
}

/**
 * The server applies defaults before it validates, so a branch like `properties: {type: {not: {enum: [IPAddress]}}}`
 * must fail when `type` is absent and defaults to `IPAddress`: such a branch gets `type` as required. Only the
 * simple cases (enum, const, not) are evaluated; anything else is left as it is.
 */
function withDefaults(branch: JsonSchema, skeleton: unknown): JsonSchema {
  if (typeof branch === 'boolean' || !isObject(branch.properties) || !isObject(skeleton)) return branch;
  const required = new Set(Array.isArray(branch.required) ? (branch.required as string[]) : []);
  for (const [field, constraint] of Object.entries(branch.properties)) {
    const declared = skeleton[field];
    if (!isObject(declared) || declared.default === undefined || required.has(field)) continue;
    if (satisfies(constraint, declared.default) === false) required.add(field);
  }
  return required.size > 0 ? { ...branch, required: [...required] } : branch;
}

/** Whether `value` passes `schema`, for enum/const/not only; `undefined` when that cannot be told simply. */
function satisfies(schema: unknown, value: unknown): boolean | undefined {
  if (!isObject(schema)) return undefined;
  const keys = Object.keys(schema).filter((k) => k !== 'description');
  if (keys.length !== 1) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum.some((v) => v === value);
  if ('const' in schema) return schema.const === value;
  if ('not' in schema) {
    const inner = satisfies(schema.not, value);
    return inner === undefined ? undefined : !inner;
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
