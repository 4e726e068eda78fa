// Starting, describing and stopping the server: what it advertises, how it asks for settings, both transports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver-protocol';
import type { LspClient } from '../support/lsp-client.js';
import { startSession, type Session } from '../support/session.js';

/** A feature is provided statically in the initialize result or registered dynamically afterwards. */
function provides(client: LspClient, key: keyof ServerCapabilities, method: string): boolean {
  const value = client.capabilities[key];
  return (value !== undefined && value !== false && value !== null) || client.registrations.some((r) => r.method === method);
}

describe('the server over stdio', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(() => s?.end());

  it('syncs documents incrementally', () => {
    const sync = s.client.capabilities.textDocumentSync;
    const change = typeof sync === 'object' ? sync.change : sync;
    expect(change).toBe(TextDocumentSyncKind.Incremental);
  });

  it.each([
    ['hoverProvider', 'textDocument/hover'],
    ['completionProvider', 'textDocument/completion'],
    ['codeActionProvider', 'textDocument/codeAction'],
    ['definitionProvider', 'textDocument/definition'],
    ['referencesProvider', 'textDocument/references'],
    ['documentSymbolProvider', 'textDocument/documentSymbol'],
    ['workspaceSymbolProvider', 'workspace/symbol'],
    ['foldingRangeProvider', 'textDocument/foldingRange'],
    ['codeLensProvider', 'textDocument/codeLens'],
    ['diagnosticProvider', 'textDocument/diagnostic'],
  ] as const)('advertises %s', (key, method) => {
    expect(provides(s.client, key, method)).toBe(true);
  });

  it('advertises the kubeplan.plan command', () => {
    const commands = [
      ...(s.client.capabilities.executeCommandProvider?.commands ?? []),
      ...s.client.registrations.filter((r) => r.method === 'workspace/executeCommand').flatMap((r) => (r.registerOptions as { commands: string[] }).commands),
    ];
    expect(commands).toContain('kubeplan.plan');
  });

  it('asks the client for the kubeplan settings section', async () => {
    await s.open('app/service.yaml');
    await s.client.request('textDocument/hover', { textDocument: { uri: s.ws.uri('app/service.yaml') }, position: { line: 0, character: 0 } });
    expect(s.client.configurationSections).toContain('kubeplan');
  });

  it('exits with code 0 after shutdown and exit', async () => {
    const other = await startSession();
    expect(await other.client.stop()).toBe(0);
    other.ws.dispose();
  });
});

describe('the server over node IPC, as the VS Code client starts it', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession({ transport: 'node-ipc', pullDiagnostics: false });
  });
  afterAll(() => s?.end());

  it('publishes diagnostics for an opened manifest', async () => {
    const doc = await s.open('broken/broken.yaml');
    const publish = await s.client.waitForDiagnostics(doc.uri, (p) => p.diagnostics.some((d) => d.code === 'api-removed'));
    expect(publish.diagnostics.map((d) => d.code)).toContain('latest-tag');
  });
});
