/**
 * The API server's wording for a refused Service: `errors.NewInvalid(api.Kind("Service"), name, errs)`, i.e.
 * `Service "web" is invalid: <errs aggregated>` (admission/status-errors.ts). Each field error reads
 * `<path>: Invalid value: <value>: <detail>` with the value printed as field.Error.ErrorBody does: strings quoted,
 * numbers bare, other values in Go's `%#v` (`[]string{"10.96.0.50"}`).
 */
import { invalid } from '../admission/status-errors.js';

/** A value as field.Error prints it. */
type BadValue = string | number | readonly string[];

export interface FieldError {
  readonly path: string;
  readonly value: BadValue;
  readonly detail: string;
}

function formatValue(value: BadValue): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return `[]string{${value.map((v) => JSON.stringify(v)).join(', ')}}`;
}

function fieldErrorString(e: FieldError): string {
  return `${e.path}: Invalid value: ${formatValue(e.value)}: ${e.detail}`;
}

/** `Service "web" is invalid: ...`. */
export function invalidService(name: string, errors: readonly FieldError[]): string {
  return invalid('Service', name, errors.map(fieldErrorString)).message;
}

/** errors.NewInternalError: allocation failures that are not the user's field (a full range). */
export function internalError(message: string): string {
  return `Internal error occurred: ${message}`;
}
