// deepEqual must mean exactly `canonicalJson(a) === canonicalJson(b)` and jsonEqual exactly
// `JSON.stringify(a) === JSON.stringify(b)`: the controllers and the engine used those strings to decide whether an
// update changes anything, and the rounds (hence the plans) must not change. Table cases, then random values
// compared with the strings themselves.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/simulate/controllers/canonical-json.js';
import { deepEqual } from '../../../src/simulate/deep-equal.js';
import { jsonEqual } from '../../../src/simulate/json-equal.js';

interface Case {
  name: string;
  a: unknown;
  b: unknown;
  deep: boolean;
  json: boolean;
}

const shared = { spec: { containers: [{ name: 'app', image: 'nginx' }] } };

const CASES: Case[] = [
  { name: 'the same reference', a: shared, b: shared, deep: true, json: true },
  { name: 'equal scalars', a: 'x', b: 'x', deep: true, json: true },
  { name: 'a number and its string', a: 1, b: '1', deep: false, json: false },
  { name: '0 and -0 are both written 0', a: 0, b: -0, deep: true, json: true },
  { name: 'NaN is written null', a: { v: Number.NaN }, b: { v: null }, deep: true, json: true },
  { name: 'Infinity is written null', a: [Number.POSITIVE_INFINITY], b: [null], deep: true, json: true },
  { name: 'key order: canonical ignores it, JSON does not', a: { a: 1, b: 2 }, b: { b: 2, a: 1 }, deep: true, json: false },
  { name: 'a key holding undefined is an absent key', a: { a: 1, b: undefined }, b: { a: 1 }, deep: true, json: true },
  { name: 'undefined in an array is null', a: [undefined], b: [null], deep: true, json: true },
  { name: 'null in an object is not absent', a: { a: null }, b: {}, deep: false, json: false },
  { name: 'an empty array is not an empty object', a: [], b: {}, deep: false, json: false },
  { name: 'arrays are ordered', a: [1, 2], b: [2, 1], deep: false, json: false },
  { name: 'a longer array', a: [1], b: [1, 1], deep: false, json: false },
  { name: 'a nested difference', a: { s: { c: [{ n: 'a', i: 'x' }] } }, b: { s: { c: [{ n: 'a', i: 'y' }] } }, deep: false, json: false },
  { name: 'an extra key on the right', a: { a: 1 }, b: { a: 1, b: 2 }, deep: false, json: false },
  { name: 'an inherited name is not an own key', a: { toString: null }, b: { x: null }, deep: false, json: false },
  { name: 'a function value: null for canonical, left out by JSON', a: { f: () => 1 }, b: { f: null }, deep: true, json: false },
  { name: 'a Date as JSON writes it', a: { t: new Date(0) }, b: { t: '1970-01-01T00:00:00.000Z' }, deep: false, json: true },
  { name: 'an object and a scalar', a: { a: {} }, b: { a: 'x' }, deep: false, json: false },
];

describe('deepEqual and jsonEqual', () => {
  it.each(CASES)('$name', ({ a, b, deep, json }) => {
    expect(canonicalJson(a) === canonicalJson(b)).toBe(deep);
    expect(JSON.stringify(a) === JSON.stringify(b)).toBe(json);
    expect(deepEqual(a, b)).toBe(deep);
    expect(deepEqual(b, a)).toBe(deep);
    expect(jsonEqual(a, b)).toBe(json);
    expect(jsonEqual(b, a)).toBe(json);
  });
});

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALARS: unknown[] = [null, undefined, 0, -0, 1, 2, 1.5e300, Number.NaN, Number.POSITIVE_INFINITY, '', 'a', 'b', '1', 'a/b.c-d_e', 'a b', 'q"uote', 'line\nbreak', 'é', '\u2028', true, false];
const KEYS = ['a', 'b', 'c', '1', 'spec', 'app.kubernetes.io/name', 'a b', 'ü'];

function value(next: () => number, depth: number): unknown {
  const r = next();
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  if (depth <= 0 || r < 0.4) return pick(SCALARS);
  if (r < 0.7) return Array.from({ length: Math.floor(next() * 3) }, () => value(next, depth - 1));
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (next() < 0.5) out[k] = value(next, depth - 1);
  return out;
}

/** A variant of `v`: sometimes the same, sometimes with keys reordered, sometimes one leaf changed. */
function variant(next: () => number, v: unknown): unknown {
  if (v === null || typeof v !== 'object') return next() < 0.8 ? v : SCALARS[Math.floor(next() * SCALARS.length)];
  if (Array.isArray(v)) return next() < 0.1 ? [...v, null] : v.map((x) => variant(next, x));
  const entries = Object.entries(v as Record<string, unknown>).map(([k, x]): [string, unknown] => [k, variant(next, x)]);
  if (next() < 0.5) entries.reverse();
  if (next() < 0.1) entries.push(['c', undefined]);
  return Object.fromEntries(entries);
}

/** canonicalJson as first written (entries, filter, sort, map, join): the spelling the pod-template-hash keeps. */
function referenceCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : referenceCanonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${referenceCanonicalJson(v)}`).join(',')}}`;
}

describe('deepEqual and jsonEqual on random values', () => {
  it('canonicalJson spells values as it always did', () => {
    const next = random(7);
    for (let i = 0; i < 5_000; i++) {
      const v = value(next, 5);
      expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
    }
    const holes = [1, , 3, ,];
    expect(canonicalJson(holes)).toBe(referenceCanonicalJson(holes));
  });

  it('agree with canonicalJson and JSON.stringify', () => {
    const next = random(42);
    let equalDeep = 0;
    let equalJson = 0;
    for (let i = 0; i < 20_000; i++) {
      const a = value(next, 4);
      const b = next() < 0.2 ? value(next, 4) : variant(next, a);
      const deep = canonicalJson(a) === canonicalJson(b);
      const json = JSON.stringify(a) === JSON.stringify(b);
      if (deepEqual(a, b) !== deep || jsonEqual(a, b) !== json) expect({ a, b, deep, json }).toBe('agreeing');
      if (deep) equalDeep++;
      if (json) equalJson++;
    }
    // Both outcomes are exercised.
    expect(equalDeep).toBeGreaterThan(1000);
    expect(equalJson).toBeGreaterThan(1000);
  });
});
