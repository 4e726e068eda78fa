import { describe, expect, it } from 'vitest';
import {
  compareQuantities,
  formatQuantity,
  parseQuantity,
  quantityFromParts,
  quantityInteger,
  roundUpQuantity,
  type QuantityFormat,
} from '../../src/model/quantity.js';

// Cases from staging/src/k8s.io/apimachinery/pkg/api/resource/quantity_test.go: TestQuantityParse (value as
// mantissa × 10^exponent, `decQuantity(m, e, format)` upstream), its `invalid` list, TestQuantityString,
// TestQuantityParseEmit, TestQuantityRoundUp and TestQuantityCmp.
describe('parseQuantity', () => {
  it.each([
    // Quantity-less numbers and zero with any suffix.
    ['0', 0n, 0, 'DecimalSI'],
    ['0Ki', 0n, 0, 'BinarySI'],
    ['0n', 0n, 0, 'DecimalSI'],
    ['1', 1n, 0, 'DecimalSI'],
    // Binary suffixes.
    ['1Ki', 1024n, 0, 'BinarySI'],
    ['7Mi', 7n * 1024n ** 2n, 0, 'BinarySI'],
    ['3Ei', 3n * 1024n ** 6n, 0, 'BinarySI'],
    // Decimal suffixes.
    ['5n', 5n, -9, 'DecimalSI'],
    ['4u', 4n, -6, 'DecimalSI'],
    ['3m', 3n, -3, 'DecimalSI'],
    ['50k', 5n, 4, 'DecimalSI'],
    ['300T', 3n, 14, 'DecimalSI'],
    ['1E', 1n, 18, 'DecimalSI'],
    // Decimal exponents.
    ['1E-3', 1n, -3, 'DecimalExponent'],
    ['1e3', 1n, 3, 'DecimalExponent'],
    ['1.3E+6', 13n, 5, 'DecimalExponent'],
    ['1.53E12', 153n, 10, 'DecimalExponent'],
    // Things that look like floating point.
    ['100.035k', 100035n, 0, 'DecimalSI'],
    ['0.0005k', 5n, -1, 'DecimalSI'],
    ['0.50000', 5n, -1, 'DecimalSI'],
    ['0.5e-2', 5n, -3, 'DecimalExponent'],
    ['7.123456M', 7123456n, 0, 'DecimalSI'],
    // Things that saturate or round up to a nano unit.
    ['3.001n', 4n, -9, 'DecimalSI'],
    ['1.1E-9', 2n, -9, 'DecimalExponent'],
    ['0.0000000001', 1n, -9, 'DecimalSI'],
    ['0.00000012345', 124n, -9, 'DecimalSI'],
    ['9Ei', 2n ** 63n - 1n, 0, 'BinarySI'],
    ['12E', 12n, 18, 'DecimalSI'],
    // Fractional binary values.
    ['100.035Ki', 10243584n, -2, 'BinarySI'],
    ['0.5Mi', 524288n, 0, 'BinarySI'],
    // "Things written by trolls".
    ['0.000000000001Ki', 2n, -9, 'DecimalSI'],
    ['.001', 1n, -3, 'DecimalSI'],
    ['1.', 1n, 0, 'DecimalSI'],
    ['1.G', 1n, 9, 'DecimalSI'],
    ['-1.025Ti', -11269994184704n, -1, 'BinarySI'],
    ['+2', 2n, 0, 'DecimalSI'],
  ] as const)('%s is %s × 10^%s (%s)', (input, mantissa, exponent, format) => {
    const q = parseQuantity(input);
    expect(q).toBeDefined();
    expect(compareQuantities(q!, quantityFromParts(mantissa, exponent, format))).toBe(0);
    expect(q!.format).toBe(format);
  });

  it.each(['', '1.1.M', '1+1.0M', '0.1mi', '0.1am', 'aoeu', '.5i', '1i', '-3.01i', '-3.01e-', '1e4294967297', ' 1', '1 ', '1K', '1e', '1Gb', '5 Mi'])(
    '%j is rejected',
    (input) => expect(parseQuantity(input)).toBeUndefined(),
  );

  it('reads YAML numbers from their JSON spelling', () => {
    expect(parseQuantity(0.5)?.value).toBe(0.5);
    expect(formatQuantity(parseQuantity(1e21)!)).toBe('1e21');
    expect(parseQuantity(Number.NaN)).toBeUndefined();
  });

  it('gives the value in base units', () => {
    expect(parseQuantity('250m')!.value).toBe(0.25);
    expect(parseQuantity('1Gi')!.value).toBe(1073741824);
  });
});

