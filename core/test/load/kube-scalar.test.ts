import { describe, expect, it } from 'vitest';
import { resolveKubeScalar } from '../../src/load/index.js';

/*
 * Plain scalars as the Kubernetes decoder (sigs.k8s.io/yaml → go-yaml v2 `resolve.go`) reads them. Cases follow
 * resolve.go: the resolve map (bools, nulls, special floats, `<<`), then for a leading digit or sign
 * ParseInt(base 0) → ParseUint → yamlStyleFloat → `0b`; timestamps are kept as strings by the decoder.
 */
const cases: Array<[string, unknown, string]> = [
  // booleans (YAML 1.1): the resolve map
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map(
    (s): [string, unknown, string] => [s, true, 'a YAML 1.1 true'],
  ),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map(
    (s): [string, unknown, string] => [s, false, 'a YAML 1.1 false'],
  ),
  ['yEs', 'yEs', 'mixed case is not in the map'],
  ['TRue', 'TRue', 'mixed case is not in the map'],
  ['t', 't', 'a single t is not a boolean'],
  // nulls
  ['', null, 'empty'],
  ['~', null, 'tilde'],
  ['null', null, 'null'],
  ['Null', null, 'Null'],
  ['NULL', null, 'NULL'],
  ['nULL', 'nULL', 'mixed case null is a string'],
  // special floats
  ['.inf', Number.POSITIVE_INFINITY, '.inf'],
  ['+.Inf', Number.POSITIVE_INFINITY, 'signed .Inf'],
  ['-.INF', Number.NEGATIVE_INFINITY, '-.INF'],
  ['.nan', Number.NaN, '.nan'],
  ['.NaN', Number.NaN, '.NaN'],
  ['.5', 0.5, 'a float starting with a dot'],
  ['.5e3', 500, 'a dot float with an exponent'],
  ['.', '.', 'a lone dot'],
  ['.x', '.x', 'a dot then a letter'],
  // ints: ParseInt(s, 0, 64) after removing `_`
  ['0', 0, 'zero'],
  ['-0', 0, 'negative zero is zero'],
  ['42', 42, 'decimal'],
  ['+42', 42, 'explicit plus sign'],
  ['-42', -42, 'negative'],
  ['1_000_000', 1_000_000, 'underscores are removed'],
  ['0x1F', 31, 'hex'],
  ['0X1f', 31, 'upper-case hex prefix'],
  ['-0x10', -16, 'negative hex'],
  ['0b1010', 10, 'binary'],
  ['-0b11', -3, 'negative binary'],
  ['0o17', 15, '0o octal (Go ParseInt base 0)'],
  ['0777', 511, 'YAML 1.1 leading-zero octal'],
  ['0644', 420, 'file mode octal, as in defaultMode: 0644'],
  ['08', 8, 'not octal: falls through to yamlStyleFloat, 8'],
  ['9223372036854775807', 9223372036854775807, 'int64 max'],
  ['18446744073709551615', 18446744073709551615, 'uint64 max (ParseUint)'],
  ['0x', '0x', 'a prefix without digits'],
  ['12abc', '12abc', 'digits then letters'],
  ['1.2.3', '1.2.3', 'a version number'],
  ['-', '-', 'a lone minus'],
  // floats: yamlStyleFloat
  ['3.14', 3.14, 'decimal float'],
  ['1.', 1, 'trailing dot'],
  ['-1.5e-3', -0.0015, 'exponent'],
  ['1e3', 1000, 'exponent without a dot'],
  ['6.02E+23', 6.02e23, 'upper-case exponent'],
  ['1_000.5', 1000.5, 'underscores in a float'],
  ['1e400', '1e400', 'overflow is an error in Go: the scalar stays a string'],
  ['0x1p-2', '0x1p-2', 'Go hex floats are not yamlStyleFloat'],
  ['Infinity', 'Infinity', 'JS spellings are strings'],
  // not resolved by go-yaml v2: stay strings
  ['1:30', '1:30', 'sexagesimal: go-yaml v2 leaves it a string'],
  ['190:20:30', '190:20:30', 'sexagesimal'],
  ['2001-12-14', '2001-12-14', 'a date: the decoder keeps timestamps as strings'],
  ['2001-12-14t21:59:43.10-05:00', '2001-12-14t21:59:43.10-05:00', 'a timestamp'],
  ['<<', '<<', 'the merge key is handled by the parser, not as a value'],
  ['nginx:1.25', 'nginx:1.25', 'an image'],
  ['100m', '100m', 'a quantity'],
  ['v1', 'v1', 'a version'],
];

describe('resolveKubeScalar: plain scalars like go-yaml v2', () => {
  it.each(cases)('%j resolves to %j (%s)', (source, expected) => {
    expect(resolveKubeScalar(source)).toEqual(expected);
  });
});
