/**
 * Text edits that add to a manifest as a person would: new keys written into the existing mapping at its
 * indentation, items appended to a block sequence, flow collections rewritten in flow style. Values are
 * written with YAML 1.1 quoting (`"yes"`, `"8080"`), as the API server's decoder reads them. Quick fixes and
 * "ignore" actions are built on these.
 */
import { stringify } from 'yaml';
import type { TextEdit } from '../diagnostic.js';
import type { PathSegment } from '../load/json-path.js';
import { LineIndex } from '../load/line-index.js';
import type { KubeObject, PositionMap } from '../load/types.js';
import { asObject, getIn } from '../model/fields.js';

/** The document an edit is made in: the file's text, and one manifest's object and positions in it. */
export interface EditTarget {
  text: string;
  object: KubeObject;
  positions: PositionMap;
}

const YAML_OPTIONS = { version: '1.1', lineWidth: 0 } as const;

function block(value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  return stringify(value, YAML_OPTIONS)
    .trimEnd()
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

function flow(value: unknown): string {
  return stringify(value, { ...YAML_OPTIONS, collectionStyle: 'flow' }).trim();
}

/** Inserts `lines` on new lines after the line holding `line`'s end (after any comment on it). */
function insertAfterLine(text: string, line: number, lines: string): TextEdit {
  const index = new LineIndex(text);
  const start = index.starts()[line] ?? text.length;
  const pos = index.positionAt(index.lineEndAt(start));
  return { range: { start: pos, end: pos }, newText: `\n${lines}` };
}

function isFlow(text: string, t: EditTarget, path: readonly PathSegment[]): boolean {
  const r = t.positions.get(path)?.value;
  if (r === undefined) return false;
  const index = new LineIndex(text);
  const at = (index.starts()[r.start.line] ?? 0) + r.start.col;
  return text[at] === '{' || text[at] === '[';
}

/** Whether the node at `path` is written with nothing after its key (`annotations:`, or `key: ` and a comment). */
function isEmptyValue(t: EditTarget, path: readonly PathSegment[]): boolean {
  const v = getIn(t.object, ...path);
  return v === null || v === undefined;
}

/** Adds entries to the mapping at `path` (which exists in the object). */
function addToMapping(t: EditTarget, path: readonly PathSegment[], entries: Record<string, unknown>): TextEdit | undefined {
  const node = t.positions.get(path);
  if (node === undefined) return undefined;
  if (isEmptyValue(t, path)) {
    const key = node.key;
    if (key === undefined) return undefined;
    return insertAfterLine(t.text, key.end.line, block(entries, key.start.col + 2));
  }
  const existing = asObject(getIn(t.object, ...path));
  if (existing === undefined) return undefined;
  if (isFlow(t.text, t, path)) return { range: node.value, newText: flow({ ...existing, ...entries }) };
  return insertAfterLine(t.text, node.value.end.line, block(entries, node.value.start.col));
}

/** Nests `value` under the string segments of `rest`; undefined when a segment is an index (nothing to create). */
function nest(rest: readonly PathSegment[], value: unknown): Record<string, unknown> | undefined {
  let out: unknown = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i];
    if (typeof seg !== 'string') return undefined;
    out = { [seg]: out };
  }
  return out as Record<string, unknown>;
}

/** Adds what `wanted` has and the mapping at `path` lacks, key by key, keeping every value already written. */
function mergeMissing(t: EditTarget, path: readonly PathSegment[], wanted: Record<string, unknown>): TextEdit[] | undefined {
  const current = asObject(getIn(t.object, ...path)) ?? {};
  const missing: Record<string, unknown> = {};
  // Inner insertions first: at one position, edits apply in array order, so nested keys stay under their parent.
  const edits: TextEdit[] = [];
  for (const [key, v] of Object.entries(wanted)) {
    const have = current[key];
    if (have === undefined || have === null) missing[key] = v;
    else if (asObject(have) !== undefined && asObject(v) !== undefined) {
      const sub = mergeMissing(t, [...path, key], v as Record<string, unknown>);
      if (sub === undefined) return undefined;
      edits.push(...sub);
    }
  }
  if (Object.keys(missing).length > 0) {
    const edit = addToMapping(t, path, missing);
    if (edit === undefined) return undefined;
    edits.push(edit);
  }
  return edits;
}

/**
 * The edits that give the field at `path` the value `value`. Missing mappings on the way are created; a
 * mapping value adds the keys the written mapping lacks (values already written are kept); any other value
 * replaces the one written. Empty when nothing needs to change; undefined when the path cannot be written (an
 * index past a sequence's end, a scalar on the way).
 */
export function setFieldEdits(t: EditTarget, path: readonly PathSegment[], value: unknown): TextEdit[] | undefined {
  let k = path.length;
  while (k > 0 && (t.positions.get(path.slice(0, k)) === undefined || getIn(t.object, ...path.slice(0, k)) === undefined)) k--;
  const prefix = path.slice(0, k);
  if (k < path.length) {
    const parent = getIn(t.object, ...prefix);
    if (k > 0 && parent !== null && asObject(parent) === undefined) return undefined;
    const entries = nest(path.slice(k), value);
    const edit = entries === undefined ? undefined : addToMapping(t, prefix, entries);
    return edit === undefined ? undefined : [edit];
  }
  const existing = getIn(t.object, ...path);
  const wanted = asObject(value);
  if (wanted !== undefined && (asObject(existing) !== undefined || existing === null)) return mergeMissing(t, path, wanted);
  if (JSON.stringify(existing) === JSON.stringify(value)) return [];
  const node = t.positions.get(path);
  if (node === undefined) return undefined;
  // A scalar in block context (a comma is no flow indicator there); a collection in flow style, on the key's line.
  const newText = value !== null && typeof value === 'object' ? flow(value) : stringify(value, YAML_OPTIONS).trim();
  return [{ range: node.value, newText }];
}

/** The edit that appends `item` to the sequence at `path`, creating the sequence when it is missing. */
export function appendItemEdits(t: EditTarget, path: readonly PathSegment[], item: unknown): TextEdit[] | undefined {
  const existing = getIn(t.object, ...path);
  const node = t.positions.get(path);
  if (!Array.isArray(existing) || node === undefined) return setFieldEdits(t, path, [item]);
  if (existing.length === 0 || isFlow(t.text, t, path)) return [{ range: node.value, newText: flow([...existing, item]) }];
  return [insertAfterLine(t.text, node.value.end.line, block([item], node.value.start.col))];
}

/** A string as a YAML scalar the API server reads back as that string: `web`, `"yes"`, `"8080"`. */
export function scalarText(value: string): string {
  return stringify(value, YAML_OPTIONS).trim();
}
