import { describe, expect, it } from 'vitest';
import { corpusObjects } from '../../bench/corpus.js';
import type { Manifest, PositionMap } from '../../src/load/types.js';
import { createValidator } from '../../src/schema/index.js';
import { freshRegistry } from './helpers.js';

/** Valid objects must never need positions: this map throws when touched. */
const untouchable: PositionMap = {
  get: () => {
    throw new Error('positions touched for a valid object');
  },
  locate: () => {
    throw new Error('positions touched for a valid object');
  },
  scalarSource: () => {
    throw new Error('positions touched for a valid object');
  },
  get documentRange(): never {
    throw new Error('positions touched for a valid object');
  },
};

describe('validation speed', () => {
  it('validates 10,000 valid objects (Deployments with full pod templates, Services, ConfigMaps) well under 0.5 s', () => {
    const manifests: Manifest[] = corpusObjects(10_000).map((object, i) => ({ object, source: { file: 'bench.yaml', docIndex: i, positions: untouchable } }));
    const validator = createValidator(freshRegistry());

    const compileStart = performance.now();
    for (const m of manifests.slice(0, 3)) expect(validator.validate(m)).toEqual([]); // one of each kind: compiles
    const compileMs = performance.now() - compileStart;

    const start = performance.now();
    let findings = 0;
    for (const m of manifests) findings += validator.validate(m).length;
    const ms = performance.now() - start;

    expect(findings).toBe(0);
    console.log(`schema: compile 3 kinds ${compileMs.toFixed(0)} ms; validate 10,000 objects ${ms.toFixed(0)} ms`);
    // The target is well under 500 ms on one core; the bound leaves room for slow CI machines.
    expect(ms).toBeLessThan(1000);
  });
});
