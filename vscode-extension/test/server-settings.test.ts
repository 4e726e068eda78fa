import { describe, expect, it } from 'vitest';
import { explainArgs, planAgainstArgs } from '../src/client/cli-planner.js';
import { cliFlags, serverSettings } from '../src/client/server-settings.js';

const reader = (values: Record<string, unknown>) => ({ get: (key: string) => values[key] });

describe('settings mapping to the server', () => {
  it.each([
    ['defaults leave everything to .kubeplan.yaml', { kubeVersion: '', clusterFile: '', configFile: '', rules: {}, strict: undefined, trace: { server: 'off' } }, { rules: {} }],
    ['a version without its v, one cluster file as a list', { kubeVersion: ' v1.30 ', clusterFile: 'cluster.yaml' }, { kubeVersion: '1.30', clusterFile: ['cluster.yaml'], rules: {} }],
    ['several cluster files, empty ones dropped', { clusterFile: ['a.yaml', '', 'b/'] }, { clusterFile: ['a.yaml', 'b/'], rules: {} }],
    ['rule levels, unknown levels dropped', { rules: { 'latest-tag': 'off', x: 'loud', y: 3 } }, { rules: { 'latest-tag': 'off' } }],
    ['strict false and a config file', { strict: false, configFile: 'ci/.kubeplan.yaml' }, { strict: false, configFile: 'ci/.kubeplan.yaml', rules: {} }],
  ])('%s', (_name, values, expected) => {
    expect(serverSettings(reader(values))).toEqual(expected);
  });

  it('gives the same settings as CLI flags for plans against a base and explanations', () => {
    const s = serverSettings(reader({ kubeVersion: '1.30', clusterFile: ['c.yaml'], configFile: 'k.yaml', strict: false }));
    expect(cliFlags(s)).toEqual(['--kube-version', '1.30', '--cluster', 'c.yaml', '--config', 'k.yaml', '--no-strict']);
    expect(planAgainstArgs('main', { rules: {} })).toEqual(['plan', '.', '--base', 'main', '--output', 'json']);
    expect(explainArgs('shop/db-0', { rules: {}, strict: true })).toEqual(['plan', '.', '--explain', 'shop/db-0', '--output', 'markdown', '--strict']);
  });
});
