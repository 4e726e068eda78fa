/**
 * The Kubernetes API schema: the built-in schema generated from @kubernetes/client-node, CRDs from the input,
 * --schema-location schemas, and the validator that checks objects against them.
 */
export { SchemaRegistry, splitApiVersion } from './schema-registry.js';
export type { CustomKind, KindInfo, KindRef, KindSource } from './schema-registry.js';
export type { FieldInfo } from './field-info.js';
export { createValidator } from './validator.js';
export type { Validator, ValidatorOptions } from './validator.js';
export { registerCrds } from './register-crds.js';
export { resolveSchemaLocations } from './schema-locations.js';
export type { SchemaLocationOptions } from './schema-locations.js';
export { SCHEMA_RULES } from './schema-rules.js';
export type { SchemaRuleId } from './schema-rules.js';
export { API_DEPRECATIONS, DeprecationTable } from './deprecations.js';
export type { ApiDeprecation, ApiStatus } from './deprecations.js';
export { ENUM_FIELDS } from './enum-fields.js';
export type { EnumField } from './enum-fields.js';
export { isQuantity } from './k8s-formats.js';
export { parseKubeVersion, formatKubeVersion } from './kube-version.js';
export type { KubeVersion } from './kube-version.js';
export { schemaFileCandidates } from './schema-file.js';
export type { FieldType, KindDef, ModelDef, PropertyDef, SchemaData } from './schema-data.js';
