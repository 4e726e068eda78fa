// Completion while typing: property names (in nested lists too) with docs, enum values, apiVersion/kind,
// resource snippets, label keys and values in selectors, object names in references, node label keys.
import { afterAll, beforeAll, afterEach, describe, expect, it } from 'vitest';
import { InsertTextFormat, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol';
import { completionItems, documentationText, labels, required } from '../support/results.js';
import { startSession, type Session } from '../support/session.js';
import { find, offsetAt, positionAt } from '../support/text-model.js';

describe('completion', () => {
  let s: Session;
  let original: string;
  const file = 'app/deployment.yaml';
  const uri = (): string => s.ws.uri(file);

  /** Replaces `needle` with `typed` as a user would, then completes at the end of what was typed. */
  async function typeAndComplete(needle: string, typed: string, target = uri()): Promise<CompletionItem[]> {
    const before = s.client.document(target).text;
    const range = find(before, needle);
    await s.client.change(target, [{ range, text: typed }]);
    const cursor = positionAt(s.client.document(target).text, offsetAt(before, range.start) + typed.length);
    const result = await s.client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', {
      textDocument: { uri: target },
      position: cursor,
      context: { triggerKind: 1 },
    });
    return completionItems(result);
  }

  async function resolved(item: CompletionItem): Promise<CompletionItem> {
    return s.client.capabilities.completionProvider?.resolveProvider === true ? s.client.request<CompletionItem>('completionItem/resolve', item) : item;
  }

  beforeAll(async () => {
    s = await startSession();
    original = (await s.open(file)).text;
    await s.open('app/service.yaml');
  });
  afterEach(async () => {
    await s.client.change(uri(), [{ text: original }]);
  });
  afterAll(() => s?.end());

  it('offers the properties of a container inside the containers list, with their docs', async () => {
    const items = await typeAndComplete('image: nginx:1.27.3', 'image: nginx:1.27.3\n          ');
    expect(labels(items)).toEqual(expect.arrayContaining(['imagePullPolicy', 'livenessProbe', 'readinessProbe', 'command', 'volumeMounts']));
    expect(labels(items)).not.toContain('replicas');
    const policy = items.find((i) => i.label === 'imagePullPolicy');
    expect(documentationText(await resolved(required(policy, 'an imagePullPolicy item')))).toContain('Image pull policy');
  });

  it('offers the properties of a list item two lists deep', async () => {
    const items = await typeAndComplete('containerPort: 8080', 'containerPort: 8080\n              ');
    expect(labels(items)).toEqual(expect.arrayContaining(['protocol', 'hostPort']));
    expect(labels(items)).not.toContain('imagePullPolicy');
  });

  it('offers the values of an enum-like field', async () => {
    const items = await typeAndComplete('image: nginx:1.27.3', 'image: nginx:1.27.3\n          imagePullPolicy: ');
    expect(labels(items)).toEqual(expect.arrayContaining(['Always', 'IfNotPresent', 'Never']));
  });

  it('offers apiVersions and the kinds of the chosen apiVersion', async () => {
    const target = s.ws.uri('app/typed.yaml');
    await s.client.open(target, 'apiVersion: apps/v1\nkind: X\n');
    const kinds = labels(await typeAndComplete('kind: X', 'kind: ', target));
    expect(kinds).toEqual(expect.arrayContaining(['Deployment', 'StatefulSet', 'DaemonSet']));
    const versions = labels(await typeAndComplete('apiVersion: apps/v1', 'apiVersion: ', target));
    expect(versions).toEqual(expect.arrayContaining(['apps/v1', 'v1', 'batch/v1']));
    await s.client.close(target);
  });

  it('offers snippets for new resources in an empty document', async () => {
    const target = s.ws.uri('app/empty.yaml');
    await s.client.open(target, '');
    const items = completionItems(
      await s.client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri: target }, position: { line: 0, character: 0 } }),
    );
    const snippet = items.find((i) => i.insertTextFormat === InsertTextFormat.Snippet && /Deployment/.test(`${i.label} ${i.filterText ?? ''}`));
    expect(snippet, `snippets among ${labels(items).join(', ')}`).toBeDefined();
    const body = snippet?.insertText ?? (snippet?.textEdit && 'newText' in snippet.textEdit ? snippet.textEdit.newText : '');
    expect(body).toContain('apiVersion: apps/v1');
    expect(body).toContain('kind: Deployment');
    await s.client.close(target);
  });

  it('offers label values seen in the workspace inside a selector', async () => {
    const service = s.ws.uri('app/service.yaml');
    const items = await typeAndComplete('app: web', 'app: ', service);
    expect(labels(items)).toContain('web');
    await s.client.change(service, [{ text: s.ws.read('app/service.yaml') }]);
  });

  it('offers label keys seen in the workspace inside a selector', async () => {
    const service = s.ws.uri('app/service.yaml');
    const items = await typeAndComplete('    app: web', '    app: web\n    ', service);
    expect(labels(items)).toContain('tier');
    await s.client.change(service, [{ text: s.ws.read('app/service.yaml') }]);
  });

  it('offers the names of ConfigMaps inside a configMapRef', async () => {
    const items = await typeAndComplete('name: web-config', 'name: ');
    expect(labels(items)).toContain('web-config');
    expect(labels(items)).not.toContain('web');
  });

  it('offers the names of ServiceAccounts in serviceAccountName', async () => {
    const items = await typeAndComplete('serviceAccountName: web', 'serviceAccountName: ');
    expect(labels(items)).toContain('web');
    expect(labels(items)).not.toContain('web-config');
  });

  it("offers the cluster file's node label keys inside nodeSelector", async () => {
    const items = await typeAndComplete('        pool: web', '        pool: web\n        ');
    expect(labels(items)).toEqual(expect.arrayContaining(['disktype', 'kubernetes.io/hostname']));
  });
});
