// Acceptance: an exception inside one rule is logged and that rule skipped, never a crash. The server's
// KUBEPLAN_LSP_FAULTY_RULE switch makes one rule throw on every object it checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDiagnosticReport, Hover, LogMessageParams } from 'vscode-languageserver-protocol';
import { hoverText } from '../support/results.js';
import { startSession, type Session } from '../support/session.js';
import { positionIn } from '../support/text-model.js';

describe('a rule that throws', () => {
  let s: Session;
  let codes: unknown[];
  beforeAll(async () => {
    s = await startSession({ env: { KUBEPLAN_LSP_FAULTY_RULE: 'latest-tag' } });
    const doc = await s.open('broken/broken.yaml');
    const report = await s.client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: doc.uri } });
    codes = report.kind === 'full' ? report.items.map((d) => d.code) : [];
  });
  afterAll(() => s?.end());

  it('is skipped while every other check still reports', () => {
    expect(codes).not.toContain('latest-tag');
    expect(codes).toEqual(expect.arrayContaining(['api-removed', 'schema-type', 'schema-unknown-field']));
  });

  it('is logged with the rule id', () => {
    const logged = [
      ...s.client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as LogMessageParams).message),
      s.client.stderrTail(100_000),
    ].join('\n');
    expect(logged).toMatch(/latest-tag/);
    expect(logged).toMatch(/injected fault/);
  });

  it('leaves the server running and answering', async () => {
    const uri = s.ws.uri('broken/broken.yaml');
    const hover = await s.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionIn(s.client.document(uri).text, 'replicas', 2) });
    expect(hoverText(hover)).toContain('Number of desired pods');
    expect(s.client.exit).toBeUndefined();
  });
});
