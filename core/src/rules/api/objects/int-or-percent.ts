/**
 * Int-or-percent fields (`maxSurge`, `maxUnavailable`, `minAvailable`) as pkg/apis/apps/validation/validation.go
 * checks them: ValidatePositiveIntOrPercent, IsNotMoreThan100Percent and getIntOrPercentValue. Values are
 * printed the way Go prints an IntOrString (through its String method: `25%`, `0`, unquoted).
 */
import { bare, checkNonNegative, type FieldErrors, type Path } from '../field-errors.js';
import { isValidPercent } from './formats.js';

const PERCENT = /^[0-9]+%$/;
const INTEGER = /^[+-]?[0-9]+$/;

/** `getIntOrPercentValue`: the number of a percent, or the int (a non-numeric string counts as 0, like Atoi). */
export function intOrPercentValue(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return 0;
  if (PERCENT.test(v)) return Number(v.slice(0, -1));
  return INTEGER.test(v) ? Number(v) : 0;
}

/** `ValidatePositiveIntOrPercent` then, unless `allowOver100`, `IsNotMoreThan100Percent`. Absent values pass. */
export function checkIntOrPercent(errs: FieldErrors, v: unknown, path: Path, allowOver100 = false): void {
  if (typeof v === 'string') {
    for (const msg of isValidPercent(v)) errs.invalid(path, bare(v), msg);
    if (!allowOver100 && PERCENT.test(v) && Number(v.slice(0, -1)) > 100) errs.invalid(path, bare(v), 'must not be greater than 100%');
  } else {
    checkNonNegative(errs, v, path);
  }
}
