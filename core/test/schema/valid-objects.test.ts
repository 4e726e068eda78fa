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

// The bulk path's speed rests on this: a valid object costs one compiled ajv call, no positions, no messages.
// (Speed itself is measured by `npm run bench`, not asserted here.)
describe('valid objects', () => {
  it('never touch positions: 10,000 Deployments, Services and ConfigMaps give no finding', () => {
    const manifests: Manifest[] = corpusObjects(10_000).map((object, i) => ({ object, source: { file: 'bench.yaml', docIndex: i, positions: untouchable } }));
    const validator = createValidator(freshRegistry());
    let findings = 0;
    for (const m of manifests) findings += validator.validate(m).length;
    expect(findings).toBe(0);
  });
});
