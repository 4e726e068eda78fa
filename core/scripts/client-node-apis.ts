/**
 * Reads client-node's generated API classes as text: every `create*` method of the request factory gives a
 * kind (collection path → group, version, plural, scope; body type → model). Only the API classes exported by
 * `dist/gen/index.js` are read: the package also ships stale classes from older spec generations (e.g.
 * `FlowcontrolApiserverV1beta3Api`, removed upstream in 1.32) that nothing exports.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface CreateMethod {
  api: string;
  method: string;
  path: string;
  /** Body type name, or `any` for the generic custom-object endpoints. */
  body: string;
}

/** API class names exported by the package, e.g. `AppsV1Api`. */
export function exportedApiNames(genDir: string): string[] {
  const text = readFileSync(path.join(genDir, 'index.js'), 'utf8');
  return [...text.matchAll(/\bObject([A-Za-z0-9]+Api) as \1\b/g)].map((m) => m[1]!).sort();
}

/** All `create*` methods of one API class's request factory, in file order. */
export function createMethods(genDir: string, api: string): CreateMethod[] {
  const text = readFileSync(path.join(genDir, 'apis', `${api}.js`), 'utf8');
  const factoryEnd = text.indexOf(`export class ${api}ResponseProcessor`);
  const factory = factoryEnd < 0 ? text : text.slice(0, factoryEnd);
  const out: CreateMethod[] = [];
  const starts = [...factory.matchAll(/^ {4}async (create[A-Za-z0-9]+)\(/gm)];
  for (const [i, m] of starts.entries()) {
    const body = factory.slice(m.index, starts[i + 1]?.index ?? factory.length);
    const urlPath = /const localVarPath = '([^']+)'/.exec(body)?.[1];
    const bodyType = /ObjectSerializer\.serialize\(body, "([^"]+)", ""\)/.exec(body)?.[1];
    if (urlPath === undefined || bodyType === undefined) throw new Error(`${api}.${m[1]}: path or body type not found`);
    out.push({ api, method: m[1]!, path: urlPath, body: bodyType });
  }
  return out;
}

export interface ParsedPath {
  group: string;
  version: string;
  plural: string;
  namespaced: boolean;
  /** True for `.../{name}/<subresource>` endpoints. */
  subresource: boolean;
}

/** `/apis/apps/v1/namespaces/{namespace}/deployments` → apps, v1, deployments, namespaced. */
export function parseCollectionPath(urlPath: string): ParsedPath {
  const segs = urlPath.split('/').filter((s) => s !== '');
  let group: string;
  let rest: string[];
  if (segs[0] === 'api') {
    group = '';
    rest = segs.slice(1);
  } else if (segs[0] === 'apis') {
    group = segs[1]!;
    rest = segs.slice(2);
  } else {
    throw new Error(`unexpected API path ${urlPath}`);
  }
  const version = rest[0]!;
  let resource = rest.slice(1);
  const namespaced = resource[0] === 'namespaces' && resource[1] === '{namespace}';
  if (namespaced) resource = resource.slice(2);
  return { group, version, plural: resource[0]!, namespaced, subresource: resource.length > 1 };
}

const MODEL_PREFIX = /^(?:[A-Z][a-z]+)*?(V\d+(?:alpha\d+|beta\d+)?)([A-Z].*)$/;

/** `V1Deployment` → v1 Deployment; `EventsV1Event` → v1 Event; `V1beta2DeviceClass` → v1beta2 DeviceClass. */
export function splitModelName(model: string): { version: string; kind: string } {
  const m = MODEL_PREFIX.exec(model);
  if (!m) throw new Error(`cannot derive a kind from model ${model}`);
  return { version: m[1]!.toLowerCase(), kind: m[2]! };
}
