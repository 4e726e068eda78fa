/**
 * --schema-location: JSON schemas for custom resources, in kubeconform's layout. A location is
 * - a template, e.g. `schemas/{{ .ResourceKind }}{{ .KindSuffix }}.json` or a URL such as
 *   `https://raw.githubusercontent.com/datreeio/CRDs-catalog/main/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json`;
 * - a folder or URL prefix without a template: kubeconform's default layout is appended
 *   (`/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json`);
 * - a path to one `.json` schema: used for the kinds it names (`x-kubernetes-group-version-kind`, an enum on
 *   `kind`, or a file name like `<kind>_<version>.json`), or for every kind without a schema when it names none.
 * `default` (kubeconform's built-in schema set) is accepted and ignored: kubeplan bundles the built-in schema.
 * This async step runs before validation and is the only place that touches the network, and only for URLs
 * the user gave.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import type { Manifest } from '../load/types.js';
import { objectRef } from '../model/object-ref.js';
import { expandLocation, isPlainSchemaFile, schemaFileMatcher } from './location-template.js';
import { convertOpenApiSchema } from './openapi-schema.js';
import { splitApiVersion, type SchemaRegistry } from './schema-registry.js';

export interface SchemaLocationOptions {
  locations: readonly string[];
  /** For `{{ .NormalizedKubernetesVersion }}`; default: the registry's version. */
  kubeVersion?: string;
  /** For `{{ .StrictSuffix }}` (`-strict`); default true. */
  strict?: boolean;
  /** Base for relative paths; default: the process's working directory. */
  cwd?: string;
  /** Injected for tests; default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
}

/** The text at a path or URL; `undefined` when there is nothing there (404, no such file). */
type Loader = (location: string) => Promise<string | undefined>;

/**
 * Finds schemas for the kinds in `manifests` that have none yet (no built-in schema, no CRD in the input) and
 * registers them in `registry`. Returns a diagnostic per location that could not be read or parsed.
 */
export async function resolveSchemaLocations(
  registry: SchemaRegistry,
  manifests: readonly Manifest[],
  options: SchemaLocationOptions,
): Promise<Diagnostic[]> {
  const locations = options.locations.filter((l) => l !== 'default');
  if (locations.length === 0) return [];
  const cwd = options.cwd ?? process.cwd();
  const load = cachedLoader(cwd, options.fetch ?? globalThis.fetch);
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();

  const pending = new Map<string, Manifest>();
  for (const m of manifests) {
    const { apiVersion, kind } = m.object;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string' || apiVersion === '' || kind === '') continue;
    if (registry.lookup(apiVersion, kind) !== undefined || registry.isBuiltinGroup(splitApiVersion(apiVersion).group)) continue;
    if (!pending.has(`${apiVersion} ${kind}`)) pending.set(`${apiVersion} ${kind}`, m);
  }

  for (const manifest of pending.values()) {
    const apiVersion = manifest.object.apiVersion as string;
    const kind = manifest.object.kind as string;
    for (const location of locations) {
      const target = isPlainSchemaFile(location)
        ? location
        : expandLocation(location, { apiVersion, kind, kubeVersion: options.kubeVersion ?? registry.kubeVersion, strict: options.strict ?? true });
      let schema: unknown;
      try {
        const text = await load(target);
        if (text === undefined) continue;
        schema = JSON.parse(text);
      } catch (err) {
        if (!reported.has(target)) {
          reported.add(target);
          diagnostics.push(locationError(manifest, target, err));
        }
        continue;
      }
      if (isPlainSchemaFile(location) && !schemaFileMatcher(schema, target)(apiVersion, kind)) continue;
      const { group, version } = splitApiVersion(apiVersion);
      registry.addCustomKind({
        apiVersion,
        group,
        version,
        kind,
        source: 'schema-location',
        origin: target,
        schema: convertOpenApiSchema(schema, { closeStructural: false, kind }),
      });
      break;
    }
  }
  return diagnostics;
}

function cachedLoader(cwd: string, fetchFn: typeof globalThis.fetch): Loader {
  const cache = new Map<string, Promise<string | undefined>>();
  return (location) => {
    let p = cache.get(location);
    if (p === undefined) {
      p = /^https?:\/\//.test(location) ? fetchText(fetchFn, location) : readText(path.resolve(cwd, location));
      cache.set(location, p);
    }
    return p;
  };
}

async function fetchText(fetchFn: typeof globalThis.fetch, url: string): Promise<string | undefined> {
  const res = await fetchFn(url);
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
  return res.text();
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw err;
  }
}

function locationError(m: Manifest, target: string, err: unknown): Diagnostic {
  const reason = err instanceof Error ? err.message : String(err);
  return {
    rule: 'schema-invalid',
    severity: 'warning',
    message: `cannot read the schema ${target}: ${reason}`,
    file: m.source.file,
    range: m.source.positions.locate(['kind'], 'value'),
    object: objectRef(m.object),
    path: 'kind',
  };
}
