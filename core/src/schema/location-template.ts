/**
 * kubeconform's schema-location templates (pkg/registry/registry.go `schemaPath`): Go-template fields
 * `{{ .NormalizedKubernetesVersion }}`, `{{ .StrictSuffix }}`, `{{ .ResourceKind }}`, `{{ .ResourceAPIVersion }}`,
 * `{{ .Group }}`, `{{ .KindSuffix }}`, with the same values kubeconform gives them.
 */
import path from 'node:path';
import { UsageError } from '../errors.js';
import { parseKubeVersion } from './kube-version.js';

const DEFAULT_LAYOUT = '/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json';
const FIELD = /\{\{-?\s*\.(\w+)\s*-?\}\}/g;

export interface TemplateInput {
  apiVersion: string;
  kind: string;
  kubeVersion: string;
  strict: boolean;
}

/** A path to one schema file: ends in `.json` and has no template. */
export function isPlainSchemaFile(location: string): boolean {
  return !location.includes('{{') && /\.json$/i.test(location);
}

/** The path or URL of the schema for one kind. Locations without `.json` get kubeconform's default layout. */
export function expandLocation(location: string, input: TemplateInput): string {
  const template = /json$/i.test(location) ? location : `${location.replace(/\/+$/, '')}${DEFAULT_LAYOUT}`;
  const parts = input.apiVersion.split('/');
  const groupPart = parts[0]!;
  const version = parts[parts.length - 1]!;
  let kindSuffix = `-${groupPart.split('.')[0]!.toLowerCase()}`;
  if (parts.length > 1) kindSuffix += `-${parts[1]!.toLowerCase()}`;
  const v = parseKubeVersion(input.kubeVersion);
  const patch = /^v?\d+\.\d+\.(\d+)$/.exec(input.kubeVersion)?.[1] ?? '0';
  const values: Record<string, string> = {
    NormalizedKubernetesVersion: v !== undefined ? `v${v.major}.${v.minor}.${patch}` : 'master',
    StrictSuffix: input.strict ? '-strict' : '',
    ResourceKind: input.kind.toLowerCase(),
    ResourceAPIVersion: version,
    // kubeconform quirk, kept: for the core group (`v1`) the "group" is `v1`.
    Group: groupPart,
    KindSuffix: kindSuffix,
  };
  return template.replace(FIELD, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new UsageError(`--schema-location ${location}: unknown template field .${name}`);
    return value;
  });
}

type Matcher = (apiVersion: string, kind: string) => boolean;

/**
 * Which kinds a single schema file describes: those in its `x-kubernetes-group-version-kind`, else those its
 * `kind` (and `apiVersion`) enums allow, else the one its file name names (`<kind>_<version>.json`,
 * `<kind>-<group>-<version>.json`), else any kind (kubeconform applies such a file to every resource).
 */
export function schemaFileMatcher(schema: unknown, file: string): Matcher {
  const s = isObject(schema) ? schema : {};
  const gvks = s['x-kubernetes-group-version-kind'];
  if (Array.isArray(gvks)) {
    return (apiVersion, kind) =>
      gvks.some((g) => isObject(g) && g.kind === kind && (g.group ? `${String(g.group)}/${String(g.version)}` : String(g.version)) === apiVersion);
  }
  const props = isObject(s.properties) ? s.properties : {};
  const kinds = enumOf(props.kind);
  const apiVersions = enumOf(props.apiVersion);
  if (kinds !== undefined) return (apiVersion, kind) => kinds.includes(kind) && (apiVersions === undefined || apiVersions.includes(apiVersion));
  const name = path.basename(file).replace(/\.json$/i, '').toLowerCase();
  const named = /^([a-z0-9]+)(?:_|-[a-z0-9.-]+-)(v\d+(?:(?:alpha|beta)\d+)?)$/.exec(name);
  if (named) return (apiVersion, kind) => kind.toLowerCase() === named[1] && apiVersion.endsWith(`/${named[2]}`);
  return () => true;
}

function enumOf(v: unknown): string[] | undefined {
  return isObject(v) && Array.isArray(v.enum) ? v.enum.filter((x): x is string => typeof x === 'string') : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
