/**
 * Turns a generated model into the JSON Schema ajv compiles. Every value may be `null` (the Kubernetes decoder
 * treats null as absent), every model is closed (`additionalProperties: false`: unknown fields are reported;
 * whether as errors or warnings is the validator's choice), and the API server's closed value sets from
 * enum-fields.ts become `enum`s.
 */
import type { FieldType, ModelDef } from './schema-data.js';
import { K8S_FORMAT_KEYWORD } from './k8s-formats.js';

export type JsonSchema = Record<string, unknown> | boolean;

const PREFIX = /^(?:[A-Z][a-z]+)*?V\d+(?:alpha\d+|beta\d+)?(?=[A-Z])/;

/** `V1PodSpec` → `PodSpec`, `EventsV1EventSeries` → `EventSeries`. */
export function modelDisplayName(model: string): string {
  return model.replace(PREFIX, '');
}

/**
 * The JSON Schema of one model, with `$id` = the model name; references to other models are `$ref`s to their
 * names. `enums` maps `Model.field` to allowed values.
 */
export function modelJsonSchema(name: string, model: ModelDef, enums: ReadonlyMap<string, readonly string[]>): Record<string, unknown> {
  const properties: Record<string, JsonSchema> = {};
  for (const [field, prop] of Object.entries(model.properties)) {
    properties[field] = fieldJsonSchema(prop, enums.get(`${name}.${field}`));
  }
  const schema: Record<string, unknown> = {
    $id: name,
    title: modelDisplayName(name),
    type: ['object', 'null'],
    properties,
    additionalProperties: false,
  };
  if (model.required !== undefined) schema.required = model.required;
  return schema;
}

export function fieldJsonSchema(t: FieldType, enumValues?: readonly string[]): JsonSchema {
  switch (t.type) {
    case 'string': {
      const s: Record<string, unknown> = { type: ['string', 'null'] };
      if (t.format !== undefined) s[K8S_FORMAT_KEYWORD] = t.format;
      if (enumValues !== undefined) s.enum = [...enumValues, null];
      return s;
    }
    case 'integer':
      return { type: ['integer', 'null'], [K8S_FORMAT_KEYWORD]: t.format };
    case 'number':
      return { type: ['number', 'null'] };
    case 'boolean':
      return { type: ['boolean', 'null'] };
    case 'int-or-string':
      return { [K8S_FORMAT_KEYWORD]: 'int-or-string' };
    case 'quantity':
      return { [K8S_FORMAT_KEYWORD]: 'quantity' };
    case 'any':
      return true;
    case 'array':
      return { type: ['array', 'null'], items: fieldJsonSchema(t.items, enumValues) };
    case 'map':
      return { type: ['object', 'null'], additionalProperties: fieldJsonSchema(t.values) };
    case 'object':
      return { $ref: t.ref };
  }
}

/** Names of the models `t` refers to. */
export function fieldRefs(t: FieldType): string[] {
  if (t.type === 'object') return [t.ref];
  if (t.type === 'array') return fieldRefs(t.items);
  if (t.type === 'map') return fieldRefs(t.values);
  return [];
}
