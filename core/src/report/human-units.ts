/**
 * Resource amounts for people: the scheduler's millicores and bytes as `250m`, `1.5`, `512Mi`, `15.6Gi`.
 * Rounded to at most two decimals, so they are for reading; `--output json` keeps the exact numbers.
 */

const BINARY_UNITS = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'] as const;

function trimmed(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Millicores: `0`, `250m` below one core, `1.5` or `4` cores from one core up. */
export function humanCpu(millicores: number): string {
  if (!Number.isFinite(millicores) || millicores === 0) return String(millicores);
  if (Math.abs(millicores) < 1000) return `${Math.round(millicores)}m`;
  return trimmed(millicores / 1000);
}

/** Bytes in binary units: `0`, `512Mi`, `1.5Gi`; below 1Ki the plain number. */
export function humanBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return String(bytes);
  let value = bytes;
  let unit = '';
  for (const next of BINARY_UNITS) {
    if (Math.abs(value) < 1024) break;
    value /= 1024;
    unit = next;
  }
  return `${trimmed(value)}${unit}`;
}
