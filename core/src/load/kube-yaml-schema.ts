import { jsYaml, type JsYamlSchema, type JsYamlType } from './js-yaml-v4.js';
import { isNullSource, resolveKubeScalar } from './kube-scalar.js';

/*
 * js-yaml types whose implicit resolution is `resolveKubeScalar` (go-yaml v2 rules), so the bulk path decodes
 * exactly like the slow path and like the API server. No timestamp type: timestamps stay strings.
 * `resolve` answers first from the first character, since it runs for every plain scalar of every document.
 */

function resolvesTo(data: string, kind: 'boolean' | 'number'): boolean {
  return typeof resolveKubeScalar(data) === kind;
}

const kubeNull = new jsYaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: unknown) => data === null || (typeof data === 'string' && isNullSource(data)),
  construct: () => null,
});

const BOOL_FIRST = new Set('yYnNtTfFoO');
const kubeBool = new jsYaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && BOOL_FIRST.has(data[0] ?? '') && resolvesTo(data, 'boolean'),
  construct: (data: string) => resolveKubeScalar(data),
});

function mayBeNumber(data: unknown): data is string {
  if (typeof data !== 'string') return false;
  const c = data.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46; // digit + - .
}

// One type serves !!int and !!float: both decode to a JS number.
const kubeNumber = (tag: string): JsYamlType =>
  new jsYaml.Type(tag, {
    kind: 'scalar',
    resolve: (data: unknown) => mayBeNumber(data) && resolvesTo(data, 'number'),
    construct: (data: string) => resolveKubeScalar(data),
  });

/** The js-yaml schema of the bulk path: failsafe + Kubernetes (go-yaml v2) scalars + `<<` merge keys. */
export const KUBE_YAML_SCHEMA: JsYamlSchema = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [kubeNull, kubeBool, kubeNumber('tag:yaml.org,2002:int'), kubeNumber('tag:yaml.org,2002:float'), jsYaml.types.merge],
});
