/**
 * kube-apiserver's field errors (k8s.io/apimachinery/pkg/util/validation/field/errors.go), rendered the way
 * `kubectl` prints them: `spec.ports[1].name: Duplicate value: "http"`. Rules name the path once; the message
 * gets Go's `field.Path` spelling (map keys in brackets, unquoted) and the finding gets kubeplan's JSON path.
 */
import type { Severity } from '../../../diagnostic.js';
import type { PathSegment } from '../../../load/json-path.js';
import type { RuleContext } from '../../rule.js';

/** A map key (`labels[app]`, `data[tls.crt]`): written `[key]` by Go, a plain key in kubeplan's path. */
export interface MapKey {
  key: string;
}

export type Seg = string | number | MapKey;
export type Path = readonly Seg[];

export const mapKey = (key: string): MapKey => ({ key });

/** A value Go prints through its `String()` method, unquoted: IntOrString (`25%`, `0`), Quantity (`1Gi`). */
export class Bare {
  constructor(readonly text: string) {}
}

export const bare = (v: unknown): Bare => new Bare(String(v));

/** `__HOST__`, `<your domain>`, `${VAR}`: a value a documentation template expects to be replaced. */
const PLACEHOLDER = /__[A-Za-z0-9_]+__|<[^<>]+>|\$\{[^}]+\}/;

/** What the API server prints instead of Secret contents. */
export const REDACTED = '<secret contents redacted>';

/** True for a string value that is an unfilled template placeholder rather than a real value. */
export function isPlaceholder(v: unknown): boolean {
  const text = v instanceof Bare ? v.text : v;
  return typeof text === 'string' && text !== REDACTED && PLACEHOLDER.test(text);
}

/** `field.Path.String()`: `spec.ports[0].name`, `metadata.labels[app]`. */
export function goPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string') out += out === '' ? seg : `.${seg}`;
    else out += `[${seg.key}]`;
  }
  return out;
}

/** The JSON path of the same field, for positions. */
export function jsonPath(path: Path): PathSegment[] {
  return path.map((seg) => (typeof seg === 'object' ? seg.key : seg));
}

/** How `ErrorBody` prints a bad value: strings quoted (`%q`), numbers and booleans bare, objects as JSON. */
export function goValue(v: unknown): string {
  if (v instanceof Bare) return v.text;
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

export interface ReportOptions {
  /** Where to put the finding when it is not the field named in the message (default: that field). */
  at?: Path;
  on?: 'key' | 'value';
  severity?: Severity;
}

/** The API server's error types, each reporting one finding on `ctx`. */
export interface FieldErrors {
  invalid(path: Path, value: unknown, detail: string, opts?: ReportOptions): void;
  required(path: Path, detail?: string, opts?: ReportOptions): void;
  forbidden(path: Path, detail: string, opts?: ReportOptions): void;
  duplicate(path: Path, value: unknown, opts?: ReportOptions): void;
  notSupported(path: Path, value: unknown, values: readonly string[], opts?: ReportOptions): void;
  tooLong(path: Path, max: number, opts?: ReportOptions): void;
  /** A message that is not a field error (e.g. allocation errors), reported at `path`. */
  raw(path: Path, message: string, opts?: ReportOptions): void;
}

const withDetail = (head: string, detail: string | undefined): string => (detail ? `${head}: ${detail}` : head);

/** The error reporter of one check; a class, so that creating one per object costs a single allocation. */
class Reporter implements FieldErrors {
  constructor(private readonly ctx: RuleContext) {}

  private emit(path: Path, body: string, opts: ReportOptions = {}): void {
    const prefix = goPath(path);
    this.ctx.report({
      path: jsonPath(opts.at ?? path),
      message: prefix === '' ? body : `${prefix}: ${body}`,
      ...(opts.severity ? { severity: opts.severity } : {}),
      ...(opts.on ? { on: opts.on } : {}),
    });
  }

  invalid(path: Path, value: unknown, detail: string, opts?: ReportOptions): void {
    // A template to fill in is not a manifest the API server will see as written: say so, softly.
    if (isPlaceholder(value)) {
      this.emit(path, withDetail(`Invalid value: ${goValue(value)}`, `${detail} (an unfilled template placeholder?)`), { ...opts, severity: 'warning' });
    } else this.emit(path, withDetail(`Invalid value: ${goValue(value)}`, detail), opts);
  }

  required(path: Path, detail?: string, opts?: ReportOptions): void {
    // A document with YAML errors is the parser's best recovery: a missing field may just be lost.
    if (this.ctx.manifest.source.partial) return;
    this.emit(path, withDetail('Required value', detail), opts);
  }

  forbidden(path: Path, detail: string, opts?: ReportOptions): void {
    this.emit(path, withDetail('Forbidden', detail), opts);
  }

  duplicate(path: Path, value: unknown, opts?: ReportOptions): void {
    this.emit(path, `Duplicate value: ${goValue(value)}`, opts);
  }

  notSupported(path: Path, value: unknown, values: readonly string[], opts?: ReportOptions): void {
    const supported = values.length ? `supported values: ${values.map((v) => JSON.stringify(v)).join(', ')}` : '';
    this.emit(path, withDetail(`Unsupported value: ${goValue(value)}`, supported), opts);
  }

  tooLong(path: Path, max: number, opts?: ReportOptions): void {
    this.emit(path, `Too long: must have at most ${max} bytes`, { on: 'key', ...opts });
  }

  raw(path: Path, message: string, opts?: ReportOptions): void {
    this.emit([], message, { ...opts, at: opts?.at ?? path });
  }
}

export function fieldErrors(ctx: RuleContext): FieldErrors {
  return new Reporter(ctx);
}

/** `ValidateNonnegativeField` (apimachinery/pkg/api/validation/generic.go): integers that must be ≥ 0. */
export function checkNonNegative(errs: FieldErrors, value: unknown, path: Path): void {
  if (typeof value === 'number' && value < 0) errs.invalid(path, value, 'must be greater than or equal to 0');
}
