/**
 * Turns ajv errors into diagnostics a person understands, placed on the exact key or value. Runs only for
 * objects that failed validation: valid objects never touch positions.
 */
import type { ErrorObject } from 'ajv';
import type { Diagnostic, Fix, SourceRange } from '../diagnostic.js';
import { formatPath, pointerToSegments, type PathSegment } from '../load/json-path.js';
import type { Manifest } from '../load/types.js';
import { describeActual, describeExpected, quotingHint } from './describe-value.js';
import { formatMessage } from './format-messages.js';
import { relocationHint } from './relocation-hint.js';
import type { ModelDef } from './schema-data.js';
import type { SchemaRuleId } from './schema-rules.js';
import { closest } from './suggest.js';

export interface ErrorContext {
  manifest: Manifest;
  /** `Kind/namespace/name` of the object. */
  object: string;
  /** Unknown fields are errors when strict, warnings otherwise. */
  strict: boolean;
  models: { model(name: string): ModelDef | undefined };
}

type Schema = Record<string, unknown>;

/** Errors that only explain why an enclosing anyOf/oneOf failed are dropped: the combinator speaks for them. */
function withoutNested(errors: readonly ErrorObject[]): ErrorObject[] {
  const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
  // A wrong type makes other checks of the same value noise (`1` in an enum field is first not a string).
  const mistyped = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return errors.filter(
    (e) =>
      !combinators.some((c) => e.schemaPath.startsWith(c)) &&
      (e.keyword === 'type' || e.keyword === 'additionalProperties' || e.keyword === 'required' || !mistyped.has(e.instancePath)),
  );
}

