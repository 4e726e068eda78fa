// The `kubeplan` settings (workspace/configuration), changed while the server runs through
// workspace/didChangeConfiguration: rule overrides, kubeVersion, strict, cluster file and config file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Publish } from '../support/diagnostics-store.js';
import { startSession, type Session } from '../support/session.js';

const codes = (p: Publish): unknown[] => p.diagnostics.map((d) => d.code);
const find = (p: Publish, rule: string) => p.diagnostics.find((d) => d.code === rule);

describe('settings', () => {
  let s: Session;
  let broken: string;
  let deployment: string;
  beforeAll(async () => {
    s = await startSession({ pullDiagnostics: false });
    broken = (await s.open('broken/broken.yaml')).uri;
    deployment = (await s.open('app/deployment.yaml')).uri;
    await s.client.waitForDiagnostics(broken, (p) => codes(p).includes('latest-tag'));
  });
  afterAll(() => s?.end());

  it('turn a rule off', async () => {
    await s.client.setSettings({ rules: { 'latest-tag': 'off' } });
    const publish = await s.client.waitForDiagnostics(broken, (p) => !codes(p).includes('latest-tag'), 'without latest-tag');
    expect(codes(publish)).toContain('api-removed');
  });

  it("change a rule's severity", async () => {
    await s.client.setSettings({ rules: { 'latest-tag': 'error' } });
    const publish = await s.client.waitForDiagnostics(broken, (p) => find(p, 'latest-tag')?.severity === 1, 'with latest-tag as an error');
    expect(find(publish, 'latest-tag')?.severity).toBe(1);
  });

  it('check apiVersions against the configured Kubernetes version', async () => {
    await s.client.setSettings({ kubeVersion: '1.21' });
    const publish = await s.client.waitForDiagnostics(broken, (p) => codes(p).includes('api-deprecated'), 'with api-deprecated');
    expect(codes(publish)).not.toContain('api-removed');
    expect(find(publish, 'api-deprecated')?.severity).toBe(2);
  });

  it('make unknown fields warnings when strict is off', async () => {
    await s.client.setSettings({ strict: false });
    const publish = await s.client.waitForDiagnostics(broken, (p) => find(p, 'schema-unknown-field')?.severity === 2, 'with a warning for "lables"');
    expect(codes(publish)).toContain('api-removed');
  });

  it('schedule against the configured cluster file', async () => {
    await s.client.setSettings({ clusterFile: 'cluster/gpu-nodes.yaml' });
    const publish = await s.client.waitForDiagnostics(deployment, (p) => codes(p).includes('node-selector-matches-no-node'), 'with node-selector-matches-no-node');
    expect(find(publish, 'node-selector-matches-no-node')?.message).toContain('pool=web');
  });

  it('read the configured configuration file instead of .kubeplan.yaml', async () => {
    await s.client.setSettings({ configFile: 'config/strict.yaml' });
    const publish = await s.client.waitForDiagnostics(deployment, (p) => codes(p).includes('run-as-root'), 'with the strict preset');
    expect(codes(publish)).not.toContain('node-selector-matches-no-node');
  });

  it('return to the workspace configuration when the settings are cleared', async () => {
    await s.client.setSettings({});
    await s.client.waitForDiagnostics(deployment, (p) => p.diagnostics.length === 0, 'with no findings');
    const publish = await s.client.waitForDiagnostics(broken, (p) => codes(p).includes('api-removed') && codes(p).includes('latest-tag'));
    expect(find(publish, 'latest-tag')?.severity).toBe(2);
  });
});
