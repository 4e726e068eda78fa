/**
 * Plain-scalar resolution as the Kubernetes decoder does it: sigs.k8s.io/yaml decodes YAML with go-yaml v2
 * (YAML 1.1 flavoured), `resolve.go`. Mirrored here rule by rule:
 * - booleans `y Y yes Yes YES true True TRUE on On ON` / `n N no No NO false False FALSE off Off OFF`;
 * - nulls: empty, `~ null Null NULL`;
 * - `.inf .Inf .INF` (also `+`/`-` signed), `.nan .NaN .NAN`;
 * - ints: `_` removed, then Go `strconv.ParseInt(s, 0, 64)` (decimal, `0x`, `0b`, `0o`, leading-`0` octal,
 *   optional sign), then `ParseUint`; then floats matching go-yaml's `yamlStyleFloat`; then `0b`/`-0b`;
 * - everything else (including timestamps and sexagesimal `1:30`, which go-yaml v2 leaves alone) is a string.
 * Only plain (unquoted, untagged) scalars are resolved; quoted and block scalars are always strings.
 */
export type KubeScalar = string | number | boolean | null;

const BOOLS: ReadonlyMap<string, boolean> = new Map([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s) => [s, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((s) => [s, false] as const),
]);

const SPECIAL_FLOATS: ReadonlyMap<string, number> = new Map([
  ...['.nan', '.NaN', '.NAN'].map((s) => [s, Number.NaN] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Number.POSITIVE_INFINITY] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, Number.NEGATIVE_INFINITY] as const),
]);

/** go-yaml's `yamlStyleFloat`. */
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
const DIGITS: Readonly<Record<number, RegExp>> = {
  2: /^[01]+$/,
  8: /^[0-7]+$/,
  10: /^[0-9]+$/,
  16: /^[0-9a-fA-F]+$/,
};
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** True for the spellings of null: empty, `~`, `null`, `Null`, `NULL`. */
export function isNullSource(s: string): boolean {
  return s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL';
}

/** Go `strconv.ParseInt(s, 0, 64)`, falling back to `ParseUint(s, 0, 64)` for unsigned input. */
function parseGoInt(s: string): number | undefined {
  let i = 0;
  const sign = s.charCodeAt(0);
  if (sign === 43 || sign === 45) i = 1; // + -
  let base = 10;
  if (s.charCodeAt(i) === 48 && s.length > i + 1) {
    const p = s[i + 1];
    if (p === 'x' || p === 'X') base = 16;
    else if (p === 'b' || p === 'B') base = 2;
    else if (p === 'o' || p === 'O') base = 8;
    else base = 8; // legacy leading-zero octal: `0777`
    i += base === 8 && p !== 'o' && p !== 'O' ? 1 : 2;
  }
  const digits = s.slice(i);
  if (digits === '' || !(DIGITS[base] as RegExp).test(digits)) return undefined;
  let n: number;
  if (digits.length <= 12) {
    n = Number.parseInt(digits, base);
  } else {
    const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
    const big = BigInt(prefix + digits);
    // ParseInt allows a sign and int64; ParseUint allows no sign and uint64.
    const limit = sign === 45 ? INT64_MAX + 1n : sign === 43 ? INT64_MAX : UINT64_MAX;
    if (big > limit) return undefined;
    n = Number(big);
  }
  return sign === 45 ? (n === 0 ? 0 : -n) : n;
}

/** Resolves the text of a plain scalar to the value the Kubernetes decoder would see. */
export function resolveKubeScalar(s: string): KubeScalar {
  if (isNullSource(s)) return null;
  const c = s.charCodeAt(0);
  const isDigit = c >= 48 && c <= 57;
  if (!isDigit && c !== 43 && c !== 45 && c !== 46) {
    const b = BOOLS.get(s);
    return b === undefined ? s : b;
  }
  const special = SPECIAL_FLOATS.get(s);
  if (special !== undefined) return special;
  if (c === 46) return DOT_FLOAT.test(s) ? Number(s) : s;
  return resolveNumber(s) ?? s;
}

function resolveNumber(s: string): number | undefined {
  const plain = s.includes('_') ? s.replaceAll('_', '') : s;
  const int = parseGoInt(plain);
  if (int !== undefined) return int;
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = Number(plain);
    // Go's ParseFloat reports overflow as an error: the scalar then stays a string.
    if (Number.isFinite(f)) return f === 0 ? 0 : f;
  }
  if (plain.startsWith('-0b') && DIGITS[2]?.test(plain.slice(3))) return -Number.parseInt(plain.slice(3), 2) || 0;
  return undefined;
}

/**
 * The string a mapping key becomes. Kubernetes objects are JSON, so `5:`, `3.14:` and `true:` become `"5"`,
 * `"3.14"` and `"true"`. Same conversion as js-yaml's (`String(key)`), so both parse paths agree.
 */
export function stringifyKey(key: unknown): string {
  if (key !== null && typeof key === 'object' && !Array.isArray(key)) return '[object Object]';
  return String(key);
}
