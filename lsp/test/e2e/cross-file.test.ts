// The workspace index: checks that span files (a Deployment and its ConfigMap, a Service and its pods) follow
// unsaved edits in other open files and changes on disk reported through workspace/didChangeWatchedFiles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileChangeType } from 'vscode-languageserver-protocol';
import type { Publish } from '../support/diagnostics-store.js';
import { startSession, type Session } from '../support/session.js';
import { find } from '../support/text-model.js';

const has = (rule: string) => (p: Publish) => p.diagnostics.some((d) => d.code === rule);
const lacks = (rule: string) => (p: Publish) => !p.diagnostics.some((d) => d.code === rule);

describe('cross-file diagnostics', () => {
  let s: Session;
  // readiness-probe-missing (off in the recommended preset) names the Service that sends traffic to the pods.
  beforeAll(async () => {
    s = await startSession({ pullDiagnostics: false, settings: { rules: { 'readiness-probe-missing': 'warning' } } });
  });
  afterAll(() => s?.end());

  it('see files of the workspace that are not open', async () => {
    const deployment = await s.open('app/deployment.yaml');
    const publish = await s.client.waitForDiagnostics(deployment.uri, has('readiness-probe-missing'), 'with readiness-probe-missing');
    expect(publish.diagnostics.map((d) => d.code)).not.toContain('configmap-ref-not-found');
    expect(publish.diagnostics.map((d) => d.code)).not.toContain('service-account-not-found');
  });

  it("update the Deployment's file when the Service's selector changes in another file", async () => {
    const service = await s.open('app/service.yaml');
    await s.client.change(service.uri, [{ range: find(service.text, 'app: web'), text: 'app: api' }]);
    await s.client.waitForDiagnostics(s.ws.uri('app/deployment.yaml'), lacks('readiness-probe-missing'), 'without readiness-probe-missing');
    await s.client.waitForDiagnostics(service.uri, has('service-selects-no-pods'), 'with service-selects-no-pods');
    await s.client.change(service.uri, [{ range: find(service.text, 'app: api'), text: 'app: web' }]);
    await s.client.waitForDiagnostics(s.ws.uri('app/deployment.yaml'), has('readiness-probe-missing'), 'with readiness-probe-missing again');
    await s.client.waitForDiagnostics(service.uri, lacks('service-selects-no-pods'), 'without service-selects-no-pods');
  });

  it("update the Service's file when the container port it targets is renamed", async () => {
    const uri = s.ws.uri('app/deployment.yaml');
    await s.client.change(uri, [{ range: find(s.client.document(uri).text, '- name: http'), text: '- name: web' }]);
    await s.client.waitForDiagnostics(s.ws.uri('app/service.yaml'), has('service-target-port-not-found'), 'with service-target-port-not-found');
    await s.client.change(uri, [{ range: find(s.client.document(uri).text, '- name: web', { after: 'ports:' }), text: '- name: http' }]);
    await s.client.waitForDiagnostics(s.ws.uri('app/service.yaml'), lacks('service-target-port-not-found'), 'without service-target-port-not-found');
  });

  it('report the reference at its exact place when the ConfigMap is renamed in an unsaved editor', async () => {
    const configMap = await s.open('app/configmap.yaml');
    await s.client.change(configMap.uri, [{ range: find(configMap.text, 'name: web-config'), text: 'name: web-settings' }]);
    const deployment = s.client.document(s.ws.uri('app/deployment.yaml'));
    const publish = await s.client.waitForDiagnostics(deployment.uri, has('configmap-ref-not-found'), 'with configmap-ref-not-found');
    const missing = publish.diagnostics.find((d) => d.code === 'configmap-ref-not-found');
    expect(missing?.range.start.line).toBe(find(deployment.text, 'name: web-config').start.line);
  });

  it('go back to the file on disk when the unsaved editor is closed', async () => {
    await s.client.close(s.ws.uri('app/configmap.yaml'));
    await s.client.waitForDiagnostics(s.ws.uri('app/deployment.yaml'), lacks('configmap-ref-not-found'), 'without configmap-ref-not-found');
  });

  it('follow a file changed on disk', async () => {
    s.ws.write('app/configmap.yaml', s.ws.read('app/configmap.yaml').replace('name: web-config', 'name: renamed-config'));
    await s.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: s.ws.uri('app/configmap.yaml'), type: FileChangeType.Changed }] });
    await s.client.waitForDiagnostics(s.ws.uri('app/deployment.yaml'), has('configmap-ref-not-found'), 'with configmap-ref-not-found');
  });

  it('follow a file deleted on disk', async () => {
    s.ws.remove('app/configmap.yaml');
    await s.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: s.ws.uri('app/configmap.yaml'), type: FileChangeType.Deleted }] });
    await s.client.waitForDiagnostics(s.ws.uri('app/deployment.yaml'), has('service-account-not-found'), 'with service-account-not-found');
  });

  it('follow a file created on disk', async () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\n';
    s.ws.write('app/restored.yaml', text);
    await s.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: s.ws.uri('app/restored.yaml'), type: FileChangeType.Created }] });
    const publish = await s.client.waitForDiagnostics(
      s.ws.uri('app/deployment.yaml'),
      (p) => lacks('configmap-ref-not-found')(p) && lacks('service-account-not-found')(p),
      'without the missing references',
    );
    expect(publish.diagnostics.map((d) => d.code)).toEqual(['readiness-probe-missing']);
  });
});