export function diagnosticsFromErrors(errors: readonly ErrorObject[], ctx: ErrorContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of withoutNested(errors)) {
    const d = toDiagnostic(e, ctx);
    const id = `${d.rule}\0${d.path ?? ''}\0${d.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(d);
    }
  }
  return out;
}

function toDiagnostic(e: ErrorObject, ctx: ErrorContext): Diagnostic {
  const segs = pointerToSegments(e.instancePath, ctx.manifest.object);
  const parent = (e.parentSchema ?? {}) as Schema;
  switch (e.keyword) {
    case 'additionalProperties':
      return unknownField(segs, String((e.params as { additionalProperty: string }).additionalProperty), parent, e.data, ctx);
    case 'required': {
      const field = String((e.params as { missingProperty: string }).missingProperty);
      const where = typeof parent.title === 'string' ? parent.title : segs.length > 0 ? formatPath(segs) : kindOf(ctx);
      const msg = `missing required field ${JSON.stringify(field)} in ${where}`;
      return diag(ctx, 'schema-required', 'error', msg, [...segs, field], parentKeyRange(segs, e.data, ctx));
    }
    case 'type':
      return typeMismatch(segs, parent, e.data, ctx);
    case 'enum': {
      const allowed = (Array.isArray(e.schema) ? e.schema : []).filter((v) => v !== null);
      const supported = allowed.map((v) => JSON.stringify(v)).join(', ');
      const msg = `${label(segs, ctx)}: Unsupported value: ${JSON.stringify(e.data)}: supported values: ${supported}`;
      const d = diag(ctx, 'schema-enum', 'error', msg, segs, valueRange(segs, ctx));
      if (typeof e.data === 'string') {
        const suggestion = closest(e.data, allowed.filter((v): v is string => typeof v === 'string'));
        if (suggestion !== undefined) d.fix = replaceScalar(segs, ctx, suggestion, `Change to ${JSON.stringify(suggestion)}`);
      }
      return d;
    }
    default: {
      const m = formatMessage(e, segs, ctx);
      return diag(ctx, m.rule, 'error', `${label(segs, ctx)}: ${m.text}`, segs, valueRange(segs, ctx));
    }
  }
}

function unknownField(segs: PathSegment[], field: string, parent: Schema, data: unknown, ctx: ErrorContext): Diagnostic {
  const present = data !== null && typeof data === 'object' ? new Set(Object.keys(data)) : new Set<string>();
  const known = Object.keys((parent.properties ?? {}) as Schema).filter((k) => !present.has(k));
  const suggestion = closest(field, known);
  const where = typeof parent.title === 'string' ? parent.title : segs.length > 0 ? formatPath(segs) : kindOf(ctx);
  let msg = `unknown field ${JSON.stringify(field)} in ${where}`;
  if (suggestion !== undefined) msg += ` (did you mean ${JSON.stringify(suggestion)}?)`;
  else if (parent.$id === 'V1LabelSelector') msg += ' (labels to match go under matchLabels)';
  else {
    const below = typeof parent.$id === 'string' ? relocationHint(ctx.models, parent.$id, field) : undefined;
    if (below !== undefined) msg += ` (it belongs in ${formatPath([...segs, ...below])})`;
  }
  const path = [...segs, field];
  const range = ctx.manifest.source.positions.locate(path, 'key');
  const d = diag(ctx, 'schema-unknown-field', ctx.strict ? 'error' : 'warning', msg, path, range);
  if (suggestion !== undefined) {
    const width = range.start.line === range.end.line ? range.end.col - range.start.col : -1;
    const newText = width === field.length ? suggestion : width === field.length + 2 ? JSON.stringify(suggestion) : undefined;
    if (newText !== undefined) d.fix = { title: `Rename to ${JSON.stringify(suggestion)}`, edits: [{ range, newText }] };
  }
  return d;
}

function typeMismatch(segs: PathSegment[], parent: Schema, data: unknown, ctx: ErrorContext): Diagnostic {
  const expected = describeExpected(parent);
  const types = Array.isArray(parent.type) ? parent.type : [parent.type];
  const positions = ctx.manifest.source.positions;
  const range = valueRange(segs, ctx);
  if (expected === 'string') {
    const q = quotingHint(data, positions.scalarSource(segs));
    if (q !== undefined) {
      const d = diag(ctx, 'schema-type', 'error', `${label(segs, ctx)}: expected string, got ${q.hint}`, segs, range);
      if (q.quoted !== undefined) d.fix = { title: `Quote ${q.quoted}`, edits: [{ range, newText: q.quoted }] };
      return d;
    }
  }
  let msg = `${label(segs, ctx)}: expected ${expected}, got ${describeActual(data)}`;
  let fix: Fix | undefined;
  if (typeof data === 'string') {
    const unquoted = unquote(data, types);
    if (unquoted !== undefined) {
      msg += `; write it without quotes: ${unquoted}`;
      fix = { title: `Remove the quotes`, edits: [{ range, newText: unquoted }] };
    }
  }
  const d = diag(ctx, 'schema-type', 'error', msg, segs, range);
  if (fix !== undefined) d.fix = fix;
  return d;
}

/** `"3"` in an integer field → `3`; `"true"` in a boolean field → `true`. */
function unquote(s: string, types: unknown[]): string | undefined {
  if (types.includes('integer') && /^-?\d+$/.test(s)) return s;
  if (types.includes('number') && s.trim() !== '' && Number.isFinite(Number(s))) return s;
  if (types.includes('boolean') && (s === 'true' || s === 'false')) return s;
  return undefined;
}

function replaceScalar(segs: PathSegment[], ctx: ErrorContext, value: string, title: string): Fix {
  const src = ctx.manifest.source.positions.scalarSource(segs);
  const newText = src !== undefined && /^["']/.test(src) ? JSON.stringify(value) : value;
  return { title, edits: [{ range: valueRange(segs, ctx), newText }] };
}

function kindOf(ctx: ErrorContext): string {
  return typeof ctx.manifest.object.kind === 'string' ? ctx.manifest.object.kind : 'object';
}

/** The path as the message prefix; the object itself when the path is empty. */
function label(segs: PathSegment[], ctx: ErrorContext): string {
  return segs.length > 0 ? formatPath(segs) : kindOf(ctx);
}

/** The value at `segs`; for the object itself, its `kind` (rather than the whole document). */
function valueRange(segs: PathSegment[], ctx: ErrorContext): SourceRange {
  return ctx.manifest.source.positions.locate(segs.length > 0 ? segs : ['kind'], 'value');
}

/**
 * Where to report a field missing from the object at `segs`: its key; for a list item (no key), the item's
 * first key; for the document root, the `kind` value.
 */
function parentKeyRange(segs: PathSegment[], data: unknown, ctx: ErrorContext): SourceRange {
  const positions = ctx.manifest.source.positions;
  if (segs.length === 0) return positions.locate(['kind'], 'value');
  if (typeof segs[segs.length - 1] === 'number' && data !== null && typeof data === 'object') {
    const first = Object.keys(data)[0];
    if (first !== undefined) return positions.locate([...segs, first], 'key');
  }
  return positions.locate(segs, 'key');
}

function diag(
  ctx: ErrorContext,
  rule: SchemaRuleId,
  severity: Diagnostic['severity'],
  message: string,
  path: PathSegment[],
  range: SourceRange,
): Diagnostic {
  const d: Diagnostic = { rule, severity, message, file: ctx.manifest.source.file, range, object: ctx.object };
  if (path.length > 0) d.path = formatPath(path);
  return d;
}

