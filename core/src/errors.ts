/**
 * The two error classes kubeplan throws. Problems in the user's manifests are never thrown: they are
 * diagnostics. A `UsageError` is a wrong command line or an unreadable input the run cannot go on without
 * (exit code 2, one line, no stack trace); an `InternalError` is our bug or a broken installation.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export class InternalError extends Error {
  override readonly name = 'InternalError';
}
