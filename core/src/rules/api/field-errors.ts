/**
 * kube-apiserver's field errors (k8s.io/apimachinery/pkg/util/validation/field/errors.go), worded and printed the way
 * `kubectl apply` shows them: `spec.ports[1].name: Duplicate value: "http"`. Every API-validation rule reports
 * through here, so kubeplan and the API server word a problem the same way. Rules name the path once: the message
 * gets Go's `field.Path` spelling (map keys in brackets, unquoted), the finding gets kubeplan's JSON path.
 */
import type { Severity } from '../../diagnostic.js';
import type { PathSegment } from '../../load/json-path.js';
import type { RuleContext } from '../rule.js';

/** A map key (`labels[app]`, `limits[nvidia.com/gpu]`): written `[key]` by Go, a plain key in kubeplan's path. */
export interface MapKey {
  key: string;
}

export type Seg = PathSegment | MapKey;
export type Path = readonly Seg[];

export const mapKey = (key: string): MapKey => ({ key });

/** A value Go prints through its `String()` method, unquoted: Quantity (`500m`), IntOrString (`25%`). */
export interface Bare {
  readonly raw: string;
}

export const bare = (v: unknown): Bare => ({ raw: String(v) });

/**
 * A manifest value of any type, printed as JSON: lists and maps as the object rules show them (`["a","b"]`,
 * `{"port":80}`) where Go's `%#v` would say `[]string{"a", "b"}`; a string quoted, a missing value `null`.
 */
export class Json {
  constructor(readonly value: unknown) {}
}

export const json = (v: unknown): Json => new Json(v);

/** A bad value as `ErrorBody` prints it: strings quoted (`%q`), numbers and booleans bare, string lists as `%#v`. */
export type GoValue = string | number | boolean | null | undefined | Bare | Json | readonly string[];

/** `__HOST__`, `<your domain>`, `${VAR}`: a value a documentation template expects to be replaced. */
const PLACEHOLDER = /__[A-Za-z0-9_]+__|<[^<>]+>|\$\{[^}]+\}/;

/** What the API server prints instead of Secret contents. */
export const REDACTED = '<secret contents redacted>';

/** True for a value that is an unfilled template placeholder rather than a real value. */
function isPlaceholder(v: GoValue): boolean {
  const text = v instanceof Json ? v.value : isBare(v) ? v.raw : v;
  return typeof text === 'string' && text !== REDACTED && PLACEHOLDER.test(text);
}

function isBare(v: GoValue): v is Bare {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Json);
}

/** A value as `ErrorBody` prints it (see GoValue). */
export function goValue(v: GoValue): string {
  // A list or map wrapped as Json prints as JSON; a scalar prints as any other value.
  if (v instanceof Json) return typeof v.value === 'object' && v.value !== null ? JSON.stringify(v.value) : goValue(v.value as GoValue);
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isBare(v)) return v.raw;
  return `[]string{${v.map((s) => JSON.stringify(s)).join(', ')}}`;
}

/** `field.Path.String()`: `spec.containers[0].name`, `metadata.labels[app]`. */
export function goPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string') out += out === '' ? seg : `.${seg}`;
    else out += `[${seg.key}]`;
  }
  return out;
}

/** A map entry as `field.Path.Key` prints it: `spec.nodeSelector[disktype]`. */
export function goKeyPath(path: Path, key: string): string {
  return goPath([...path, mapKey(key)]);
}

/** The JSON path of the same field, for positions. */
function jsonPath(path: Path): PathSegment[] {
  return path.map((seg) => (typeof seg === 'object' ? seg.key : seg));
}

// The error bodies, as ErrorBody words each field.ErrorType.
const withDetail = (head: string, detail: string | undefined): string => (detail ? `${head}: ${detail}` : head);

export const required = (detail = ''): string => withDetail('Required value', detail);
export const forbidden = (detail: string): string => withDetail('Forbidden', detail);
export const invalid = (value: GoValue, detail: string): string => withDetail(`Invalid value: ${goValue(value)}`, detail);
export const duplicate = (value: GoValue): string => `Duplicate value: ${goValue(value)}`;
export const notFound = (value: GoValue): string => `Not found: ${goValue(value)}`;
export const notSupported = (value: GoValue, supported: readonly string[]): string =>
  withDetail(`Unsupported value: ${goValue(value)}`, supported.length === 0 ? '' : `supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`);
export const tooLong = (max: number): string => `Too long: must have at most ${max} bytes`;

export interface ReportOptions {
  /** Where to put the finding when it is not the field the message names (default: that field). */
  at?: Path;
  on?: 'key' | 'value';
  severity?: Severity;
}

