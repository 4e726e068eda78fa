// Code lenses with the simulation's predictions: each workload's placement (and Pending pods with the
// scheduler's reason), each Service's ready endpoints, recomputed after edits; and the full plan command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, ExecuteCommandParams } from 'vscode-languageserver-protocol';
import { eventually } from '../support/eventually.js';
import { startSession, type Session } from '../support/session.js';
import { find } from '../support/text-model.js';

describe('code lenses and the plan command', () => {
  let s: Session;

  /** Lens titles of a file, resolving lenses that come without a command. */
  async function lensTitles(file: string): Promise<{ line: number; title: string }[]> {
    const lenses = (await s.client.request<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri: s.ws.uri(file) } })) ?? [];
    const full = await Promise.all(lenses.map((l) => (l.command === undefined ? s.client.request<CodeLens>('codeLens/resolve', l) : l)));
    return full.map((l) => ({ line: l.range.start.line, title: l.command?.title ?? '' }));
  }

  /** Lenses are recomputed in the background after edits: ask again until one matches. */
  async function lensMatching(file: string, pattern: RegExp): Promise<{ line: number; title: string }> {
    const titles = await eventually(() => lensTitles(file), (all) => all.some((t) => pattern.test(t.title)), `a lens in ${file} matching ${String(pattern)}`, s.client.timeoutMs);
    return titles.find((t) => pattern.test(t.title)) ?? { line: -1, title: '' };
  }

  beforeAll(async () => {
    s = await startSession();
    for (const file of ['app/deployment.yaml', 'app/service.yaml']) await s.open(file);
  });
  afterAll(() => s?.end());

  it("show a workload's predicted placement at the top of the object", async () => {
    const lens = await lensMatching('app/deployment.yaml', /3\/3 scheduled/);
    expect(lens.title).toContain('node-a');
    expect(lens.title).toContain('node-b');
    expect(lens.line).toBeLessThanOrEqual(3);
  });

  it("show a Service's ready endpoints", async () => {
    const lens = await lensMatching('app/service.yaml', /3 ready endpoints/);
    expect(lens.line).toBeLessThanOrEqual(3);
  });

  it('follow an edit that leaves pods Pending, with the scheduler reason', async () => {
    const uri = s.ws.uri('app/deployment.yaml');
    await s.client.change(uri, [{ range: find(s.client.document(uri).text, 'replicas: 3'), text: 'replicas: 9' }]);
    const lens = await lensMatching('app/deployment.yaml', /Pending/);
    expect(lens.title).toMatch(/8\/9 scheduled/);
    expect(lens.title).toMatch(/1 Pending: .*Insufficient cpu/);
    await lensMatching('app/service.yaml', /8 ready endpoints/);
  });

  it('run the full plan with kubeplan.plan', async () => {
    const params: ExecuteCommandParams = { command: 'kubeplan.plan', arguments: [] };
    const result = await s.client.request<unknown>('workspace/executeCommand', params);
    const text = typeof result === 'string' ? result : JSON.stringify(result);
    expect(text).toContain('Deployment');
    expect(text).toContain('node-a');
    expect(text).toMatch(/Pending|pending/);
  });
});
