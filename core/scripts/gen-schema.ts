/**
 * Generates `generated/k8s-schema.json` (see src/schema/schema-data.ts) from the pinned devDependency
 * @kubernetes/client-node: its model files (types, JSON names, descriptions, required fields) and its API
 * classes (group, version, kind, plural, scope). The only hand-written input is the Quantity overlay
 * (quantity-fields.ts). The output is deterministic: sorted keys, sorted lists, no timestamps.
 *
 * Usage: node scripts/run-ts.mjs scripts/gen-schema.ts [--client-dir DIR] [--out FILE]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FieldType, KindDef, ModelDef, SchemaData, SubresourceDef } from '../src/schema/schema-data.js';
import { createMethods, exportedApiNames, parseCollectionPath, splitModelName } from './client-node-apis.js';
import { currentModelNames, readModel, refsOf } from './client-node-models.js';
import { QUANTITY_FIELDS } from './quantity-fields.js';

const CORE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function defaultClientDir(): string {
  const require = createRequire(path.join(CORE_DIR, 'package.json'));
  return path.dirname(require.resolve('@kubernetes/client-node/package.json'));
}

export interface GenerateResult {
  data: SchemaData;
  /** Number of `create*` methods found in the exported API classes (kinds + subresources + generic). */
  createMethodCount: number;
}

export function generateSchema(clientDir: string): GenerateResult {
  const pkg = JSON.parse(readFileSync(path.join(clientDir, 'package.json'), 'utf8')) as { name: string; version: string };
  const genDir = path.join(clientDir, 'dist', 'gen');
  const modelsDir = path.join(genDir, 'models');
  const known = new Set(currentModelNames(modelsDir));

  const kinds: KindDef[] = [];
  const subresources: SubresourceDef[] = [];
  let createMethodCount = 0;
  for (const api of exportedApiNames(genDir)) {
    for (const c of createMethods(genDir, api)) {
      createMethodCount++;
      if (c.body === 'any') continue; // CustomObjectsApi: /apis/{group}/{version}/{plural}
      if (!known.has(c.body)) throw new Error(`${api}.${c.method}: unknown body model ${c.body}`);
      const p = parseCollectionPath(c.path);
      if (p.subresource) {
        subresources.push({ method: `${api}.${c.method}`, path: c.path, model: c.body });
        continue;
      }
      const { version, kind } = splitModelName(c.body);
      if (version !== p.version) throw new Error(`${api}.${c.method}: model ${c.body} does not match ${c.path}`);
      const def: KindDef = { group: p.group, version, kind, plural: p.plural, namespaced: p.namespaced, model: c.body };
      if (known.has(`${c.body}List`)) def.listModel = `${c.body}List`;
      kinds.push(def);
    }
  }
  kinds.sort((a, b) => cmp(a.group, b.group) || cmp(a.version, b.version) || cmp(a.kind, b.kind));
  subresources.sort((a, b) => cmp(a.path, b.path));
  const seen = new Set<string>();
  for (const k of kinds) {
    const gvk = `${k.group}/${k.version}/${k.kind}`;
    if (seen.has(gvk)) throw new Error(`duplicate kind ${gvk}`);
    seen.add(gvk);
  }

  // Every model reachable from a kind, its list, or a subresource body.
  const models: Record<string, ModelDef> = {};
  const queue = [...kinds.flatMap((k) => (k.listModel ? [k.model, k.listModel] : [k.model])), ...subresources.map((s) => s.model)];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (models[name] !== undefined) continue;
    const model = readModel(modelsDir, name, known);
    models[name] = model;
    for (const prop of Object.values(model.properties)) queue.push(...refsOf(prop));
  }
  applyQuantityOverlay(models, modelsDir, known);

  const version = /OpenAPI spec version: release-(\d+\.\d+)/.exec(readFileSync(path.join(modelsDir, 'V1Pod.js'), 'utf8'));
  if (!version) throw new Error('V1Pod.js: OpenAPI spec version not found');
  return {
    data: { kubeVersion: version[1]!, source: `${pkg.name}@${pkg.version}`, kinds, subresources, models },
    createMethodCount,
  };
}

/** Retypes the overlay's fields as quantities, keeping the list/map shape client-node gives them. */
function applyQuantityOverlay(models: Record<string, ModelDef>, modelsDir: string, known: ReadonlySet<string>): void {
  for (const entry of QUANTITY_FIELDS) {
    if (!known.has(entry.model)) throw new Error(`quantity-fields.ts: no model ${entry.model} in the client`);
    // Checked against the client even when no kind reaches the model, so a stale entry is noticed.
    const model = models[entry.model] ?? readModel(modelsDir, entry.model, known);
    for (const field of entry.fields) {
      const prop = model.properties[field];
      if (prop === undefined) throw new Error(`quantity-fields.ts: ${entry.model} has no field ${field}`);
      const retyped = toQuantity(prop, `${entry.model}.${field}`);
      model.properties[field] = prop.description ? { ...retyped, description: prop.description } : retyped;
    }
    if (models[entry.model] === undefined) console.warn(`quantity-fields.ts: ${entry.model} is not used by any kind`);
  }
}

function toQuantity(t: FieldType, where: string): FieldType {
  if (t.type === 'string' && t.format === undefined) return { type: 'quantity' };
  if (t.type === 'array') return { type: 'array', items: toQuantity(t.items, where) };
  if (t.type === 'map') return { type: 'map', values: toQuantity(t.values, where) };
  throw new Error(`quantity-fields.ts: ${where} is not a string field in the client`);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON with object keys sorted at every level; arrays keep their (already deterministic) order. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

function main(): void {
  const started = performance.now();
  const { values } = parseArgs({ options: { 'client-dir': { type: 'string' }, out: { type: 'string' } } });
  const clientDir = values['client-dir'] ?? defaultClientDir();
  const out = path.resolve(values.out ?? path.join(CORE_DIR, 'generated', 'k8s-schema.json'));
  const { data } = generateSchema(clientDir);
  const json = `${stableStringify(data)}\n`;
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, json);
  const ms = Math.round(performance.now() - started);
  const kb = Math.round(Buffer.byteLength(json) / 1024);
  console.log(
    `k8s schema ${data.kubeVersion} from ${data.source}: ${data.kinds.length} kinds, ` +
      `${Object.keys(data.models).length} models, ${kb} KiB → ${path.relative(process.cwd(), out)} (${ms} ms)`,
  );
}

// Run when executed (bundled by run-ts.mjs), not when imported by the tests.
if (process.argv[1] !== undefined && /gen-schema\.m?[jt]s$/.test(process.argv[1])) main();