/** The API server's error types, each reporting one finding on the rule's context. */
export interface FieldErrors {
  invalid(path: Path, value: GoValue, detail: string, opts?: ReportOptions): void;
  /**
   * One `Invalid value` finding per message of a syntax check (model/names.ts style; none when it returned none). An
   * unfilled template placeholder is a warning: the API server will never see that value as written.
   */
  invalidEach(path: Path, value: GoValue, messages: readonly string[], opts?: ReportOptions): void;
  required(path: Path, detail?: string, opts?: ReportOptions): void;
  forbidden(path: Path, detail: string, opts?: ReportOptions): void;
  duplicate(path: Path, value: GoValue, opts?: ReportOptions): void;
  notFound(path: Path, value: GoValue, opts?: ReportOptions): void;
  notSupported(path: Path, value: GoValue, values: readonly string[], opts?: ReportOptions): void;
  tooLong(path: Path, max: number, opts?: ReportOptions): void;
  /** A message that is not a field error (e.g. allocation errors), reported as written at `path`. */
  raw(path: Path, message: string, opts?: ReportOptions): void;
}

export interface FieldErrorsOptions {
  /**
   * Which `Invalid value` findings on a template placeholder become warnings: all of them (the default), or only
   * those of syntax checks (`invalidEach`), as the pod-spec rules have always reported them.
   */
  placeholders?: 'all' | 'syntax-checks';
}

const PLACEHOLDER_NOTE = ' (an unfilled template placeholder?)';

/** The error reporter of one check; a class, so that creating one per object costs a single allocation. */
class Reporter implements FieldErrors {
  constructor(
    private readonly ctx: RuleContext,
    private readonly softenAll: boolean,
  ) {}

  private emit(path: Path, body: string, opts: ReportOptions = {}): void {
    const prefix = goPath(path);
    this.ctx.report({
      path: jsonPath(opts.at ?? path),
      message: prefix === '' ? body : `${prefix}: ${body}`,
      ...(opts.severity ? { severity: opts.severity } : {}),
      ...(opts.on ? { on: opts.on } : {}),
    });
  }

  private invalidValue(path: Path, value: GoValue, detail: string, soften: boolean, opts?: ReportOptions): void {
    // A template to fill in is not a manifest the API server will see as written: say so, softly.
    if (soften && isPlaceholder(value)) this.emit(path, invalid(value, detail + PLACEHOLDER_NOTE), { ...opts, severity: 'warning' });
    else this.emit(path, invalid(value, detail), opts);
  }

  invalid(path: Path, value: GoValue, detail: string, opts?: ReportOptions): void {
    this.invalidValue(path, value, detail, this.softenAll, opts);
  }

  invalidEach(path: Path, value: GoValue, messages: readonly string[], opts?: ReportOptions): void {
    for (const m of messages) this.invalidValue(path, value, m, true, opts);
  }

  required(path: Path, detail?: string, opts?: ReportOptions): void {
    // A document with YAML errors is the parser's best recovery: a missing field may just have been lost.
    if (this.ctx.manifest.source.partial) return;
    this.emit(path, required(detail), opts);
  }

  forbidden(path: Path, detail: string, opts?: ReportOptions): void {
    this.emit(path, forbidden(detail), opts);
  }

  duplicate(path: Path, value: GoValue, opts?: ReportOptions): void {
    this.emit(path, duplicate(value), opts);
  }

  notFound(path: Path, value: GoValue, opts?: ReportOptions): void {
    this.emit(path, notFound(value), opts);
  }

  notSupported(path: Path, value: GoValue, values: readonly string[], opts?: ReportOptions): void {
    this.emit(path, notSupported(value, values), opts);
  }

  tooLong(path: Path, max: number, opts?: ReportOptions): void {
    this.emit(path, tooLong(max), { on: 'key', ...opts });
  }

  raw(path: Path, message: string, opts?: ReportOptions): void {
    this.emit([], message, { ...opts, at: opts?.at ?? path });
  }
}

export function fieldErrors(ctx: RuleContext, options: FieldErrorsOptions = {}): FieldErrors {
  return new Reporter(ctx, options.placeholders !== 'syntax-checks');
}

/** `ValidateNonnegativeField` (apimachinery/pkg/api/validation/generic.go): integers that must be ≥ 0. */
export function checkNonNegative(errs: FieldErrors, value: unknown, path: Path): void {
  if (typeof value === 'number' && value < 0) errs.invalid(path, value, 'must be greater than or equal to 0');
}
