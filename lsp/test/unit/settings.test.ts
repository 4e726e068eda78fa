import { describe, expect, it } from 'vitest';
import { mergeSettings, readSettings } from '../../src/settings.js';
import { clientSupport, diagnosticsMode } from '../../src/server/client-support.js';

describe('settings', () => {
  it('reads the kubeplan section, alone or inside an object, and leaves out what is malformed', () => {
    const problems: string[] = [];
    const s = readSettings({ kubeplan: { kubeVersion: '1.30', clusterFile: 'c.yaml', rules: { 'latest-tag': 'off', 'pdb-missing': 'loud' }, strict: false, extra: 1 } }, problems);
    expect(s).toEqual({ kubeVersion: '1.30', clusterFile: ['c.yaml'], strict: false, rules: { 'latest-tag': 'off' } });
    expect(problems).toEqual(['kubeplan.rules.pdb-missing: expected error, warning, info or off, got "loud"']);
    expect(readSettings({ configFile: 'x.yaml' })).toEqual({ configFile: 'x.yaml', rules: {} });
    expect(readSettings(null)).toEqual({ rules: {} });
  });

  it('lets workspace settings win over initialization options, rule by rule', () => {
    expect(mergeSettings({ strict: true, rules: { a: 'off', b: 'info' } }, { rules: { b: 'error' } })).toEqual({ strict: true, rules: { a: 'off', b: 'error' } });
  });

  it('pushes diagnostics unless the client asks for pull alone', () => {
    expect(clientSupport({}, diagnosticsMode(undefined)).pushDiagnostics).toBe(true);
    expect(clientSupport({ textDocument: { diagnostic: {} } }, diagnosticsMode({ kubeplan: { diagnosticsMode: 'pull' } })).pushDiagnostics).toBe(false);
  });
});
