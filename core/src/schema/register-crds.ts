/**
 * Registers the CustomResourceDefinitions found in the input, so the custom resources next to them are
 * validated against their schemas: one custom kind per served version, with scope and plural.
 * apiextensions.k8s.io/v1beta1 CRDs (removed in 1.22, reported by the validator) are read too: their schema
 * still describes the resources.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { Manifest } from '../load/types.js';
import { convertOpenApiSchema } from './openapi-schema.js';
import type { SchemaRegistry } from './schema-registry.js';

const CRD_API_VERSIONS = new Set(['apiextensions.k8s.io/v1', 'apiextensions.k8s.io/v1beta1']);

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** One served version of a CRD and its schema (undefined: the version accepts any content). */
interface CrdVersion {
  name: string;
  schema: unknown;
}

function servedVersions(spec: Obj): CrdVersion[] {
  const global = obj(obj(spec.validation)?.openAPIV3Schema); // v1beta1: one schema for all versions
  const out: CrdVersion[] = [];
  const versions = Array.isArray(spec.versions) ? spec.versions : [];
  for (const v of versions) {
    const version = obj(v);
    const name = str(version?.name);
    if (version === undefined || name === undefined || version.served === false) continue;
    out.push({ name, schema: obj(obj(version.schema)?.openAPIV3Schema) ?? global });
  }
  const single = str(spec.version); // v1beta1 without `versions`
  if (out.length === 0 && single !== undefined) out.push({ name: single, schema: global });
  return out;
}

/**
 * Registers every CRD among `manifests` in `registry` (later definitions of the same kind replace earlier
 * ones). Malformed CRDs are skipped: their own schema validation reports what is wrong with them.
 * `x-kubernetes-validations` (CEL) rules are not evaluated.
 * @returns diagnostics about the CRDs themselves (currently none; kept for future checks).
 */
export function registerCrds(registry: SchemaRegistry, manifests: readonly Manifest[]): Diagnostic[] {
  for (const m of manifests) {
    const { apiVersion, kind } = m.object;
    if (kind !== 'CustomResourceDefinition' || typeof apiVersion !== 'string' || !CRD_API_VERSIONS.has(apiVersion)) continue;
    const spec = obj(m.object.spec);
    const names = obj(spec?.names);
    const group = str(spec?.group);
    const crdKind = str(names?.kind);
    if (spec === undefined || names === undefined || group === undefined || crdKind === undefined) continue;
    const scope = str(spec.scope) ?? 'Namespaced';
    // v1 schemas are structural (the server prunes unknown fields); v1beta1 ones only when pruning is enabled.
    const structural = apiVersion === 'apiextensions.k8s.io/v1' || spec.preserveUnknownFields === false;
    for (const v of servedVersions(spec)) {
      registry.addCustomKind({
        apiVersion: `${group}/${v.name}`,
        group,
        version: v.name,
        kind: crdKind,
        plural: str(names.plural) ?? `${crdKind.toLowerCase()}s`,
        namespaced: scope !== 'Cluster',
        source: 'crd',
        origin: m.source.file,
        schema: convertOpenApiSchema(v.schema ?? { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }, {
          closeStructural: structural,
          kind: crdKind,
        }),
      });
    }
  }
  return [];
}
