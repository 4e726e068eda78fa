import * as jsYamlModule from 'js-yaml';

/*
 * The part of js-yaml 4's API the loader uses, typed here. core depends on js-yaml 4 (nested in
 * core/node_modules), but the workspace hoists js-yaml 5 (from @kubernetes/client-node), and TypeScript picks
 * that package's bundled types over @types/js-yaml: the types would describe the wrong major version.
 */

/** A js-yaml 4 schema (opaque here). */
export interface JsYamlSchema {
  extend(definition: { implicit?: JsYamlType[]; explicit?: JsYamlType[] }): JsYamlSchema;
}

/** A js-yaml 4 type (opaque here). */
export interface JsYamlType {
  readonly tag: string;
}

export interface JsYamlTypeOptions {
  kind: 'scalar' | 'sequence' | 'mapping';
  resolve: (data: unknown) => boolean;
  construct: (data: string) => unknown;
}

interface JsYaml4 {
  load(text: string, opts: { schema: JsYamlSchema }): unknown;
  FAILSAFE_SCHEMA: JsYamlSchema;
  Type: new (tag: string, opts: JsYamlTypeOptions) => JsYamlType;
  types: { merge: JsYamlType };
}

/** js-yaml 4, as imported at run time. */
export const jsYaml = jsYamlModule as unknown as JsYaml4;