describe('formatQuantity', () => {
  it.each([
    [1024n ** 3n, 0, 'BinarySI', '1Gi'],
    [300n * 1024n ** 2n, 0, 'BinarySI', '300Mi'],
    [5n, 0, 'BinarySI', '5'],
    [500n, -3, 'BinarySI', '500m'],
    [1000n, 6, 'DecimalSI', '1G'],
    [1n, -3, 'DecimalSI', '1m'],
    [108n, -2, 'DecimalSI', '1080m'],
    [1n, 21, 'DecimalSI', '1e21'],
    [1n, 70, 'BinarySI', '10e69'],
    [1234567n, -3, 'BinarySI', '1234567m'],
    [1025n, 0, 'BinarySI', '1025'],
    [0n, 0, 'BinarySI', '0'],
    [1n, 9, 'DecimalExponent', '1e9'],
    [80n, -3, 'DecimalExponent', '80e-3'],
    [0n, 0, 'DecimalExponent', '0'],
    [10800n, -10, 'DecimalSI', '1080n'],
    [1080n, -6, 'DecimalSI', '1080u'],
    [-901n, -2, 'DecimalSI', '-9010m'],
    [2n ** 70n, 0, 'BinarySI', '1180591620717411303424'],
  ] as const)('%s × 10^%s (%s) prints as %s', (mantissa, exponent, format, out) => {
    expect(formatQuantity(quantityFromParts(mantissa, exponent, format as QuantityFormat))).toBe(out);
  });

  it.each([
    ['1Ki', '1Ki'],
    ['1024Mi', '1Gi'],
    ['1000M', '1G'],
    ['.001Ki', '1024m'],
    ['.000000001Ki', '1024n'],
    ['.000000000001Ki', '2n'],
    ['-1024Mi', '-1Gi'],
    ['0.5', '500m'],
    ['2000m', '2'],
    ['1.5Gi', '1536Mi'],
    ['1.2e3', '1200'],
  ])('%s round-trips as %s', (input, out) => expect(formatQuantity(parseQuantity(input)!)).toBe(out));
});

describe('quantity arithmetic', () => {
  it.each([
    ['0', '0', 0],
    ['100m', '50m', 1],
    ['50m', '100m', -1],
    ['10000T', '100Gi', 1],
    ['1', '1000m', 0],
    ['-1', '1m', -1],
    ['-2', '-1', -1],
    ['1e300', '1', 1],
  ])('%s compared with %s is %i', (a, b, cmp) => expect(compareQuantities(parseQuantity(a)!, parseQuantity(b)!)).toBe(cmp));

  it.each([
    ['9.01', -3, '9010m'],
    ['9.01', -1, '9100m'],
    ['9.01', 0, '10'],
    ['-9.01', 0, '-10'],
    ['100u', -3, '1m'],
  ])('%s rounded up to 10^%i is %s', (input, exponent, out) => expect(formatQuantity(roundUpQuantity(parseQuantity(input)!, exponent))).toBe(out));

  it('gives integer values rounded away from zero, like Quantity.Value()', () => {
    expect(quantityInteger(parseQuantity('1.5')!)).toBe(2n);
    expect(quantityInteger(parseQuantity('2Mi')!)).toBe(2097152n);
  });
});
