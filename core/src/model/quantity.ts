/**
 * resource.Quantity as k8s.io/apimachinery/pkg/api/resource parses, compares and prints it (quantity.go
 * ParseQuantity / parseQuantityString, suffix.go, amount.go CanonicalizeBytes). Values are kept exact as
 * `mantissa × 10^exponent` (bigint), so comparisons and canonical strings match the API server's, including its
 * rounding: parsing rounds any non-zero value up to a nano unit, and binary quantities above 2^63-1 saturate.
 */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  /** The value in base units (cores, bytes...) as a float, for display and rough arithmetic. */
  value: number;
  /** Exact value: `mantissa × 10^exponent`, the mantissa without trailing zeros (0 for zero). */
  mantissa: bigint;
  exponent: number;
  format: QuantityFormat;
}

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL_SUFFIX_OF: ReadonlyMap<number, string> = new Map(Object.entries(DECIMAL_SUFFIXES).map(([s, e]) => [e, s]));
const BINARY_SUFFIX_OF = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'] as const;
const SUFFIX_CHARS = 'eEinumkKMGTP';
const EXPONENT = /^[eE][+-]?[0-9]+$/;
const MAX_INT32 = 2147483647;
const MAX_ALLOWED = 2n ** 63n - 1n;
const NANO = -9;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** quantity.go parseQuantityString: sign, numerator, denominator, suffix; undefined for ErrFormatWrong. */
function split(str: string): { negative: boolean; num: string; denom: string; suffix: string } | undefined {
  let pos = 0;
  const negative = str[0] === '-';
  if (str[0] === '-' || str[0] === '+') pos++;
  while (str[pos] === '0') pos++;
  const numStart = pos;
  while (isDigit(str[pos])) pos++;
  const num = str.slice(numStart, pos);
  let denom = '';
  if (str[pos] === '.') {
    const start = ++pos;
    while (isDigit(str[pos])) pos++;
    denom = str.slice(start, pos);
  }
  const suffixStart = pos;
  while (pos < str.length && SUFFIX_CHARS.includes(str[pos] as string)) pos++;
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (isDigit(str[pos])) pos++;
  if (pos < str.length) return undefined;
  return { negative, num, denom, suffix: str.slice(suffixStart) };
}

/** suffix.go interpret: base 10 or 2, the exponent, and the format. */
function interpret(suffix: string): { base: 2 | 10; exponent: number; format: QuantityFormat } | undefined {
  const dec = DECIMAL_SUFFIXES[suffix];
  if (dec !== undefined) return { base: 10, exponent: dec, format: 'DecimalSI' };
  const bin = BINARY_SUFFIXES[suffix];
  if (bin !== undefined) return { base: 2, exponent: bin, format: 'BinarySI' };
  if (!EXPONENT.test(suffix)) return undefined;
  const exponent = Number(suffix.slice(1));
  return Math.abs(exponent) <= MAX_INT32 ? { base: 10, exponent, format: 'DecimalExponent' } : undefined;
}

function normalize(mantissa: bigint, exponent: number): { mantissa: bigint; exponent: number } {
  if (mantissa === 0n) return { mantissa, exponent: 0 };
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  return { mantissa, exponent };
}

/** A quantity worth `mantissa × 10^exponent` (normalized), e.g. for sums and tests. */
export function quantityFromParts(mantissa: bigint, exponent: number, format: QuantityFormat): Quantity {
  const n = normalize(mantissa, exponent);
  return { ...n, format, value: Number(n.mantissa) * 10 ** n.exponent };
}

/** `m` divided by 10^digits, rounded away from zero (inf.RoundUp). */
function divRoundUp(m: bigint, digits: number): bigint {
  const d = 10n ** BigInt(digits);
  const q = m / d;
  return m % d === 0n ? q : q + (m < 0n ? -1n : 1n);
}

/**
 * resource.ParseQuantity. Numbers (a YAML `cpu: 0.5`) are parsed from their JSON spelling, as the decoder does.
 * Undefined when the API server would reject the value ("quantities must match the regular expression ...").
 */
export function parseQuantity(input: string | number): Quantity | undefined {
  if (typeof input === 'number' && !Number.isFinite(input)) return undefined;
  const str = typeof input === 'number' ? String(input) : input;
  if (str.length === 0) return undefined;
  const parts = split(str);
  if (parts === undefined) return undefined;
  const how = interpret(parts.suffix);
  if (how === undefined) return undefined;
  const digits = (parts.num || '0') + parts.denom;
  const exponent = -parts.denom.length + (how.base === 10 ? how.exponent : 0);
  const fast = digits.length <= 15 ? fastPath(Number(digits), exponent, how, parts.negative) : undefined;
  return fast ?? exactPath(BigInt(digits), exponent, how, parts.negative);
}

/**
 * The common case in plain numbers (`500m`, `128Mi`, `2`): a safe-integer mantissa, no nano rounding, no saturation.
 * Undefined hands the value to the exact path.
 */
