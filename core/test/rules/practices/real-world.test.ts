// The presets on public manifests of well-run projects (../shared/corpus/real-world/CLEAN.txt): best practices
// never raise an error there, and the recommended preset stays quiet enough to be the default.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostic.js';
import { loadPaths } from '../../../src/load/index.js';
import type { Manifest } from '../../../src/load/types.js';
import { PRACTICE_RULES } from '../../../src/rules/practices/index.js';
import { runRules } from '../../../src/rules/run-rules.js';
import { SchemaRegistry } from '../../../src/schema/index.js';
import { SHARED } from '../../support/shared.js';

const REAL_WORLD = path.join(SHARED, 'corpus', 'real-world');
const present = existsSync(path.join(REAL_WORLD, 'CLEAN.txt'));
if (!present) console.warn(`skipping the best-practice corpus test: ${REAL_WORLD} is absent`);

function run(manifests: readonly Manifest[], preset: 'recommended' | 'strict'): Diagnostic[] {
  const registry = SchemaRegistry.load();
  const settings = { preset, rules: {}, assumeComplete: false };
  return runRules(manifests, PRACTICE_RULES, { settings, defaultNamespace: 'default', isNamespaced: (a, k) => registry.isNamespaced(a, k) }).diagnostics;
}

describe.skipIf(!present)('best practices on the real-world corpus', () => {
  it('raise no error in either preset, and recommended warns on fewer than one object in ten', async () => {
    const files = readFileSync(path.join(REAL_WORLD, 'CLEAN.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    const { manifests } = await loadPaths(files.map((f) => path.join(REAL_WORLD, f)));
    const recommended = run(manifests, 'recommended');
    const strict = run(manifests, 'strict');
    expect([...recommended, ...strict].filter((d) => d.severity === 'error')).toEqual([]);
    expect(recommended.length).toBeLessThan(manifests.length / 10);
    expect(strict.length).toBeGreaterThan(recommended.length);
  });
});
