/**
 * Field lookups for hovers and completion: walks a kind's schema along a JSON path and reports the field's
 * type (in `kubectl explain` spelling), whether it is required, its documentation and allowed values.
 */
import { formatPath, parsePath, type PathSegment } from '../load/json-path.js';
import { ENUM_INDEX } from './enum-fields.js';
import { K8S_FORMAT_KEYWORD } from './k8s-formats.js';
import { modelDisplayName, type JsonSchema } from './model-schema.js';
import type { FieldType, ModelDef } from './schema-data.js';
import type { KindInfo } from './schema-registry.js';

export interface FieldInfo {
  /** The path looked up, e.g. `spec.template.spec.containers[0].image`. */
  path: string;
  /** `string`, `integer`, `boolean`, `[]Container`, `map[string]string`, `Quantity`, `IntOrString`, `Time`, `PodSpec`... */
  type: string;
  /** Whether the parent object requires this field. */
  required: boolean;
  description?: string;
  /** For fields of a built-in object type: the model name, e.g. `V1PodSpec`. */
  model?: string;
  /** Allowed values, when the API server enforces a closed set. */
  enum?: readonly string[];
  /** Field names of an object-typed field, sorted (for completion). */
  fields?: string[];
}

interface ModelSource {
  model(name: string): ModelDef | undefined;
}

type Cursor =
  | { kind: 'model'; t: FieldType; required: boolean; description?: string; enum?: readonly string[] }
  | { kind: 'json'; node: JsonSchema; required: boolean };

export function fieldInfoIn(
  models: ModelSource,
  info: KindInfo,
  customSchema: JsonSchema | undefined,
  path: string | readonly PathSegment[],
): FieldInfo | undefined {
  const segs = typeof path === 'string' ? parsePath(path) : path;
  let cur: Cursor | undefined =
    info.model !== undefined
      ? { kind: 'model', t: { type: 'object', ref: info.model }, required: false, description: models.model(info.model)?.description }
      : customSchema !== undefined
        ? { kind: 'json', node: customSchema, required: false }
        : undefined;
  for (const seg of segs) {
    if (cur === undefined) return undefined;
    cur = cur.kind === 'model' ? stepModel(models, cur.t, seg) : stepJson(models, cur.node, seg);
  }
  if (cur === undefined) return undefined;
  const out: FieldInfo = { path: formatPath(segs), type: '', required: cur.required };
  if (cur.kind === 'model') {
    out.type = displayType(cur.t);
    if (cur.description) out.description = cur.description;
    if (cur.enum) out.enum = cur.enum;
    if (cur.t.type === 'object') {
      out.model = cur.t.ref;
      out.fields = Object.keys(models.model(cur.t.ref)?.properties ?? {}).sort();
    }
  } else if (typeof cur.node === 'object') {
    const node = cur.node;
    out.type = displayJsonType(node);
    if (typeof node.description === 'string') out.description = node.description;
    if (Array.isArray(node.enum)) out.enum = node.enum.filter((v): v is string => typeof v === 'string');
    if (isRecord(node.properties)) out.fields = Object.keys(node.properties).sort();
  } else {
    out.type = 'Object';
  }
  return out;
}

function stepModel(models: ModelSource, t: FieldType, seg: PathSegment): Cursor | undefined {
  if (t.type === 'array') return typeof seg === 'number' ? { kind: 'model', t: t.items, required: false } : undefined;
  if (t.type === 'map') return typeof seg === 'string' ? { kind: 'model', t: t.values, required: false } : undefined;
  if (t.type === 'any') return { kind: 'model', t, required: false };
  if (t.type !== 'object' || typeof seg !== 'string') return undefined;
  const model = models.model(t.ref);
  const prop = model?.properties[seg];
  if (model === undefined || prop === undefined) return undefined;
  const description = prop.description ?? (prop.type === 'object' ? models.model(prop.ref)?.description : undefined);
  const cur: Cursor = { kind: 'model', t: prop, required: model.required?.includes(seg) ?? false };
  if (description) cur.description = description;
  const allowed = ENUM_INDEX.get(`${t.ref}.${seg}`);
  if (allowed) cur.enum = allowed;
  return cur;
}

function stepJson(models: ModelSource, node: JsonSchema, seg: PathSegment): Cursor | undefined {
  if (typeof node === 'boolean') return node ? { kind: 'json', node: true, required: false } : undefined;
  if (typeof node.$ref === 'string' && models.model(node.$ref) !== undefined) {
    // A built-in model inside a custom schema (metadata → V1ObjectMeta).
    return stepModel(models, { type: 'object', ref: node.$ref }, seg);
  }
  if (typeof seg === 'number') return node.items !== undefined ? { kind: 'json', node: node.items as JsonSchema, required: false } : undefined;
  if (isRecord(node.properties) && node.properties[seg] !== undefined) {
    const required = Array.isArray(node.required) && node.required.includes(seg);
    return { kind: 'json', node: node.properties[seg] as JsonSchema, required };
  }
  if (node.additionalProperties !== undefined && node.additionalProperties !== false) {
    return { kind: 'json', node: node.additionalProperties as JsonSchema, required: false };
  }
  return undefined;
}

function displayType(t: FieldType): string {
  switch (t.type) {
    case 'string':
      return t.format === 'date-time' ? 'Time' : t.format === 'byte' ? 'string (base64)' : 'string';
    case 'int-or-string':
      return 'IntOrString';
    case 'quantity':
      return 'Quantity';
    case 'any':
      return 'Object';
    case 'array':
      return `[]${displayType(t.items)}`;
    case 'map':
      return `map[string]${displayType(t.values)}`;
    case 'object':
      return modelDisplayName(t.ref);
    default:
      return t.type;
  }
}

function displayJsonType(node: Record<string, unknown>): string {
  if (node[K8S_FORMAT_KEYWORD] === 'int-or-string') return 'IntOrString';
  if (typeof node.$ref === 'string') return modelDisplayName(node.$ref.replace(/^.*\//, ''));
  const types = (Array.isArray(node.type) ? node.type : [node.type]).filter((t) => typeof t === 'string' && t !== 'null');
  const type = types[0] as string | undefined;
  if (type === 'array') return `[]${isRecord(node.items) ? displayJsonType(node.items) : 'Object'}`;
  if (type === 'object' && isRecord(node.additionalProperties)) return `map[string]${displayJsonType(node.additionalProperties)}`;
  if (type === 'object' || type === undefined) return 'Object';
  return type;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
