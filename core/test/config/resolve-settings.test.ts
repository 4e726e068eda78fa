import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyConfig, resolveSettings, type KubeplanConfig } from '../../src/index.js';

const ROOT = path.resolve('/repo');
const config = (fields: Partial<KubeplanConfig>): KubeplanConfig => ({ ...emptyConfig('deploy/.kubeplan.yaml'), ...fields });

describe('resolveSettings: flags > configuration file > defaults', () => {
  it('uses the defaults without a configuration or flags', () => {
    expect(resolveSettings(undefined, {}, ROOT)).toEqual({
      rules: { preset: 'recommended', rules: {}, assumeComplete: false },
      schemaLocations: [],
      skipKinds: [],
      exclude: [],
      ignoreObjects: [],
    });
  });

  it.each([
    { field: 'preset', file: { preset: 'none' as const }, flags: { preset: 'strict' as const }, get: (s: ReturnType<typeof resolveSettings>) => s.rules.preset, fromFile: 'none', fromFlag: 'strict' },
    { field: 'kubeVersion', file: { kubeVersion: '1.29' }, flags: { kubeVersion: '1.31' }, get: (s: ReturnType<typeof resolveSettings>) => s.kubeVersion, fromFile: '1.29', fromFlag: '1.31' },
    { field: 'strict', file: { strict: false }, flags: { strict: true }, get: (s: ReturnType<typeof resolveSettings>) => s.strict, fromFile: false, fromFlag: true },
    { field: 'assume-complete', file: { assumeComplete: true }, flags: { assumeComplete: false }, get: (s: ReturnType<typeof resolveSettings>) => s.rules.assumeComplete, fromFile: true, fromFlag: false },
  ])('$field: the file over the default, the flag over the file', ({ file, flags, get, fromFile, fromFlag }) => {
    expect(get(resolveSettings(config(file), {}, ROOT))).toBe(fromFile);
    expect(get(resolveSettings(config(file), flags, ROOT))).toBe(fromFlag);
  });

  it('adds list flags to the lists of the file', () => {
    const s = resolveSettings(config({ skipKinds: ['Secret'] }), { skipKinds: ['ConfigMap'] }, ROOT);
    expect(s.skipKinds).toEqual(['Secret', 'ConfigMap']);
  });

  it('reads paths of the file relative to its folder; URLs, absolute paths and `default` as they are', () => {
    const s = resolveSettings(
      config({ schemaLocations: ['schemas/', 'https://example.com/{{.Group}}.json', '/abs/s.json', 'default'], ignore: { paths: ['charts/**', './gen/*.yaml'], objects: [] } }),
      { schemaLocations: ['flag/'], exclude: ['**/tmp/**'] },
      ROOT,
    );
    expect(s.schemaLocations).toEqual([path.join(ROOT, 'deploy', 'schemas/'), 'https://example.com/{{.Group}}.json', '/abs/s.json', 'default', 'flag/']);
    expect(s.exclude).toEqual([`${ROOT}/deploy/charts/**`, `${ROOT}/deploy/gen/*.yaml`, '**/tmp/**']);
  });

  it('passes rule levels and object ignores through', () => {
    const s = resolveSettings(config({ rules: { 'schema-missing': { level: 'off' } }, ignore: { paths: [], objects: [{ kind: 'Job', rules: ['all'] }] } }), {}, ROOT);
    expect(s.rules.rules).toEqual({ 'schema-missing': { level: 'off' } });
    expect(s.ignoreObjects).toEqual([{ kind: 'Job', rules: ['all'] }]);
  });
});
