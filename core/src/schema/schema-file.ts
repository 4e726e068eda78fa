/**
 * Finds and reads the generated Kubernetes schema (`k8s-schema.json`). The build copies it next to the bundle
 * (`dist/k8s-schema.json`); when running from sources it is `core/generated/k8s-schema.json`, written by
 * `npm run gen`. This is the schema layer's only file read besides --schema-location.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InternalError } from '../errors.js';
import type { SchemaData } from './schema-data.js';

// dist/ bundle; src/schema/ module; .build/ bundles of scripts and benchmarks
const CANDIDATES = ['./k8s-schema.json', '../../generated/k8s-schema.json', '../generated/k8s-schema.json'];

/** Where the schema is looked for, in order. */
export function schemaFileCandidates(): string[] {
  return CANDIDATES.map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
}

/** Reads the generated schema from `file`, or from the first candidate that exists. */
export function readSchemaFile(file?: string): SchemaData {
  const paths = file !== undefined ? [file] : schemaFileCandidates();
  const found = paths.find((p) => existsSync(p));
  if (found === undefined) {
    throw new InternalError(`the Kubernetes schema is missing (looked for ${paths.join(', ')}); run \`npm run build\``);
  }
  const data = JSON.parse(readFileSync(found, 'utf8')) as SchemaData;
  if (typeof data.kubeVersion !== 'string' || !Array.isArray(data.kinds) || typeof data.models !== 'object') {
    throw new InternalError(`${found} is not a kubeplan Kubernetes schema; run \`npm run build\``);
  }
  return data;
}
