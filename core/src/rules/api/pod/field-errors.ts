/**
 * Messages in the API server's own shape (k8s.io/apimachinery/pkg/util/validation/field/errors.go): the field path
 * as field.Path prints it, then `Required value`, `Invalid value: <value>`, `Unsupported value: ...: supported
 * values: ...`, `Duplicate value`, `Not found`, `Forbidden`, and the detail. Pod-spec rules build their findings
 * here so `kubectl apply` and kubeplan word the same problem the same way.
 */
import type { Severity } from '../../../diagnostic.js';
import type { PathSegment } from '../../../load/json-path.js';
import type { Finding, RuleContext } from '../../rule.js';

/** A bad value as field.Error prints it: strings quoted (%q), numbers bare, `raw` for Stringers (quantities). */
export type GoValue = string | number | boolean | null | { raw: string } | readonly string[];

function goQuote(s: string): string {
  return JSON.stringify(s);
}

export function goValue(v: GoValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[]string{${(v as readonly string[]).map(goQuote).join(', ')}}`;
  return (v as { raw: string }).raw;
}

/** field.Path.String(): `spec.containers[0].name`. */
export function goPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out;
}

/** A map entry as field.Path.Key prints it: `spec.nodeSelector[disktype]` (no quotes). */
export function goKeyPath(path: readonly PathSegment[], key: string): string {
  return `${goPath(path)}[${key}]`;
}

const detail = (head: string, d: string): string => (d === '' ? head : `${head}: ${d}`);

export const required = (d = ''): string => detail('Required value', d);
export const forbidden = (d: string): string => detail('Forbidden', d);
export const invalid = (value: GoValue, d: string): string => detail(`Invalid value: ${goValue(value)}`, d);
export const duplicate = (value: GoValue): string => `Duplicate value: ${goValue(value)}`;
export const notFound = (value: GoValue): string => `Not found: ${goValue(value)}`;
export const notSupported = (value: GoValue, supported: readonly string[]): string =>
  detail(`Unsupported value: ${goValue(value)}`, supported.length === 0 ? '' : `supported values: ${supported.map(goQuote).join(', ')}`);

export interface FailOptions {
  /** The path the API server names when it differs from where the finding belongs (upstream quirks). */
  msgPath?: string;
  on?: 'key' | 'value';
  severity?: Severity;
}

/** Reports `<path>: <body>` on the field at `path`. */
export function fail(ctx: RuleContext, path: readonly PathSegment[], body: string, opts: FailOptions = {}): void {
  // A document with YAML errors is the parser's best recovery: a field it lacks may just have been lost.
  if (ctx.manifest.source.partial === true && body.startsWith('Required value')) return;
  ctx.report({ path, message: `${opts.msgPath ?? goPath(path)}: ${body}`, on: opts.on, severity: opts.severity });
}

/** `__HOST__`, `<your-image>`, `${NAME}`: a value a documentation template expects to be replaced. */
const PLACEHOLDER = /__[A-Za-z0-9_]+__|<[^<>]+>|\$\{[^}]+\}/;

/**
 * One `Invalid value` finding per message of a names.ts-style syntax check (none when it returned none). An unfilled
 * template placeholder is a warning: the API server will never see that value as written.
 */
export function failEach(ctx: RuleContext, path: readonly PathSegment[], value: GoValue, messages: readonly string[], opts: FailOptions = {}): void {
  if (messages.length === 0) return;
  const placeholder = typeof value === 'string' && PLACEHOLDER.test(value);
  for (const m of messages) {
    if (placeholder) fail(ctx, path, invalid(value, `${m} (an unfilled template placeholder?)`), { ...opts, severity: 'warning' });
    else fail(ctx, path, invalid(value, m), opts);
  }
}

const STATEFUL_SET_NOTE = ' (StatefulSet templates are not validated on create: the StatefulSet is accepted, but the Pods it creates are rejected)';

/**
 * The context pod-spec rules report through. StatefulSet pod templates are the exception to API validation:
 * pkg/apis/apps/validation/validation.go ValidatePodTemplateSpecForStatefulSet leaves ValidatePodSpec out, so the
 * StatefulSet is stored and its problems surface when the controller's Pods are refused. Those findings are
 * downgraded to warnings and say so.
 */
export function podSpecContext(ctx: RuleContext): RuleContext {
  if (ctx.object.kind !== 'StatefulSet') return ctx;
  const wrapped = Object.create(ctx) as RuleContext;
  const report = (f: Finding): void => ctx.report({ ...f, severity: f.severity === 'info' ? 'info' : 'warning', message: f.message + STATEFUL_SET_NOTE });
  Object.defineProperty(wrapped, 'report', { value: report });
  return wrapped;
}
