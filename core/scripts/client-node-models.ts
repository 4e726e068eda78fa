/**
 * Reads client-node's generated model files as text (never imports them: the package needs Node 22 at
 * runtime): `models/X.js` for JSON names and types (`X.attributeTypeMap`), `models/X.d.ts` for descriptions
 * and required fields, `models/ObjectSerializer.js` for the list of models of the current spec (the package
 * also ships stale files from older generations that nothing references).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FieldType, ModelDef, PropertyDef } from '../src/schema/schema-data.js';

interface Attribute {
  name: string;
  baseName: string;
  type: string;
  format: string;
}

/** Model names registered in ObjectSerializer's `typeMap`. */
export function currentModelNames(modelsDir: string): string[] {
  const text = readFileSync(path.join(modelsDir, 'ObjectSerializer.js'), 'utf8');
  const start = text.indexOf('let typeMap = {');
  const end = text.indexOf('};', start);
  if (start < 0 || end < 0) throw new Error('ObjectSerializer.js: typeMap not found');
  return [...text.slice(start, end).matchAll(/^\s*"([A-Za-z0-9]+)": [A-Za-z0-9]+,?$/gm)].map((m) => m[1]!);
}

function readAttributes(modelsDir: string, name: string): Attribute[] {
  const text = readFileSync(path.join(modelsDir, `${name}.js`), 'utf8');
  const marker = `${name}.attributeTypeMap = `;
  const start = text.indexOf(marker);
  if (start < 0) throw new Error(`${name}.js: attributeTypeMap not found`);
  const end = text.indexOf('\n];', start);
  return JSON.parse(text.slice(start + marker.length, end + 2)) as Attribute[];
}

/** `\"` and `\'` are escaped by the TypeScript generator; the spec text has plain quotes. */
function docText(comment: string): string {
  return comment
    .split('\n')
    .map((line) => line.replace(/^\s*\*( |$)/, ''))
    .join('\n')
    .replace(/\\(["'])/g, '$1')
    .trim();
}

interface Declarations {
  description?: string;
  /** TypeScript property name → description and whether it is optional. */
  props: Map<string, { description?: string; optional: boolean }>;
}

function readDeclarations(modelsDir: string, name: string): Declarations {
  const text = readFileSync(path.join(modelsDir, `${name}.d.ts`), 'utf8');
  const classAt = text.indexOf(`export declare class ${name} {`);
  if (classAt < 0) throw new Error(`${name}.d.ts: class declaration not found`);
  const before = /\/\*\*\n((?:(?!\*\/)[\s\S])*?)\*\/\n$/.exec(text.slice(0, classAt));
  const out: Declarations = { props: new Map() };
  if (before !== null) out.description = docText(before[1]!);
  const body = text.slice(classAt);
  const prop = /(?:\/\*\*\n((?:(?!\*\/)[\s\S])*?)\s*\*\/\n)?\s{4}'([^']+)'(\?)?:/g;
  for (const m of body.matchAll(prop)) {
    const description = m[1] !== undefined ? docText(m[1]) : undefined;
    out.props.set(m[2]!, { ...(description ? { description } : {}), optional: m[3] === '?' });
  }
  return out;
}

const MAP = /^\{ \[key: string\]: (.+); \}$/;
const ARRAY = /^Array<(.+)>$/;

/** Turns a client-node type expression (`Array<V1Container>`, `{ [key: string]: string; }`...) into a FieldType. */
export function fieldType(type: string, format: string, known: ReadonlySet<string>, where: string): FieldType {
  const array = ARRAY.exec(type);
  if (array) return { type: 'array', items: fieldType(array[1]!, format, known, where) };
  const map = MAP.exec(type);
  if (map) return { type: 'map', values: fieldType(map[1]!, format, known, where) };
  switch (type) {
    case 'string':
      if (format === 'byte') return { type: 'string', format: 'byte' };
      if (format === '') return { type: 'string' };
      break;
    case 'boolean':
      return { type: 'boolean' };
    case 'number':
      if (format === 'int32' || format === 'int64') return { type: 'integer', format };
      if (format === 'double') return { type: 'number', format: 'double' };
      break;
    case 'Date':
    case 'V1MicroTime':
      return { type: 'string', format: 'date-time' };
    case 'IntOrString':
      return { type: 'int-or-string' };
    case 'any':
      return { type: 'any' };
    default:
      if (known.has(type)) return { type: 'object', ref: type };
  }
  throw new Error(`${where}: unsupported type ${JSON.stringify(type)} format ${JSON.stringify(format)}`);
}

/** Reads one model. Quantity fields are still plain strings here; the overlay is applied by the caller. */
export function readModel(modelsDir: string, name: string, known: ReadonlySet<string>): ModelDef {
  const attributes = readAttributes(modelsDir, name);
  const decl = readDeclarations(modelsDir, name);
  const properties: Record<string, PropertyDef> = {};
  const required: string[] = [];
  for (const a of attributes) {
    const where = `${name}.${a.baseName}`;
    const d = decl.props.get(a.name);
    if (d === undefined) throw new Error(`${where}: no declaration for ${a.name} in ${name}.d.ts`);
    const prop: PropertyDef = fieldType(a.type, a.format, known, where);
    if (d.description) prop.description = d.description;
    properties[a.baseName] = prop;
    if (!d.optional) required.push(a.baseName);
  }
  const model: ModelDef = { properties };
  if (decl.description) model.description = decl.description;
  if (required.length > 0) model.required = required.sort();
  return model;
}

/** Model names a field type refers to. */
export function refsOf(t: FieldType): string[] {
  if (t.type === 'object') return [t.ref];
  if (t.type === 'array') return refsOf(t.items);
  if (t.type === 'map') return refsOf(t.values);
  return [];
}
