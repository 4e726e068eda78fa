// Code actions: the quick fixes that diagnostics carry, and "ignore this rule here" as a line comment or an
// object annotation. Each action is applied as an editor applies it; the diagnostic must then be gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { applyCodeAction, codeActionsFor, insertedTexts } from '../support/code-actions.js';
import type { KubeplanSettings } from '../support/lsp-client.js';
import { required } from '../support/results.js';
import { startSession, type Session } from '../support/session.js';

async function pull(s: Session, uri: string): Promise<Diagnostic[]> {
  const report = await s.client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  return report.kind === 'full' ? report.items : [];
}

async function diagnostic(s: Session, uri: string, rule: string): Promise<Diagnostic> {
  const all = await pull(s, uri);
  return required(all.find((d) => d.code === rule), `a ${rule} diagnostic among ${all.map((d) => String(d.code)).join(', ')}`);
}

/** Applies the quick fix of `rule` whose title matches, and returns the diagnostics of the fixed text. */
async function quickFix(s: Session, uri: string, rule: string, title: RegExp): Promise<Diagnostic[]> {
  const d = await diagnostic(s, uri, rule);
  const actions = await codeActionsFor(s.client, uri, d, [CodeActionKind.QuickFix]);
  const fix = required(
    actions.find((a) => title.test(a.title)),
    `a quick fix matching ${String(title)} among ${actions.map((a) => a.title).join(' | ')}`,
  );
  expect(fix.kind).toBe(CodeActionKind.QuickFix);
  await applyCodeAction(s.client, fix);
  return pull(s, uri);
}

const codes = (ds: Diagnostic[]): unknown[] => ds.map((d) => d.code);

describe('quick fixes carried by diagnostics', () => {
  let s: Session;
  let uri: string;
  beforeAll(async () => {
    s = await startSession({ settings: { rules: { 'cpu-request-missing': 'warning' } } });
    uri = (await s.open('broken/broken.yaml')).uri;
  });
  afterAll(() => s?.end());

  it('quote a YAML 1.1 boolean written in a string field', async () => {
    const after = await quickFix(s, uri, 'schema-type', /quote/i);
    expect(codes(after)).not.toContain('schema-type');
    expect(s.client.document(uri).text).toContain('value: "yes"');
  });

  it('migrate a removed apiVersion', async () => {
    const after = await quickFix(s, uri, 'api-removed', /policy\/v1/);
    expect(codes(after)).not.toContain('api-removed');
    expect(s.client.document(uri).text.startsWith('apiVersion: policy/v1\n')).toBe(true);
  });

  it('fix a misspelt field', async () => {
    const after = await quickFix(s, uri, 'schema-unknown-field', /labels/);
    expect(codes(after)).not.toContain('schema-unknown-field');
  });

  const SELECTOR_MISMATCH = [
    'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: sel', 'spec:', '  selector:', '    matchLabels:', '      app: sel',
    '  template:', '    metadata:', '      labels:', '        tier: x', '    spec:', '      containers:', '        - name: a',
    '          image: nginx:1.27.3', '          resources:', '            requests:', '              cpu: 10m', '',
  ].join('\n');

  it.each([
    ['replace tab indentation', 'tabbed', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: tabbed\ndata:\n  a: b\n', 'yaml-tab-indent', /tab/i, /^[^\t]*$/],
    ["add the selector's label to the pod template", 'selector', SELECTOR_MISMATCH, 'selector-matches-template', /label/i, /app: sel[\s\S]*app: sel/],
    ['add a resources block', 'no-resources', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bare\nspec:\n  containers:\n    - name: a\n      image: nginx:1.27.3\n', 'cpu-request-missing', /resources/i, /resources:/],
  ])('%s', async (_, name, text, rule, title, fixed) => {
    const target = s.ws.uri(`app/${name}.yaml`);
    await s.client.open(target, text);
    const after = await quickFix(s, target, rule, title);
    expect(codes(after)).not.toContain(rule);
    expect(s.client.document(target).text).toMatch(fixed);
  });
});

describe('quick fix for a taint no pod tolerates', () => {
  let s: Session;
  const settings: KubeplanSettings = { clusterFile: 'cluster/tainted-nodes.yaml' };
  beforeAll(async () => {
    s = await startSession({ settings });
  });
  afterAll(() => s?.end());

  it('adds a toleration for the taint', async () => {
    const uri = (await s.open('app/deployment.yaml')).uri;
    const before = await pull(s, uri);
    const blocked = required(
      before.find((d) => /taint/i.test(d.message)),
      `a diagnostic about the dedicated=db taint among ${before.map((d) => d.message).join(' | ')}`,
    );
    const actions = await codeActionsFor(s.client, uri, blocked, [CodeActionKind.QuickFix]);
    const fix = required(actions.find((a) => /toleration/i.test(a.title)), `a toleration quick fix among ${actions.map((a) => a.title).join(' | ')}`);
    await applyCodeAction(s.client, fix);
    expect(s.client.document(uri).text).toContain('tolerations:');
    expect((await pull(s, uri)).some((d) => /taint/i.test(d.message))).toBe(false);
  });
});

describe('ignore this rule here', () => {
  let s: Session;
  let uri: string;
  let original: string;
  beforeAll(async () => {
    s = await startSession();
    const doc = await s.open('broken/broken.yaml');
    uri = doc.uri;
    original = doc.text;
  });
  afterAll(() => s?.end());

  it('is offered as a line comment and as an object annotation', async () => {
    const actions = await codeActionsFor(s.client, uri, await diagnostic(s, uri, 'latest-tag'));
    const ignores = actions.filter((a) => /ignore/i.test(a.title));
    const inserted = (await Promise.all(ignores.map((a) => insertedTexts(s.client, a)))).flat().join('\n');
    expect(inserted).toMatch(/# kubeplan-ignore latest-tag/);
    expect(inserted).toMatch(/kubeplan\.io\/ignore/);
  });

  it.each([
    ['a line comment', /# kubeplan-ignore latest-tag/],
    ['an object annotation', /kubeplan\.io\/ignore/],
  ])('silences the rule with %s and leaves no unused ignore', async (_, form) => {
    await s.client.change(uri, [{ text: original }]);
    const actions = await codeActionsFor(s.client, uri, await diagnostic(s, uri, 'latest-tag'));
    const inserts = await Promise.all(actions.map(async (a) => ({ a, texts: await insertedTexts(s.client, a) })));
    const action = required(inserts.find(({ texts }) => texts.some((t) => form.test(t)))?.a, `an action inserting ${String(form)}`);
    await applyCodeAction(s.client, action);
    expect(s.client.document(uri).text).toMatch(form);
    const after = codes(await pull(s, uri));
    expect(after).not.toContain('latest-tag');
    expect(after).not.toContain('unused-ignore');
    expect(after).toContain('api-removed');
  });
});
