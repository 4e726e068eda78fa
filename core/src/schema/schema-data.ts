/**
 * The shape of `generated/k8s-schema.json`, written by `scripts/gen-schema.ts` from @kubernetes/client-node and
 * read by {@link SchemaRegistry}. Compact on purpose: one entry per model, properties typed by a small closed
 * vocabulary, so the validator can turn a model into a JSON Schema in one pass.
 */

/** The type of one field. `object` points at another model; `map` is a JSON object with free keys. */
export type FieldType =
  | { type: 'string'; format?: StringFormat }
  | { type: 'integer'; format: 'int32' | 'int64' }
  | { type: 'number'; format?: 'double' }
  | { type: 'boolean' }
  /** IntOrString: an int32 or a string (e.g. `targetPort: 8080` or `targetPort: http`). */
  | { type: 'int-or-string' }
  /** resource.Quantity: `500m`, `1Gi`, `1e3`, or a plain number. */
  | { type: 'quantity' }
  /** Free-form JSON (RawExtension, JSON): anything goes. */
  | { type: 'any' }
  | { type: 'array'; items: FieldType }
  | { type: 'map'; values: FieldType }
  | { type: 'object'; ref: string };

/** `byte`: base64 ([]byte in Go); `date-time`: RFC 3339 (metav1.Time and metav1.MicroTime). */
export type StringFormat = 'byte' | 'date-time';

export type PropertyDef = FieldType & { description?: string };

export interface ModelDef {
  description?: string;
  properties: Record<string, PropertyDef>;
  /** JSON names of the required properties, sorted. Absent when none. */
  required?: string[];
}

/** A built-in kind that can be written in a manifest (it has a create endpoint on a collection). */
export interface KindDef {
  /** API group, `''` for the core group. */
  group: string;
  version: string;
  kind: string;
  /** Resource name in URLs, e.g. `deployments`. */
  plural: string;
  namespaced: boolean;
  /** Key in {@link SchemaData.models}. */
  model: string;
  /** The `<Kind>List` model, when the client has one. */
  listModel?: string;
}

/** A create endpoint on a subresource (`pods/{name}/eviction`): its body model is not a kind of its own. */
export interface SubresourceDef {
  method: string;
  path: string;
  model: string;
}

export interface SchemaData {
  /** Kubernetes minor version of the OpenAPI spec, e.g. `1.36`. */
  kubeVersion: string;
  /** Package the data was generated from, e.g. `@kubernetes/client-node@2.0.1`. */
  source: string;
  /** Sorted by group, version, kind. */
  kinds: KindDef[];
  subresources: SubresourceDef[];
  models: Record<string, ModelDef>;
}
