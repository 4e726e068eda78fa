/**
 * Diagnostics about an object's apiVersion and kind themselves: removed or deprecated APIs (relative to the
 * target Kubernetes version), kinds no built-in group serves (typos, wrong group), and kinds with no schema.
 */
import type { Diagnostic, Fix } from '../diagnostic.js';
import type { Manifest } from '../load/types.js';
import type { ApiDeprecation } from './deprecations.js';
import { splitApiVersion, type SchemaRegistry } from './schema-registry.js';
import type { SchemaRuleId } from './schema-rules.js';
import { closest } from './suggest.js';

export interface ApiContext {
  manifest: Manifest;
  object: string;
  apiVersion: string;
  kind: string;
}

export function removedApi(ctx: ApiContext, e: ApiDeprecation, registry: SchemaRegistry): Diagnostic {
  let msg = `unknown apiVersion/kind ${JSON.stringify(ctx.apiVersion)} ${ctx.kind}: removed in ${e.removedIn}`;
  if (e.replacement !== undefined) msg += `, use ${e.replacement}${e.replacementKind ? ` ${e.replacementKind}` : ''}`;
  if (e.note !== undefined) msg += ` (${e.note})`;
  const d = diag(ctx, 'api-removed', 'error', msg, 'apiVersion');
  if (e.replacement !== undefined && e.replacementKind === undefined && registry.lookup(e.replacement, ctx.kind) !== undefined) {
    d.fix = replaceValue(ctx, 'apiVersion', e.replacement, `Change apiVersion to ${e.replacement}`);
  }
  return d;
}

export function deprecatedApi(ctx: ApiContext, e: ApiDeprecation, hasSchema: boolean): Diagnostic {
  let msg = `${ctx.apiVersion} ${ctx.kind} is deprecated since ${e.deprecatedIn}`;
  if (e.removedIn !== undefined) msg += ` and removed in ${e.removedIn}`;
  if (e.replacement !== undefined) msg += `; use ${e.replacement}${e.replacementKind ? ` ${e.replacementKind}` : ''}`;
  if (e.note !== undefined) msg += `; ${e.note}`;
  if (!hasSchema) msg += '; not validated: kubeplan has no schema for it';
  return diag(ctx, 'api-deprecated', 'warning', msg, 'apiVersion');
}

/** A version the table knows as served at the target version, but that kubeplan has no schema for. */
export function unvalidatedApi(ctx: ApiContext, kubeVersion: string): Diagnostic {
  const msg = `${ctx.apiVersion} ${ctx.kind} is served by Kubernetes ${kubeVersion} but kubeplan has no schema for it; not validated`;
  return diag(ctx, 'schema-missing', 'info', msg, 'apiVersion');
}

/**
 * A kind in a built-in API group that the group does not serve: no CRD can add kinds to `''`, `apps`,
 * `batch`... so it is a typo or a kind in the wrong group. `undefined` for other groups.
 */
export function unknownApi(ctx: ApiContext, registry: SchemaRegistry): Diagnostic | undefined {
  const { group } = splitApiVersion(ctx.apiVersion);
  if (!registry.isBuiltinGroup(group)) return undefined;
  const head = `unknown apiVersion/kind ${JSON.stringify(ctx.apiVersion)} ${ctx.kind}`;
  const elsewhere = registry.kindsFor(ctx.kind).filter((k) => k.source === 'builtin');
  if (elsewhere.length > 0) {
    const to = elsewhere[0]!.apiVersion;
    const d = diag(ctx, 'api-unknown', 'error', `${head}: ${ctx.kind} is served by ${elsewhere.map((k) => k.apiVersion).join(', ')}`, 'apiVersion');
    d.fix = replaceValue(ctx, 'apiVersion', to, `Change apiVersion to ${to}`);
    return d;
  }
  const sameVersion = registry.builtinKinds().filter((k) => k.apiVersion === ctx.apiVersion).map((k) => k.kind);
  const suggestion = closest(ctx.kind, sameVersion);
  if (suggestion !== undefined) {
    const d = diag(ctx, 'api-unknown', 'error', `${head} (did you mean ${JSON.stringify(suggestion)}?)`, 'kind');
    d.fix = replaceValue(ctx, 'kind', suggestion, `Change kind to ${suggestion}`);
    return d;
  }
  // A misspelt kind that lives in another group: `v1 Deploymnet` → apps/v1 Deployment.
  const other = closest(ctx.kind, new Set(registry.builtinKinds().map((k) => k.kind)));
  const target = other !== undefined ? registry.kindsFor(other).find((k) => k.source === 'builtin') : undefined;
  if (target === undefined) return diag(ctx, 'api-unknown', 'error', head, 'kind');
  const d = diag(ctx, 'api-unknown', 'error', `${head} (did you mean ${target.apiVersion} ${target.kind}?)`, 'kind');
  const edits = [...replaceValue(ctx, 'apiVersion', target.apiVersion, '').edits, ...replaceValue(ctx, 'kind', target.kind, '').edits];
  d.fix = { title: `Change to ${target.apiVersion} ${target.kind}`, edits };
  return d;
}

export function missingSchema(ctx: ApiContext): Diagnostic {
  const msg = `no schema for ${ctx.apiVersion} ${ctx.kind}; add its CRD to the input or pass --schema-location`;
  return diag(ctx, 'schema-missing', 'warning', msg, 'kind');
}

export function invalidSchema(ctx: ApiContext, origin: string | undefined, err: Error): Diagnostic {
  const from = origin !== undefined ? ` from ${origin}` : '';
  const msg = `cannot validate ${ctx.apiVersion} ${ctx.kind}: its schema${from} is invalid: ${err.message}`;
  return diag(ctx, 'schema-invalid', 'warning', msg, 'kind');
}

function diag(ctx: ApiContext, rule: SchemaRuleId, severity: Diagnostic['severity'], message: string, field: 'apiVersion' | 'kind'): Diagnostic {
  return {
    rule,
    severity,
    message,
    file: ctx.manifest.source.file,
    range: ctx.manifest.source.positions.locate([field], 'value'),
    object: ctx.object,
    path: field,
  };
}

function replaceValue(ctx: ApiContext, field: 'apiVersion' | 'kind', value: string, title: string): Fix {
  const range = ctx.manifest.source.positions.locate([field], 'value');
  const src = ctx.manifest.source.positions.scalarSource([field]);
  const newText = src !== undefined && /^["']/.test(src) ? JSON.stringify(value) : value;
  return { title, edits: [{ range, newText }] };
}
