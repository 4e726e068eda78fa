import { describe, expect, it } from 'vitest';
import { appendItemEdits, ignoreAnnotationEdits, ignoreCommentEdit, loadText, setFieldEdits, type TextEdit } from '../../src/index.js';

/** Applies edits (0-based line/col ranges) to a text, last first; same-position inserts keep array order. */
function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; col: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.col;
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => offset(b.e.range.start) - offset(a.e.range.start) || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

function target(text: string) {
  const m = loadText(text, 'x.yaml').manifests[0];
  if (m === undefined) throw new Error('no manifest');
  return { text, object: m.object, positions: m.source.positions };
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web # the app
spec:
  containers:
    - name: web
      image: nginx
      resources:
        requests:
          memory: 64Mi
`;

describe('setFieldEdits', () => {
  const cases: Array<[string, string, (string | number)[], unknown, string]> = [
    ['adds a key to a block mapping, after its trailing comment', POD, ['metadata', 'labels', 'tier'], 'yes', '    app: web # the app\n    tier: "yes"\n'],
    ['creates missing mappings', POD, ['metadata', 'annotations', 'kubeplan.io/ignore'], 'latest-tag', '  annotations:\n    kubeplan.io/ignore: latest-tag\nspec:'],
    [
      'merges into a nested mapping, keeping what is written',
      POD,
      ['spec', 'containers', 0, 'resources'],
      { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '128Mi' } },
      '        requests:\n          memory: 64Mi\n          cpu: 100m\n        limits:\n          memory: 128Mi\n',
    ],
    ['rewrites a flow mapping in flow style', 'apiVersion: v1\nkind: A\nmetadata:\n  labels: {app: web}\n', ['metadata', 'labels', 'tier'], 'x', '  labels: { app: web, tier: x }\n'],
    ['fills an empty mapping', 'apiVersion: v1\nkind: A\nmetadata:\n  annotations:\n  name: a\n', ['metadata', 'annotations', 'a'], 'b', '  annotations:\n    a: b\n  name: a\n'],
    ['replaces a scalar', 'apiVersion: v1\nkind: A\nmetadata:\n  name: a\n', ['metadata', 'name'], 'b', '  name: b\n'],
  ];
  it.each(cases)('%s', (_name, text, path, value, expected) => {
    const edits = setFieldEdits(target(text), path, value);
    expect(edits).toBeDefined();
    expect(apply(text, edits ?? [])).toContain(expected);
  });
});

describe('appendItemEdits', () => {
  it('appends to a block sequence at its indentation', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n  tolerations:\n  - key: a\n    operator: Exists\n';
    const out = apply(text, appendItemEdits(target(text), ['spec', 'tolerations'], { key: 'b', operator: 'Exists' }) ?? []);
    expect(out).toBe('apiVersion: v1\nkind: Pod\nspec:\n  tolerations:\n  - key: a\n    operator: Exists\n  - key: b\n    operator: Exists\n');
  });

  it('creates the sequence when it is missing', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n  nodeName: a\n';
    const out = apply(text, appendItemEdits(target(text), ['spec', 'tolerations'], { key: 'b' }) ?? []);
    expect(out).toBe('apiVersion: v1\nkind: Pod\nspec:\n  nodeName: a\n  tolerations:\n    - key: b\n');
  });
});

describe('ignore edits', () => {
  it('writes the comment above the line, indented like it', () => {
    const text = 'spec:\n    - image: x\n';
    expect(apply(text, [ignoreCommentEdit(text, 1, 'latest-tag')])).toBe('spec:\n    # kubeplan-ignore latest-tag: reason\n    - image: x\n');
  });

  it('adds the rule to the annotation, or creates it', () => {
    const annotated = 'apiVersion: v1\nkind: A\nmetadata:\n  annotations:\n    kubeplan.io/ignore: a\n';
    expect(apply(annotated, ignoreAnnotationEdits(target(annotated), 'b') ?? [])).toContain('kubeplan.io/ignore: a,b\n');
    expect(ignoreAnnotationEdits(target(annotated), 'a')).toEqual([]);
    const bare = 'apiVersion: v1\nkind: A\nmetadata:\n  name: x\n';
    expect(apply(bare, ignoreAnnotationEdits(target(bare), 'b') ?? [])).toContain('  name: x\n  annotations:\n    kubeplan.io/ignore: b\n');
  });
});
