/**
 * Manifests as the simulation receives them: linted as `kubeplan lint` would (same rules and settings), split
 * into the objects the API server would accept and those it would refuse (an error it raises too: schema,
 * loader, API validation, a duplicate), namespaces filled for namespaced kinds. Used for the new manifests and,
 * silently, for the base: a base object the API server refuses was never in the cluster.
 */
import { objectKey } from '../cluster/cluster-state.js';
import { SEVERITY_RANK, type Diagnostic } from '../diagnostic.js';
import { lintLoaded, type LintOptions } from '../lint/lint-loaded.js';
import { loadInputs, type InputText } from '../load/load-paths.js';
import type { LoadPathsOptions, LoadResult, Manifest } from '../load/types.js';
import { asObject, asString, getIn, type Obj } from '../model/fields.js';
import { ALL_RULES, type RuleSettings } from '../rules/index.js';
import type { SchemaRegistry } from '../schema/index.js';
import type { DeclaredObject, RejectedObject } from './engine.js';

/** The lint settings a plan shares with `kubeplan lint`. */
export interface LintSettings {
  kubeVersion?: string;
  /** Namespace for namespaced objects that do not name one (default `default`). */
  namespace?: string;
  rules?: RuleSettings;
  strict?: boolean;
  /** As for lint: `--schema-location`, `--skip` kinds, `ignore.paths` globs, `ignore.objects`. */
  schemaLocations?: readonly string[];
  skipKinds?: readonly string[];
  exclude?: LoadPathsOptions['exclude'];
  ignoreObjects?: LintOptions['ignoreObjects'];
  cwd?: string;
  readStdin?: LoadPathsOptions['readStdin'];
}

export interface DeclaredInputs {
  readonly objects: DeclaredObject[];
  readonly refused: RejectedObject[];
  /** `Kind/namespace/name` of every object, accepted or refused. */
  readonly keys: string[];
  readonly diagnostics: Diagnostic[];
  readonly kubeVersion: string;
}

/** Rule ids whose errors mean the API server refuses the object: schema, loader and API-validation findings. */
const API_VALIDATION_RULES = new Set(ALL_RULES.filter((r) => r.meta.category === 'api-validation').map((r) => r.meta.id));

function refusesObject(d: Diagnostic): boolean {
  if (SEVERITY_RANK[d.severity] < SEVERITY_RANK.error) return false;
  return d.rule.startsWith('schema-') || d.rule.startsWith('yaml-') || d.rule === 'duplicate-object' || d.rule === 'rejected-kind' || API_VALIDATION_RULES.has(d.rule);
}

/** The first refusing error written inside the manifest's document (or List item). */
function refusalOf(m: Manifest, refusals: readonly Diagnostic[]): Diagnostic | undefined {
  const range = m.source.positions.documentRange;
  return refusals.find((d) => d.file === m.source.file && d.range.start.line >= range.start.line && d.range.start.line <= range.end.line);
}

function declared(m: Manifest, registry: SchemaRegistry, namespace: string): DeclaredObject {
  const object = m.object as Obj;
  const namespaced = registry.isNamespaced(asString(object.apiVersion) ?? '', asString(object.kind) ?? '') ?? asString(getIn(object, 'metadata', 'namespace')) !== undefined;
  if (!namespaced) return { object, source: m.source };
  const ns = asString(getIn(object, 'metadata', 'namespace')) ?? namespace;
  return { object: { ...object, metadata: { ...(asObject(object.metadata) ?? {}), namespace: ns } }, namespace: ns, source: m.source };
}

function keyOf(d: DeclaredObject): string {
  return objectKey(asString(d.object.kind) ?? '', d.namespace, asString(getIn(d.object, 'metadata', 'name')) ?? '');
}

/** Lints `inputs` (with what reading them found) and splits the manifests into accepted and refused objects. */
export async function declaredInputs(inputs: readonly InputText[], read: LoadResult | undefined, settings: LintSettings, registry: SchemaRegistry): Promise<DeclaredInputs> {
  const namespace = settings.namespace ?? 'default';
  const lintOptions: LintOptions = {
    kubeVersion: settings.kubeVersion,
    strict: settings.strict,
    rules: settings.rules,
    namespace,
    cwd: settings.cwd,
    texts: new Map(inputs.map((i) => [i.file, i.text])),
    schemaLocations: settings.schemaLocations,
    skipKinds: settings.skipKinds,
    ignoreObjects: settings.ignoreObjects,
  };
  const loaded = loadInputs(inputs, {}, read ?? { manifests: [], diagnostics: [], skipped: [], files: [] });
  const lint = await lintLoaded(loaded, lintOptions, registry);
  const refusals = lint.diagnostics.filter(refusesObject);
  const objects: DeclaredObject[] = [];
  const refused: RejectedObject[] = [];
  for (const m of lint.accepted) {
    const d = declared(m, registry, namespace);
    const refusal = refusalOf(m, refusals);
    if (refusal === undefined) objects.push(d);
    else refused.push({ ...d, reason: refusal.message });
  }
  return { objects, refused, keys: [...objects, ...refused].map(keyOf), diagnostics: lint.diagnostics, kubeVersion: lint.kubeVersion };
}
