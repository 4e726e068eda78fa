// The outline (document symbols, one per object as Kind/name), workspace symbols over the index, and folding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSymbol, FoldingRange, SymbolInformation, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { documentSymbols, workspaceSymbols } from '../support/results.js';
import { startSession, type Session } from '../support/session.js';
import { lineIndex } from '../support/text-model.js';

describe('symbols and folding', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(() => s?.end());

  it('outline each object of a file by kind and name, at its document', async () => {
    const doc = await s.open('broken/broken.yaml');
    const result = await s.client.request<DocumentSymbol[] | SymbolInformation[] | null>('textDocument/documentSymbol', { textDocument: { uri: doc.uri } });
    const symbols = documentSymbols(result);
    expect(symbols).toHaveLength(3);
    const expected = [
      ['PodDisruptionBudget', 'legacy', 0],
      ['Deployment', 'legacy', lineIndex(doc.text, 'kind: Deployment') - 1],
      ['ConfigMap', 'legacy-config', lineIndex(doc.text, 'kind: ConfigMap') - 1],
    ] as const;
    expected.forEach(([kind, name, line], i) => {
      expect(symbols[i]?.text).toContain(kind);
      expect(symbols[i]?.text).toContain(name);
      expect(symbols[i]?.line).toBe(line);
    });
  });

  it('find objects across the workspace by name, including files that are not open', async () => {
    const result = await s.client.request<SymbolInformation[] | WorkspaceSymbol[] | null>('workspace/symbol', { query: 'web' });
    const found = workspaceSymbols(result);
    const where = (kind: string, file: string) => found.some((f) => f.text.includes(kind) && f.uri === s.ws.uri(file));
    expect(where('Deployment', 'app/deployment.yaml')).toBe(true);
    expect(where('Service', 'app/service.yaml')).toBe(true);
    expect(where('ConfigMap', 'app/configmap.yaml')).toBe(true);
    expect(found.some((f) => f.uri?.includes('/chart/'))).toBe(false);
  });

  it('fold each document and each nested block', async () => {
    const doc = await s.open('broken/broken.yaml');
    const ranges = (await s.client.request<FoldingRange[] | null>('textDocument/foldingRange', { textDocument: { uri: doc.uri } })) ?? [];
    const separator = lineIndex(doc.text, '---');
    const lastLine = lineIndex(doc.text, '---', 1) - 1;
    // The second document folds from its `---` separator or from its first line, down to its last line.
    const secondDoc = ranges.find((r) => (r.startLine === separator || r.startLine === separator + 1) && r.endLine >= lastLine);
    expect(secondDoc, JSON.stringify(ranges)).toBeDefined();
    expect(ranges.some((r) => r.startLine === 0 && r.endLine >= separator - 1)).toBe(true);
    // Its spec, template and containers list fold too.
    const starts = ranges.map((r) => r.startLine);
    expect(starts).toEqual(expect.arrayContaining([lineIndex(doc.text, 'spec:', 1), lineIndex(doc.text, '  template:'), lineIndex(doc.text, '      containers:')]));
    for (const r of ranges) expect(r.endLine).toBeGreaterThan(r.startLine);
  });
});
