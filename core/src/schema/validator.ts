import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import { UsageError } from '../errors.js';
import type { Manifest } from '../load/types.js';
import { objectRef } from '../model/object-ref.js';
import { deprecatedApi, invalidSchema, missingSchema, removedApi, unknownApi, unvalidatedApi, type ApiContext } from './api-checks.js';
import { DeprecationTable } from './deprecations.js';
import { formatKubeVersion, parseKubeVersion } from './kube-version.js';
import { diagnosticsFromErrors } from './schema-errors.js';
import type { SchemaRegistry } from './schema-registry.js';

export interface ValidatorOptions {
  /** Unknown fields are errors (the default); with `false` they are warnings. */
  strict?: boolean;
  /** Target Kubernetes version for deprecations and removals, e.g. `1.30`; default: the schema's. */
  kubeVersion?: string;
  /** Say nothing about kinds that have no schema (custom resources without their CRD). */
  ignoreMissingSchemas?: boolean;
}

export interface Validator {
  /** The target Kubernetes version, e.g. `1.36`. */
  readonly kubeVersion: string;
  /** Schema diagnostics of one object (none when it is valid), in source order. Never throws on bad input. */
  validate(manifest: Manifest): Diagnostic[];
}

/**
 * Validates objects against the Kubernetes API schema (and the CRDs and --schema-location schemas registered
 * in `registry`): unknown fields, types, required fields, enums, formats, and apiVersion/kind checks against
 * the target version. Validators are compiled per kind on first use and cached in the registry.
 *
 * @throws UsageError when `kubeVersion` is malformed.
 */
export function createValidator(registry: SchemaRegistry, options: ValidatorOptions = {}): Validator {
  const versionText = options.kubeVersion ?? registry.kubeVersion;
  const version = parseKubeVersion(versionText);
  if (version === undefined) throw new UsageError(`invalid Kubernetes version ${JSON.stringify(versionText)}: expected MAJOR.MINOR, e.g. 1.30`);
  const kubeVersion = formatKubeVersion(version);
  const table = new DeprecationTable(version);
  const strict = options.strict ?? true;
  const ignoreMissing = options.ignoreMissingSchemas ?? false;
  // A newer target may serve kinds the built-in schema does not know yet: no "unknown kind" errors then.
  const schema = parseKubeVersion(registry.kubeVersion);
  const newerThanSchema =
    schema !== undefined && (version.major > schema.major || (version.major === schema.major && version.minor > schema.minor));

  function validate(manifest: Manifest): Diagnostic[] {
    const { apiVersion, kind } = manifest.object;
    // Objects without apiVersion/kind are reported by the loader; Lists are flattened by it.
    if (typeof apiVersion !== 'string' || typeof kind !== 'string' || apiVersion === '' || kind === '') return [];
    if (apiVersion === 'v1' && kind === 'List') return [];

    const info = registry.lookup(apiVersion, kind);
    const status = table.status(apiVersion, kind);
    if (info !== undefined && status === undefined) {
      // The hot path: a known kind, not deprecated. Positions and messages only on failure.
      const fn = registry.validatorFor(info);
      if (!(fn instanceof Error) && fn(manifest.object)) return [];
    }

    const ctx: ApiContext = { manifest, object: objectRef(manifest.object), apiVersion, kind };
    const out: Diagnostic[] = [];
    if (status?.status === 'removed') return [removedApi(ctx, status.entry, registry)];
    if (status?.status === 'deprecated') out.push(deprecatedApi(ctx, status.entry, info !== undefined));
    if (info === undefined) {
      if (status?.status === 'served') out.push(unvalidatedApi(ctx, kubeVersion));
      if (status !== undefined) return out;
      const unknown = newerThanSchema ? undefined : unknownApi(ctx, registry);
      if (unknown !== undefined) return [unknown];
      if (!ignoreMissing) out.push(missingSchema(ctx));
      return out;
    }
    const fn = registry.validatorFor(info);
    if (fn instanceof Error) {
      out.push(invalidSchema(ctx, info.origin, fn));
      return out;
    }
    if (fn(manifest.object)) return out;
    out.push(...diagnosticsFromErrors(fn.errors ?? [], { manifest, object: ctx.object, strict, models: registry }));
    return out.sort(compareDiagnostics);
  }

  return { kubeVersion, validate };
}
