/**
 * The JSON schema of `.kubeplan.yaml` (`core/schemas/kubeplan-config.schema.json`, hand-written and shipped in
 * the package so editors can use it too) and the words for its errors. Reading the schema file is this
 * module's only I/O, like the schema layer reading `k8s-schema.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { InternalError } from '../errors.js';
import { formatPath, pointerToSegments, type PathSegment } from '../load/json-path.js';
import { describeActual } from '../schema/describe-value.js';
import { closest } from '../schema/suggest.js';

export const CONFIG_SCHEMA_FILE = 'kubeplan-config.schema.json';

// src/config/ module; dist/ bundle and .build/ scripts
const CANDIDATES = [`../../schemas/${CONFIG_SCHEMA_FILE}`, `../schemas/${CONFIG_SCHEMA_FILE}`];

/** Reads the shipped schema of the configuration file. */
export function readConfigSchema(): Record<string, unknown> {
  const paths = CANDIDATES.map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  const found = paths.find((p) => existsSync(p));
  if (found === undefined) throw new InternalError(`the configuration schema is missing (looked for ${paths.join(', ')})`);
  return JSON.parse(readFileSync(found, 'utf8')) as Record<string, unknown>;
}

/** Compiles the configuration schema (a few milliseconds; once per run). */
export function compileConfigSchema(schema = readConfigSchema()): ValidateFunction {
  return new Ajv({ allErrors: true, verbose: true, strict: true }).compile(schema);
}

/** One schema problem: where, what, and which part of the configuration to leave out because of it. */
export interface ConfigProblem {
  path: PathSegment[];
  on: 'key' | 'value';
  message: string;
  /** The smallest self-contained part holding the problem: a rule's entry, a list item, or a top-level key. */
  drop: PathSegment[];
}

type Schema = Record<string, unknown>;

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The part of the configuration a problem at `path` invalidates. */
export function droppedPart(path: readonly PathSegment[]): PathSegment[] {
  const [top, second, third] = path;
  if (top === 'rules' && second !== undefined) return ['rules', second];
  if (top === 'ignore' && (second === 'paths' || second === 'objects') && third !== undefined) return ['ignore', second, third];
  if ((top === 'schemaLocations' || top === 'skipKinds' || top === 'cluster') && second !== undefined) return [top, second];
  return top === undefined ? [] : [top];
}

/**
 * `anyOf`s offer a scalar or a collection: `ruleSetting` a level or a mapping, `cluster` a path or a list of
 * them. Ajv reports every branch; keep the branch that matches the value's type, or the anyOf's own error
 * (with the schema's title) when none does.
 */
function pickBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOf = errors.filter((e) => e.keyword === 'anyOf');
  return errors.filter((e) => {
    const owner = anyOf.find((a) => e.instancePath === a.instancePath || e.instancePath.startsWith(`${a.instancePath}/`));
    if (owner === undefined) return true;
    const here = e.instancePath === owner.instancePath;
    if (typeof owner.data === 'string') return here && e.keyword !== 'type' && e.keyword !== 'anyOf';
    if (isMapping(owner.data)) return !(here && (e.keyword === 'enum' || e.keyword === 'type' || e.keyword === 'anyOf'));
    // A list matched the list branch if any error lies inside it (`cluster[1]`); else no branch fits.
    if (Array.isArray(owner.data) && errors.some((x) => x.instancePath.startsWith(`${owner.instancePath}/`))) return !here;
    return e === owner;
  });
}

function where(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'the configuration' : formatPath(path);
}

function problem(e: ErrorObject, value: unknown): ConfigProblem {
  const path = pointerToSegments(e.instancePath, value);
  const parent = (e.parentSchema ?? {}) as Schema;
  const at = (message: string, on: 'key' | 'value' = 'value', p = path): ConfigProblem => ({ path: p, on, message, drop: droppedPart(p) });
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const suggestion = closest(key, Object.keys((parent.properties ?? {}) as Schema));
      const hint = suggestion !== undefined ? ` (did you mean ${JSON.stringify(suggestion)}?)` : '';
      return at(`unknown key ${JSON.stringify(key)} in ${where(path)}${hint}`, 'key', [...path, key]);
    }
    case 'required':
      return at(`${where(path)}: missing required key ${JSON.stringify((e.params as { missingProperty: string }).missingProperty)}`);
    case 'type':
      return at(`${where(path)}: expected ${String((e.params as { type: string }).type)}, got ${describeActual(e.data)}`);
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const suggestion = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      const hint = suggestion !== undefined ? ` (did you mean ${JSON.stringify(suggestion)}?)` : '';
      return at(`${where(path)}: unsupported value ${JSON.stringify(e.data)}; expected one of ${allowed.join(', ')}${hint}`);
    }
    case 'anyOf':
      return at(`${where(path)}: expected ${typeof parent.title === 'string' ? parent.title : 'another value'}, got ${describeActual(e.data)}`);
    case 'minLength':
      return at(`${where(path)}: must not be empty`);
    case 'minItems':
      return at(`${where(path)}: must not be empty`);
    case 'pattern':
      return at(`${where(path)}: ${JSON.stringify(e.data)} is not valid: ${typeof parent.description === 'string' ? parent.description : `must match ${String((e.params as { pattern: string }).pattern)}`}`);
    default:
      return at(`${where(path)}: ${e.message ?? 'invalid'}`);
  }
}

/** The schema's errors for `value`, in words, each with the part to leave out. */
export function configSchemaProblems(validate: ValidateFunction, value: unknown): ConfigProblem[] {
  if (validate(value)) return [];
  return pickBranches(validate.errors ?? []).map((e) => problem(e, value));
}
