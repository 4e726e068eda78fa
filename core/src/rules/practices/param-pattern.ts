/**
 * A regular expression from a rule parameter (user configuration). An invalid one is a configuration mistake
 * to report, not an exception: the result says which.
 */
export function paramPattern(source: string, flags = ''): RegExp | { error: string } {
  try {
    return new RegExp(source, flags);
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
