// Pulled diagnostics (textDocument/diagnostic), as VS Code asks for them: the current text's findings on
// demand, right after an edit, and an empty report for YAML that is not a Kubernetes manifest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { cliDiagnostics, summary } from '../support/cli-oracle.js';
import { startSession, type Session } from '../support/session.js';
import { find } from '../support/text-model.js';

describe('pulled diagnostics', () => {
  let s: Session;
  const pull = async (uri: string): Promise<DocumentDiagnosticReport> =>
    s.client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  const items = (report: DocumentDiagnosticReport) => (report.kind === 'full' ? report.items : []);

  beforeAll(async () => {
    s = await startSession({ pullDiagnostics: true });
  });
  afterAll(() => s?.end());

  it('return a full report equal to the CLI findings', async () => {
    const doc = await s.open('broken/broken.yaml');
    const report = await pull(doc.uri);
    expect(report.kind).toBe('full');
    const expected = await cliDiagnostics(s.ws.root, 'broken/broken.yaml');
    expect(items(report).map(summary).sort()).toEqual(expected.map(summary).sort());
  });

  it('reflect an edit sent just before the pull', async () => {
    const uri = s.ws.uri('broken/broken.yaml');
    await s.client.change(uri, [{ range: find(s.client.document(uri).text, 'lables'), text: 'labels' }]);
    const report = await pull(uri);
    expect(report.kind).toBe('full');
    expect(items(report).map((d) => d.code)).not.toContain('schema-unknown-field');
    expect(items(report).map((d) => d.code)).toContain('api-removed');
  });

  it('return an empty report for a clean manifest', async () => {
    const doc = await s.open('app/deployment.yaml');
    expect(items(await pull(doc.uri))).toEqual([]);
  });

  it('check JSON manifests too', async () => {
    const uri = s.ws.uri('app/pod.json');
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'json' }, spec: { containers: [{ name: 'a', image: 'nginx:1.27.3', imagePullPolicy: 'Sometimes' }] } };
    await s.client.open(uri, JSON.stringify(pod, null, 2), 'json');
    const found = items(await pull(uri));
    const enumError = found.find((d) => d.code === 'schema-enum');
    expect(enumError?.range).toEqual(find(s.client.document(uri).text, '"Sometimes"'));
  });

  it('leave other JSON alone', async () => {
    const uri = s.ws.uri('app/package.json');
    await s.client.open(uri, JSON.stringify({ name: 'web', version: '1.0.0', scripts: { start: 'node .' } }, null, 2), 'json');
    expect(items(await pull(uri))).toEqual([]);
  });

  it.each(['chart/templates/deployment.yaml', 'chart/Chart.yaml', '.github/workflows/ci.yml', 'docker-compose.yml'])(
    'return an empty report for %s',
    async (file) => {
      const doc = await s.open(file);
      const report = await pull(doc.uri);
      expect(items(report)).toEqual([]);
    },
  );
});
