import { describe, expect, it } from 'vitest';
import { completionContext, nodeAt, TextLines, documentKind } from '../../src/index.js';

/** A text with one `|` marking the cursor: the text without it, and the cursor's line and column. */
function cursor(marked: string): { lines: TextLines; line: number; col: number } {
  const at = marked.indexOf('¦');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const before = text.slice(0, at).split('\n');
  return { lines: new TextLines(text), line: before.length - 1, col: (before[before.length - 1] as string).length };
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: nginx
        - name: sidecar
          `;

describe('completionContext', () => {
  const cases: Array<[string, string, Partial<NonNullable<ReturnType<typeof completionContext>>>]> = [
    ['a key typed inside the second container', `${DEPLOYMENT}ima¦`, { role: 'key', path: ['spec', 'template', 'spec', 'containers', 1], prefix: 'ima', siblings: ['name'] }],
    ['a blank line inside a container', `${DEPLOYMENT}¦`, { role: 'key', path: ['spec', 'template', 'spec', 'containers', 1], prefix: '' }],
    ['a value after a key', `${DEPLOYMENT}imagePullPolicy: If¦`, { role: 'value', path: ['spec', 'template', 'spec', 'containers', 1, 'imagePullPolicy'], prefix: 'If' }],
    ['a new item of a sequence', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n  - ¦', { role: 'key', path: ['spec', 'containers', 1], newItem: true }],
    ['a top-level key', 'apiVersion: v1\nkind: Pod\nsp¦', { role: 'key', path: [], prefix: 'sp', siblings: ['kind', 'apiVersion'] }],
    ['a key of the second document', 'kind: A\n---\nkind: B\nmetadata:\n  na¦', { role: 'key', path: ['metadata'], docIndex: 1 }],
    ['keys below the cursor count as siblings', 'metadata:\n  ¦\n  labels: {}\n  name: x', { role: 'key', path: ['metadata'], siblings: ['labels', 'name'] }],
    ['a value right after the colon needs a space', 'spec:\n  restartPolicy:¦', { role: 'value', path: ['spec', 'restartPolicy'], needsSpace: true }],
  ];
  it.each(cases)('%s', (_name, marked, expected) => {
    const { lines, line, col } = cursor(marked);
    expect(completionContext(lines, line, col)).toMatchObject(expected);
  });

  it('says nothing inside a block scalar or a comment', () => {
    for (const marked of ['data:\n  script: |\n    echo ¦', 'metadata:\n  # a comm¦ent']) {
      const { lines, line, col } = cursor(marked);
      expect(completionContext(lines, line, col)).toBeUndefined();
    }
  });
});

describe('nodeAt', () => {
  const cases: Array<[string, string, Partial<NonNullable<ReturnType<typeof nodeAt>>>]> = [
    ['a key of a container', 'spec:\n  containers:\n    - name: web\n      ima¦ge: nginx', { on: 'key', path: ['spec', 'containers', 0, 'image'], text: 'image' }],
    ['a value', 'spec:\n  containers:\n    - name: web\n      image: ngi¦nx', { on: 'value', path: ['spec', 'containers', 0, 'image'], text: 'nginx' }],
    ['the key on a dash line', 'spec:\n  containers:\n    - name: a\n    - na¦me: b', { on: 'key', path: ['spec', 'containers', 1, 'name'] }],
    ['a scalar item', 'args:\n  - a\n  - b¦', { on: 'value', path: ['args', 1], text: 'b' }],
    ['a key inside a flow mapping', 'metadata:\n  labels: {app: web, ti¦er: x}', { on: 'key', path: ['metadata', 'labels', 'tier'] }],
    ['a JSON document', '{\n  "kind": "Pod",\n  "metadata": {"na¦me": "x"}\n}', { on: 'key', path: ['metadata', 'name'] }],
    ['an indentless sequence', 'spec:\n  ports:\n  - port: 80\n  - por¦t: 81', { on: 'key', path: ['spec', 'ports', 1, 'port'] }],
  ];
  it.each(cases)('%s', (_name, marked, expected) => {
    const { lines, line, col } = cursor(marked);
    expect(nodeAt(lines, line, col)).toMatchObject(expected);
  });
});

describe('documentKind', () => {
  it('reads the top-level apiVersion and kind of each document', () => {
    const lines = new TextLines('apiVersion: v1\nkind: Service\nspec:\n  kind: nested\n---\nkind: "Deployment"\napiVersion: apps/v1\n');
    expect(lines.documents.map((d) => documentKind(lines, d))).toEqual([
      { apiVersion: 'v1', kind: 'Service' },
      { apiVersion: 'apps/v1', kind: 'Deployment' },
    ]);
  });
});
