import type { CompletionItem } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { completion } from '../../src/features/completion.js';
import { CONFIGMAP, DEPLOYMENT, SERVICE, workspaceOf } from './workspace-of.js';

const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);
const edit = (items: CompletionItem[], label: string): string | undefined => {
  const e = items.find((i) => i.label === label)?.textEdit;
  return e !== undefined && 'newText' in e ? e.newText : undefined;
};

/** Completion at `¦` in `base + typed` (at the end when there is no `¦`). */
async function complete(base: string, typed: string, others: Record<string, string> = {}): Promise<CompletionItem[]> {
  const marked = `${base}${typed}`;
  const cut = marked.includes('¦') ? marked.indexOf('¦') : marked.length;
  const text = marked.replace('¦', '');
  const t = await workspaceOf({ ...others, 'x.yaml': text });
  const lines = text.slice(0, cut).split('\n');
  return completion(t.ws, t.file('x.yaml'), { line: lines.length - 1, character: (lines[lines.length - 1] as string).length });
}

describe('completion', () => {
  it('proposes the fields of a container not written yet, as key snippets with docs', async () => {
    const items = await complete(DEPLOYMENT, '          ');
    expect(labels(items)).toContain('imagePullPolicy');
    expect(labels(items)).not.toContain('image');
    expect(edit(items, 'ports')).toBe('ports:\n            - $0');
    expect(edit(items, 'imagePullPolicy')).toBe('imagePullPolicy: $0');
    expect(items.find((i) => i.label === 'resources')?.documentation).toMatchObject({ kind: 'markdown' });
  });

  it('proposes enum values', async () => {
    expect(labels(await complete(DEPLOYMENT, '          imagePullPolicy: '))).toEqual(['Always', 'IfNotPresent', 'Never']);
  });

  it('proposes apiVersions serving the kind written, and kinds served at an apiVersion', async () => {
    const versions = labels(await complete('kind: Deployment\napiVersion: ', ''));
    expect(versions[0]).toBe('apps/v1');
    const kinds = labels(await complete('apiVersion: batch/v1\nkind: ', ''));
    expect(kinds).toEqual(expect.arrayContaining(['Job', 'CronJob']));
    expect(kinds).not.toContain('Deployment');
  });

  it('proposes new-resource snippets in an empty document', async () => {
    const items = await complete('', '');
    expect(edit(items, 'Deployment')).toContain('kind: Deployment');
  });

  it('proposes the names of ConfigMaps in a configMapRef', async () => {
    const items = await complete(DEPLOYMENT.replace('name: web-config\n', 'name: ¦\n'), '', { 'cm.yaml': CONFIGMAP });
    expect(labels(items)).toEqual(['web-config']);
  });

  it('proposes pod label keys and values inside a selector', async () => {
    const keys = await complete(SERVICE.replace('    app: web\n', '    ¦\n'), '', { 'd.yaml': DEPLOYMENT });
    expect(labels(keys)).toContain('app');
    expect(edit(keys, 'app')).toBe('app: web');
    const values = await complete(SERVICE.replace('    app: web\n', '    app: ¦\n'), '', { 'd.yaml': DEPLOYMENT });
    expect(labels(values)).toEqual(['web']);
  });

  it("proposes the cluster's node label keys in nodeSelector", async () => {
    const items = await complete(DEPLOYMENT.replace('      serviceAccountName: web\n', '      nodeSelector:\n        ¦\n'), '');
    expect(labels(items)).toEqual(expect.arrayContaining(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']));
  });
});
