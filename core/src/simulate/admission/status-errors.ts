/**
 * The API server's error messages (k8s.io/apimachinery/pkg/api/errors): `NewForbidden`, `NewNotFound`,
 * `NewInvalid`, and utilerrors' aggregate, so a refusal reads exactly as `kubectl` prints it after
 * `Error from server (Forbidden): `.
 */
import type { Rejection } from './admission-types.js';

/**
 * utilerrors.NewAggregate(errs).Error(): one message as is; several de-duplicated, joined by `, ` inside
 * brackets (a single message left after de-duplication loses the brackets too).
 */
export function aggregateMessages(messages: readonly string[]): string {
  const unique = [...new Set(messages)];
  return unique.length === 1 ? (unique[0] as string) : `[${unique.join(', ')}]`;
}

/** errors.NewForbidden(resource, name, err): `pods "web-1" is forbidden: <reason>`. */
export function forbidden(resource: string, name: string, reason: string): Rejection {
  const subject = name === '' ? resource : `${resource} "${name}"`;
  return { allowed: false, status: 'Forbidden', message: `${subject} is forbidden: ${reason}` };
}

/** errors.NewNotFound(resource, name): `namespaces "shop" not found`. */
export function notFound(resource: string, name: string): Rejection {
  return { allowed: false, status: 'NotFound', message: `${resource} "${name}" not found` };
}

/** One field.Error, already rendered (`spec.x: Invalid value: "2": must be ...`). */
export type FieldError = string;

/** field.Invalid(path, value, detail) for a string value, rendered as field.Error.Error() does. */
export function invalidValue(path: string, value: string, detail: string): FieldError {
  return `${path}: Invalid value: "${value}": ${detail}`;
}

/** field.Required(path, detail). */
export function requiredValue(path: string, detail: string): FieldError {
  return `${path}: Required value: ${detail}`;
}

/** errors.NewInvalid(kind, name, errs): `Pod "web-1" is invalid: <aggregate of the field errors>`. */
export function invalid(kind: string, name: string, errors: readonly FieldError[]): Rejection {
  return { allowed: false, status: 'Invalid', message: `${kind} "${name}" is invalid: ${aggregateMessages(errors)}` };
}
