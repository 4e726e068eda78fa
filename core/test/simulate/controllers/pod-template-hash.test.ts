import { describe, expect, it } from 'vitest';
import { computeHash, fnv32a, safeEncodeString } from '../../../src/simulate/controllers/pod-template-hash.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

// Upstream: pkg/controller/controller_utils.go ComputeHash (+ controller_utils_test.go TestComputeHash),
// Go hash/fnv New32a, apimachinery util/rand SafeEncodeString.
describe('fnv32a (Go hash/fnv New32a)', () => {
  it.each([
    { name: 'the empty input is the offset basis', input: '', hash: 0x811c9dc5 },
    { name: 'one byte', input: 'a', hash: 0xe40c292c },
    { name: 'a word', input: 'foobar', hash: 0xbf9cf968 },
  ])('$name', ({ input, hash }) => {
    expect(fnv32a(bytes(input))).toBe(hash);
  });
});

describe('safeEncodeString', () => {
  it('maps each digit onto the alphabet without vowels (byte % 27)', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });
});

describe('computeHash', () => {
  const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } };

  it.each([
    { name: 'the same template written with keys in another order hashes the same', other: { spec: { containers: [{ image: 'nginx:1.27', name: 'app' }] }, metadata: { labels: { app: 'web' } } }, same: true },
    { name: 'a different image hashes differently', other: { ...template, spec: { containers: [{ name: 'app', image: 'nginx:1.28' }] } }, same: false },
  ])('$name', ({ other, same }) => {
    expect(computeHash(other) === computeHash(template)).toBe(same);
  });

  it('a collision count changes the hash, as upstream writes it after the template', () => {
    expect(computeHash(template, 1)).not.toBe(computeHash(template));
    expect(computeHash(template, 1)).not.toBe(computeHash(template, 2));
  });

  it('has the shape of a pod-template-hash', () => {
    expect(computeHash(template)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
  });
});
