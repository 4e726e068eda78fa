// Hovers: field documentation from the schema, kind summaries and deprecations, what a selector matches, and
// where a workload's pods are predicted to land (or why they stay Pending).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, Position } from 'vscode-languageserver-protocol';
import { eventually } from '../support/eventually.js';
import { hoverText } from '../support/results.js';
import { startSession, type Session } from '../support/session.js';
import { find, positionIn } from '../support/text-model.js';

describe('hover', () => {
  let s: Session;
  const hover = async (file: string, position: Position): Promise<string> =>
    hoverText(await s.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: s.ws.uri(file) }, position }));
  const text = (file: string): string => s.client.document(s.ws.uri(file)).text;

  beforeAll(async () => {
    s = await startSession();
    for (const file of ['app/deployment.yaml', 'app/service.yaml', 'broken/broken.yaml']) await s.open(file);
  });
  afterAll(() => s?.end());

  it("shows a field's type and description from the schema", async () => {
    const shown = await hover('app/deployment.yaml', positionIn(text('app/deployment.yaml'), 'replicas', 2));
    expect(shown).toContain('Number of desired pods');
    expect(shown).toMatch(/integer/i);
  });

  it('says when a field is required', async () => {
    const shown = await hover('app/deployment.yaml', positionIn(text('app/deployment.yaml'), 'containers:', 3));
    expect(shown).toMatch(/required/i);
    expect(shown).toContain('List of containers');
  });

  it('documents fields inside list items', async () => {
    const shown = await hover('app/deployment.yaml', positionIn(text('app/deployment.yaml'), 'containerPort', 4));
    expect(shown).toContain('Number of port to expose');
  });

  it("shows the kind's summary on kind", async () => {
    const shown = await hover('app/deployment.yaml', positionIn(text('app/deployment.yaml'), 'Deployment', 3));
    expect(shown).toContain('Deployment enables declarative updates for Pods and ReplicaSets');
  });

  it('says that an apiVersion was removed and what replaces it', async () => {
    const shown = await hover('broken/broken.yaml', positionIn(text('broken/broken.yaml'), 'policy/v1beta1', 4));
    expect(shown).toMatch(/removed/i);
    expect(shown).toContain('1.25');
    expect(shown).toContain('policy/v1');
  });

  it("lists the objects a Service's selector matches, with their locations", async () => {
    const shown = await hover('app/service.yaml', positionIn(text('app/service.yaml'), 'selector', 3));
    expect(shown).toContain('Deployment');
    expect(shown).toContain('web');
    expect(shown).toContain('deployment.yaml');
  });

  // The placement comes from the plan, which the server computes in the background.
  const placementHover = (pattern: RegExp): Promise<string> =>
    eventually(() => hover('app/deployment.yaml', positionIn(text('app/deployment.yaml'), 'name: web', 7)), (shown) => pattern.test(shown), `a hover matching ${String(pattern)}`, s.client.timeoutMs);

  it("shows a workload's predicted placement", async () => {
    const shown = await placementHover(/3\/3/);
    expect(shown).toContain('node-a');
    expect(shown).toContain('node-b');
  });

  it("shows why a workload's pods stay Pending", async () => {
    const uri = s.ws.uri('app/deployment.yaml');
    await s.client.change(uri, [{ range: find(text('app/deployment.yaml'), 'cpu: 500m'), text: 'cpu: "3"' }]);
    const shown = await placementHover(/Pending/);
    expect(shown).toContain('Insufficient cpu');
  });

  it('answers null, not an error, on the empty last line', async () => {
    const lines = text('app/service.yaml').split('\n');
    expect(await hover('app/service.yaml', { line: lines.length - 1, character: 0 })).toBe('');
  });
});