function fastPath(digits: number, exponent: number, how: { base: 2 | 10; exponent: number; format: QuantityFormat }, negative: boolean): Quantity | undefined {
  let n = how.base === 2 ? digits * 2 ** how.exponent : digits;
  if (!Number.isSafeInteger(n)) return undefined;
  let e = exponent;
  if (n !== 0) {
    while (n % 10 === 0) {
      n /= 10;
      e++;
    }
  } else e = 0;
  if (e < NANO || (how.format === 'BinarySI' && ((e > 0 && n * 10 ** e >= 9e18) || (e < 0 && n < 10 ** -e)))) return undefined;
  const signed = negative ? -n : n;
  return { mantissa: BigInt(signed), exponent: e, format: how.format, value: signed * 10 ** e };
}

function exactPath(digits: bigint, exponent: number, how: { base: 2 | 10; exponent: number; format: QuantityFormat }, negative: boolean): Quantity {
  let mantissa = how.base === 2 ? digits * 2n ** BigInt(how.exponent) : digits;
  if (negative) mantissa = -mantissa;
  let format = how.format;
  let q = normalize(mantissa, exponent);
  if (q.mantissa !== 0n && q.exponent < NANO) q = normalize(divRoundUp(q.mantissa, NANO - q.exponent), NANO);
  if (format === 'BinarySI') {
    const abs = q.mantissa < 0n ? -q.mantissa : q.mantissa;
    if (q.exponent >= 0 && abs * 10n ** BigInt(Math.min(q.exponent, 19)) > MAX_ALLOWED) q = normalize(q.mantissa < 0n ? -MAX_ALLOWED : MAX_ALLOWED, 0);
    else if (q.exponent < 0 && abs < 10n ** BigInt(-q.exponent)) format = 'DecimalSI';
  }
  return quantityFromParts(q.mantissa, q.exponent, format);
}

/** Quantity.RoundUp(scale): rounds away from zero to a multiple of 10^exponent (resource lists round to milli). */
export function roundUpQuantity(q: Quantity, exponent: number): Quantity {
  if (q.exponent >= exponent) return q;
  return quantityFromParts(divRoundUp(q.mantissa, exponent - q.exponent), exponent, q.format);
}

/** -1, 0 or 1, like Quantity.Cmp. */
export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
  const sa = a.mantissa === 0n ? 0 : a.mantissa < 0n ? -1 : 1;
  const sb = b.mantissa === 0n ? 0 : b.mantissa < 0n ? -1 : 1;
  if (sa !== sb || sa === 0) return sa < sb ? -1 : sa > sb ? 1 : 0;
  // Same sign: compare magnitudes by digit count first, so far-apart exponents never expand a huge power of ten.
  const magA = (sa < 0 ? -a.mantissa : a.mantissa).toString().length + a.exponent;
  const magB = (sb < 0 ? -b.mantissa : b.mantissa).toString().length + b.exponent;
  if (magA !== magB) return (magA > magB) === (sa > 0) ? 1 : -1;
  const e = Math.min(a.exponent, b.exponent);
  const x = a.mantissa * 10n ** BigInt(a.exponent - e);
  const y = b.mantissa * 10n ** BigInt(b.exponent - e);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The integer value rounded away from zero (Quantity.Value()), or undefined when it is astronomically large. */
export function quantityInteger(q: Quantity): bigint | undefined {
  if (q.exponent > 400) return undefined;
  return q.exponent >= 0 ? q.mantissa * 10n ** BigInt(q.exponent) : divRoundUp(q.mantissa, -q.exponent);
}

/** Decimal canonical form: the exponent lowered to a multiple of 3 (amount.go AsCanonicalBytes). */
function canonicalDecimal(q: Quantity): { digits: string; exponent: number } {
  const shift = ((q.exponent % 3) + 3) % 3;
  return { digits: (q.mantissa * 10n ** BigInt(shift)).toString(), exponent: q.exponent - shift };
}

/** Quantity.String(): the canonical spelling the API server prints (`1500m`, `1536Mi`, `1e3`...). */
export function formatQuantity(q: Quantity): string {
  if (q.mantissa === 0n) return '0';
  if (q.format === 'BinarySI' && q.exponent >= 0 && q.exponent <= 20) {
    let v = q.mantissa * 10n ** BigInt(q.exponent);
    const abs = v < 0n ? -v : v;
    if (abs >= 1024n) {
      let power = 0;
      while (v % 1024n === 0n && power < BINARY_SUFFIX_OF.length - 1) {
        v /= 1024n;
        power++;
      }
      if (power < BINARY_SUFFIX_OF.length - 1 || v % 1024n !== 0n) return `${v}${BINARY_SUFFIX_OF[power]}`;
      return formatDecimal(q, 'DecimalExponent');
    }
  }
  return formatDecimal(q, q.format === 'DecimalExponent' ? 'DecimalExponent' : 'DecimalSI');
}

function formatDecimal(q: Quantity, format: 'DecimalSI' | 'DecimalExponent'): string {
  const { digits, exponent } = canonicalDecimal(q);
  if (exponent === 0) return digits;
  const suffix = format === 'DecimalSI' ? DECIMAL_SUFFIX_OF.get(exponent) : undefined;
  return suffix !== undefined ? digits + suffix : `${digits}e${exponent}`;
}
