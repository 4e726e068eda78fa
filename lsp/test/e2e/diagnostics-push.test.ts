// Pushed diagnostics (textDocument/publishDiagnostics), as a client without pull support such as Neovim 0.7
// receives them: the CLI's findings with exact ranges, rule ids and doc links; new ones after edits; silence
// on files that are not Kubernetes manifests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliDiagnostics, summary } from '../support/cli-oracle.js';
import { describePublish } from '../support/diagnostics-store.js';
import { startSession, type Session } from '../support/session.js';
import { find, positionAfter } from '../support/text-model.js';

const NOT_MANIFESTS = ['chart/templates/deployment.yaml', 'chart/Chart.yaml', '.github/workflows/ci.yml', 'docker-compose.yml'];

describe('pushed diagnostics', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession({ pullDiagnostics: false });
  });
  afterAll(() => s?.end());

  it('match the CLI exactly: rule id as code, severity, range and message', async () => {
    const doc = await s.open('broken/broken.yaml');
    const expected = await cliDiagnostics(s.ws.root, 'broken/broken.yaml');
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const publish = await s.client.waitForDiagnostics(doc.uri, (p) => p.diagnostics.length >= expected.length);
    expect(publish.diagnostics.map(summary).sort()).toEqual(expected.map(summary).sort());
  });

  it('link each diagnostic to its rule documentation and name kubeplan as the source', async () => {
    const { diagnostics } = await s.client.waitForDiagnostics(s.ws.uri('broken/broken.yaml'), (p) => p.diagnostics.length > 0);
    for (const d of diagnostics) {
      expect(d.codeDescription?.href, `codeDescription of ${String(d.code)}`).toMatch(new RegExp(`^https?://.*${String(d.code)}`));
      expect(d.source).toBe('kubeplan');
    }
  });

  it('are published again for the new version after an edit', async () => {
    const uri = s.ws.uri('broken/broken.yaml');
    const doc = s.client.document(uri);
    const version = await s.client.change(uri, [{ range: find(doc.text, 'nginx:latest'), text: 'nginx:1.27.3' }]);
    const publish = await s.client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'latest-tag'), 'without latest-tag');
    expect(publish.version ?? version).toBe(version);
    expect(publish.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['api-removed', 'schema-type', 'schema-unknown-field']));
  });

  it('coalesce a burst of keystrokes and end on the last version, never going back to an older one', async () => {
    const uri = s.ws.uri('broken/broken.yaml');
    const before = s.client.diagnostics.seq;
    const typed = '          imagePullPolicy: Sometimes\n';
    let at = { line: find(s.client.document(uri).text, '          env:').start.line, character: 0 };
    // Sent back to back, as a fast typist or a paste does: the server sees them arrive together.
    const sent: Promise<number>[] = [];
    for (const ch of typed) {
      sent.push(s.client.change(uri, [{ range: { start: at, end: at }, text: ch }]));
      at = ch === '\n' ? { line: at.line + 1, character: 0 } : { line: at.line, character: at.character + 1 };
    }
    const version = Math.max(...(await Promise.all(sent)));
    const publish = await s.client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'schema-enum'), 'with schema-enum');
    expect(publish.version ?? version).toBe(version);
    const burst = s.client.diagnostics.publishesFor(uri).filter((p) => p.seq > before);
    expect(burst.length).toBeLessThan(typed.length / 2);
    const versions = burst.map((p) => p.version).filter((v): v is number => typeof v === 'number');
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('follow the text after a whole-document replacement', async () => {
    const uri = s.ws.uri('broken/broken.yaml');
    await s.client.change(uri, [{ text: s.ws.read('app/service.yaml').replace('name: web', 'name: other') }]);
    const publish = await s.client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'api-removed'), 'after the replacement');
    expect(publish.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
  });

  it('point at the offending text of a document typed into an empty file', async () => {
    const uri = s.ws.uri('app/new-pod.yaml');
    const doc = await s.client.open(uri, '');
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: typed\nspec:\n  containers:\n    - name: app\n      image: busybox\n      imagePullPolicy: Sometimes\n';
    await s.client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text }]);
    const publish = await s.client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'schema-enum'), 'with schema-enum');
    const enumError = publish.diagnostics.find((d) => d.code === 'schema-enum');
    expect(enumError?.range).toEqual(find(doc.text, 'Sometimes'));
    expect(positionAfter(doc.text, 'Sometimes')).toEqual(enumError?.range.end);
  });

  it('leave Helm templates, Chart.yaml, GitHub workflows and compose files alone', async () => {
    for (const file of NOT_MANIFESTS) await s.open(file);
    // A manifest opened after them: once its diagnostics arrive, the server has handled the files before it.
    const probe = await s.open('app/deployment.yaml');
    await s.client.waitForDiagnostics(probe.uri);
    for (const file of NOT_MANIFESTS) {
      const last = s.client.diagnostics.latestFor(s.ws.uri(file));
      expect(last === undefined ? [] : last.diagnostics, `${file}: ${last === undefined ? '' : describePublish(last)}`).toEqual([]);
    }
  });

  it('stay silent while someone types into a Helm template', async () => {
    const uri = s.ws.uri('chart/templates/deployment.yaml');
    const doc = s.client.document(uri);
    await s.client.change(uri, [{ range: find(doc.text, '{{ .Values.replicaCount }}'), text: '{{ .Values.replicas | default 2 }}' }]);
    const probeUri = s.ws.uri('app/deployment.yaml');
    await s.client.change(probeUri, [{ range: find(s.client.document(probeUri).text, 'replicas: 3'), text: 'replicas: 2' }]);
    await s.client.waitForDiagnostics(probeUri);
    expect(s.client.diagnostics.latestFor(uri)?.diagnostics ?? []).toEqual([]);
  });
});
