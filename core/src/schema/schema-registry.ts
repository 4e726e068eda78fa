import type { ValidateFunction } from 'ajv';
import { fieldInfoIn, type FieldInfo } from './field-info.js';
import type { JsonSchema } from './model-schema.js';
import { SchemaCompiler } from './schema-compiler.js';
import type { ModelDef, SchemaData } from './schema-data.js';
import { readSchemaFile } from './schema-file.js';
import type { PathSegment } from '../load/json-path.js';

/** Where a kind's schema comes from. */
export type KindSource = 'builtin' | 'crd' | 'schema-location';

export interface KindInfo {
  /** `apps/v1`, or `v1` for the core group. */
  apiVersion: string;
  /** `''` for the core group. */
  group: string;
  version: string;
  kind: string;
  /** Resource name in URLs (`deployments`); unknown for schemas from --schema-location. */
  plural?: string;
  /** Unknown for schemas from --schema-location. */
  namespaced?: boolean;
  source: KindSource;
  /** Built-in kinds: the model name in the generated schema, e.g. `V1Deployment`. */
  model?: string;
  /** Custom kinds: the CRD's file, or the schema's path or URL. */
  origin?: string;
}

/** A custom kind with its (already converted) JSON Schema. */
export interface CustomKind extends KindInfo {
  source: 'crd' | 'schema-location';
  schema: JsonSchema;
}

/** A kind named by apiVersion and kind, as in a manifest. */
export interface KindRef {
  apiVersion: string;
  kind: string;
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

const VERSION_RE = /^v(\d+)(?:(alpha|beta)(\d+))?$/;

/** Kubernetes' version priority: GA before beta before alpha, higher numbers first. Lower sorts first. */
function versionRank(version: string): number[] {
  const m = VERSION_RE.exec(version);
  if (!m) return [3, 0, 0];
  const stability = m[2] === undefined ? 0 : m[2] === 'beta' ? 1 : 2;
  return [stability, -Number(m[1]), -Number(m[3] ?? 0)];
}

function compareKinds(a: KindInfo, b: KindInfo): number {
  const ra = versionRank(a.version);
  const rb = versionRank(b.version);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
  return a.group < b.group ? -1 : a.group > b.group ? 1 : 0;
}

/**
 * The Kubernetes API schema: the built-in kinds and models generated from client-node, plus custom kinds
 * registered from CRDs in the input or --schema-location. Compiles validators lazily and caches them.
 */
export class SchemaRegistry {
  /** Kubernetes minor version of the built-in schema, e.g. `1.36`. */
  readonly kubeVersion: string;
  /** e.g. `@kubernetes/client-node@2.0.1`. */
  readonly source: string;
  private readonly models: Readonly<Record<string, ModelDef>>;
  private readonly builtin = new Map<string, KindInfo>();
  private readonly builtinGroups = new Set<string>();
  private readonly custom = new Map<string, CustomKind>();
  private readonly compiled = new Map<string, ValidateFunction | Error>();
  private compiler: SchemaCompiler | undefined;

  constructor(data: SchemaData) {
    this.kubeVersion = data.kubeVersion;
    this.source = data.source;
    this.models = data.models;
    for (const k of data.kinds) {
      const apiVersion = k.group === '' ? k.version : `${k.group}/${k.version}`;
      const { group, version, kind, plural, namespaced, model } = k;
      this.builtin.set(key(apiVersion, kind), { apiVersion, group, version, kind, plural, namespaced, source: 'builtin', model });
      this.builtinGroups.add(k.group);
    }
  }

  /** Reads the generated schema (see schema-file.ts); `file` overrides where it is read from. */
  static load(options: { file?: string } = {}): SchemaRegistry {
    return new SchemaRegistry(readSchemaFile(options.file));
  }

  /** The kind served at `apiVersion` (built-in first, then CRDs, then --schema-location schemas). */
  lookup(apiVersion: string, kind: string): KindInfo | undefined {
    const k = key(apiVersion, kind);
    return this.builtin.get(k) ?? this.custom.get(k);
  }

  /** Every known kind with this name, preferred version first (GA before beta before alpha). */
  kindsFor(kind: string): KindInfo[] {
    const out: KindInfo[] = [];
    for (const info of this.builtin.values()) if (info.kind === kind) out.push(info);
    const builtins = out.sort(compareKinds).length;
    for (const info of this.custom.values()) if (info.kind === kind) out.push(info);
    return [...out.slice(0, builtins), ...out.slice(builtins).sort(compareKinds)];
  }

  /** `undefined` when the kind is unknown or its scope is (schemas from --schema-location). */
  isNamespaced(apiVersion: string, kind: string): boolean | undefined {
    return this.lookup(apiVersion, kind)?.namespaced;
  }

  /** True for API groups served by kube-apiserver itself (`''`, `apps`, `batch`...): no CRD can add kinds there. */
  isBuiltinGroup(group: string): boolean {
    return this.builtinGroups.has(group);
  }

  builtinKinds(): KindInfo[] {
    return [...this.builtin.values()];
  }

  /** A generated model by name, e.g. `V1PodSpec`. */
  model(name: string): ModelDef | undefined {
    return this.models[name];
  }

  /** Registers (or replaces) a custom kind. Built-in kinds cannot be replaced. */
  addCustomKind(kind: CustomKind): void {
    const k = key(kind.apiVersion, kind.kind);
    if (this.builtin.has(k)) return;
    this.custom.set(k, kind);
    this.compiled.delete(k);
  }

  /** The custom kind registered for this apiVersion and kind, with its schema. */
  customKind(apiVersion: string, kind: string): CustomKind | undefined {
    return this.custom.get(key(apiVersion, kind));
  }

  /**
   * Type, requiredness and documentation of the field at `path` of a kind (`Deployment`, or `{ apiVersion,
   * kind }` to pick a version), for hovers and completion. `undefined` when the kind or the path is unknown.
   */
  fieldInfo(kind: string | KindRef, path: string | readonly PathSegment[]): FieldInfo | undefined {
    const info = typeof kind === 'string' ? this.kindsFor(kind)[0] : this.lookup(kind.apiVersion, kind.kind);
    if (info === undefined) return undefined;
    const custom = info.source === 'builtin' ? undefined : this.custom.get(key(info.apiVersion, info.kind));
    return fieldInfoIn(this, info, custom?.schema, path);
  }

  /** The compiled validator of a kind, or the Error its schema failed to compile with. */
  validatorFor(info: KindInfo): ValidateFunction | Error {
    const k = key(info.apiVersion, info.kind);
    let fn = this.compiled.get(k);
    if (fn === undefined) {
      const compiler = (this.compiler ??= new SchemaCompiler(this.models));
      const custom = this.custom.get(k);
      if (info.source === 'builtin' && info.model !== undefined) {
        fn = compiler.model(info.model); // a failure here is our bug: let it throw
      } else if (custom === undefined) {
        return new Error(`no schema registered for ${info.apiVersion} ${info.kind}`);
      } else {
        try {
          fn = compiler.custom(custom.schema);
        } catch (err) {
          fn = err instanceof Error ? err : new Error(String(err));
        }
      }
      this.compiled.set(k, fn);
    }
    return fn;
  }
}

function key(apiVersion: string, kind: string): string {
  return `${apiVersion} ${kind}`;
}
