import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { loadText, type LoadResult } from '../../src/load/index.js';
import { at, lines, span, spanIn } from './text-positions.js';

const rules = (r: LoadResult): string[] => r.diagnostics.map((d) => d.rule);
const byRule = (r: LoadResult, rule: string): Diagnostic[] => r.diagnostics.filter((d) => d.rule === rule);

const CM = (name: string): string => lines('apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${name}`);

describe('loadText: documents', () => {
  it('reads y and n as booleans, keys included, as the API server does', () => {
    const [m] = loadText(lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: m, namespace: n}', 'data: {y: 1}'), 'y.yaml').manifests;
    expect(m?.object.data).toEqual({ true: 1 });
    expect((m?.object.metadata as Record<string, unknown>).namespace).toBe(false);
  });

  it('ignores empty and comment-only documents silently', () => {
    const r = loadText(`---\n# nothing\n---\n${CM('a')}---\n---\n`, 'a.yaml');
    expect(r).toMatchObject({ diagnostics: [], skipped: [], files: ['a.yaml'] });
    expect(r.manifests).toHaveLength(1);
    expect(r.manifests[0]?.source.docIndex).toBe(1); // `---` + comment is document 0
  });

  it('gives nothing for an empty text or a `~` document', () => {
    expect(loadText('', 'e.yaml')).toEqual({ manifests: [], diagnostics: [], skipped: [], files: ['e.yaml'] });
    expect(loadText('~\n', 'e.yaml').diagnostics).toEqual([]);
  });

  it('decodes scalars like the Kubernetes decoder and keeps timestamps and quoted text as strings', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: m, creationTimestamp: 2024-01-02T03:04:05Z}',
      'data:',
      '  a: yes',
      '  b: "yes"',
      '  c: 0644',
      '  d: 1:30',
      '  e: ~',
      '  f: 1_000',
    );
    const [m] = loadText(text, 'm.yaml').manifests;
    expect(m?.object.data).toEqual({ a: true, b: 'yes', c: 420, d: '1:30', e: null, f: 1000 });
    expect((m?.object.metadata as Record<string, unknown>).creationTimestamp).toBe('2024-01-02T03:04:05Z');
  });

  it('turns non-string keys into strings', () => {
    const [m] = loadText(lines('apiVersion: v1', 'kind: ConfigMap', 'data:', '  5: a', '  3.14: b', '  true: c', '  404: d'), 'k.yaml').manifests;
    expect(m?.object.data).toEqual({ '5': 'a', '3.14': 'b', true: 'c', '404': 'd' });
  });

  it('flattens a List into one manifest per item, and an empty List into none', () => {
    const list = lines('apiVersion: v1', 'kind: List', 'items:', '  - {apiVersion: v1, kind: Namespace, metadata: {name: a}}', '  - {apiVersion: v1, kind: Namespace, metadata: {name: b}}');
    expect(loadText(list, 'l.yaml').manifests.map((m) => m.source.itemIndex)).toEqual([0, 1]);
    expect(loadText(lines('apiVersion: v1', 'kind: List', 'items: []'), 'l.yaml')).toMatchObject({ manifests: [], diagnostics: [] });
    const podList = lines('apiVersion: v1', 'kind: PodList', 'items:', '  - {apiVersion: v1, kind: Pod, metadata: {name: p}}');
    expect(loadText(podList, 'l.yaml').manifests).toHaveLength(1);
  });

  it('reports List items that are not objects, or lack a kind, at the item', () => {
    const text = lines('apiVersion: v1', 'kind: List', 'items:', '  - just a string', '  - apiVersion: v1', '    metadata: {name: x}');
    const r = loadText(text, 'l.yaml');
    expect(r.manifests).toEqual([]);
    expect(r.diagnostics.map((d) => [d.rule, d.range.start.line])).toEqual([
      ['not-a-mapping', 3],
      ['missing-kind', 4],
    ]);
  });
});

describe('loadText: input problems', () => {
  it('reports a missing kind on the first line, and a null kind on its key', () => {
    const r = loadText(lines('apiVersion: v1', 'metadata: {name: x}'), 'x.yaml');
    expect(r.manifests).toEqual([]);
    expect(r.diagnostics).toEqual([
      { rule: 'missing-kind', severity: 'error', message: "missing 'kind' key", file: 'x.yaml', range: span('apiVersion: v1', 'apiVersion: v1'), path: 'kind' },
    ]);
    const text = lines('apiVersion: v1', 'kind:', 'metadata: {name: x}');
    expect(byRule(loadText(text, 'x.yaml'), 'missing-kind')[0]?.range).toEqual(span(text, 'kind'));
  });

  it('reports both keys missing for an explicitly named non-manifest', () => {
    expect(rules(loadText('key: value\n', 'missing_kind.yaml'))).toEqual(['missing-kind', 'missing-api-version']);
  });

  it('reports a missing apiVersion with the object reference', () => {
    const [d] = loadText(lines('kind: Service', 'metadata: {name: s, namespace: prod}'), 's.yaml').diagnostics;
    expect(d).toMatchObject({ rule: 'missing-api-version', message: "missing 'apiVersion' key", object: 'Service/prod/s' });
  });

  it('reports a scalar or list document as not-a-mapping', () => {
    expect(loadText('just text\n', 't.yaml').diagnostics[0]).toMatchObject({ rule: 'not-a-mapping', message: expect.stringContaining('a string scalar') });
    expect(rules(loadText('- a\n- b\n', 't.yaml'))).toEqual(['not-a-mapping']);
  });

  it('reports a duplicate key on its second occurrence, keeps the last value and the object', () => {
    const text = lines('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: first', '  name: second', 'data: {}');
    const r = loadText(text, 'd.yaml');
    expect(r.diagnostics).toEqual([
      {
        rule: 'yaml-duplicate-key',
        severity: 'error',
        message: expect.stringContaining('duplicate key "name"'),
        file: 'd.yaml',
        range: spanIn(text, '  name: second', 'name'),
        object: 'ConfigMap/second',
        path: 'metadata.name',
      },
    ]);
    expect(r.manifests).toHaveLength(1);
    expect(r.manifests[0]?.object.metadata).toEqual({ name: 'second' });
    expect(r.manifests[0]?.source.partial).toBeUndefined();
    expect(r.manifests[0]?.source.positions.get('metadata.name')?.value).toEqual(span(text, 'second'));
  });

  it('reports duplicate keys in JSON too', () => {
    const r = loadText('{"apiVersion": "v1", "kind": "Pod", "kind": "Pod", "metadata": {"name": "p"}}', 'p.json');
    expect(rules(r)).toEqual(['yaml-duplicate-key']);
    expect(r.manifests).toHaveLength(1);
  });

  it('reports each tab-indented line with a fix that indents with spaces', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n\tnodeName: n1\n';
    const r = loadText(text, 'tab.yaml');
    const [d] = byRule(r, 'yaml-tab-indent');
    expect(d?.range.start).toEqual({ line: 3, col: 0 });
    expect(d?.fix?.edits).toEqual([{ range: { start: { line: 3, col: 0 }, end: { line: 3, col: 1 } }, newText: '  ' }]);
  });

  it('reports syntax errors at their position and goes on with the next documents', () => {
    const text = `${lines('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: [unclosed', '  labels: {}')}---\n${CM('ok')}`;
    const r = loadText(text, 'bad.yaml');
    const syntax = byRule(r, 'yaml-syntax');
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0]?.range.start.line).toBeGreaterThanOrEqual(3);
    expect(r.manifests.map((m) => (m.object.metadata as { name: unknown }).name)).toContain('ok');
  });

  it('keeps the recovered object of a broken document, marked partial', () => {
    const text = lines('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '    - name: a', '      image: x', '  preStop:#comment', '    exec: {}');
    const r = loadText(text, 'p.yaml');
    expect(rules(r)).toContain('yaml-syntax');
    const pod = r.manifests.find((m) => m.object.kind === 'Pod');
    expect(pod?.source.partial).toBe(true);
  });

  it('caps alias expansion (alias bomb) with a positioned error', () => {
    const bomb = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: bomb}', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (const [i, prev] of ['a', 'b', 'c', 'd', 'e', 'f'].entries()) bomb.push(`${'bcdefg'[i]}: &${'bcdefg'[i]} [${Array(10).fill(`*${prev}`).join(',')}]`);
    const text = lines(...bomb);
    // Uncapped, this expands to 10^7 nodes; capped, it returns at once (the test timeout is the backstop).
    const r = loadText(text, 'bomb.yaml');
    const [d] = byRule(r, 'yaml-alias-limit');
    expect(d?.range.start.line).toBeGreaterThanOrEqual(4);
    expect(text.slice(0).split('\n')[d?.range.start.line ?? 0]?.slice(d?.range.start.col, d?.range.end.col)).toMatch(/^\*[a-f]$/);
  });

  it('expands a small anchor into independent copies', () => {
    const text = lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: m}', 'x: &m {a: 1}', 'z: *m');
    const [m] = loadText(text, 'a.yaml').manifests;
    expect(m?.object.z).toEqual({ a: 1 });
    expect(m?.object.z).not.toBe(m?.object.x);
  });

  it('reports an unknown alias and a self-referencing alias, positioned on the alias', () => {
    const unknown = lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: m}', 'data: *nope');
    expect(byRule(loadText(unknown, 'u.yaml'), 'yaml-syntax').map((d) => d.range)).toEqual([span(unknown, '*nope')]);
    const cycle = lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: m}', 'data: &d {self: *d}');
    const r = loadText(cycle, 'c.yaml');
    expect(byRule(r, 'yaml-alias-limit').map((d) => d.range)).toEqual([span(cycle, '*d')]);
    expect(r.manifests[0]?.object.data).toEqual({ self: null });
  });

  it('merges `<<` keys with written keys winning, whatever their order', () => {
    const text = lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: m}', 'base: &b {a: 1, b: 1, c: 1}', 'data:', '  a: 2', '  <<: [*b, {d: 1}]', '  b: 3');
    const [m] = loadText(text, 'm.yaml').manifests;
    expect(m?.object.data).toEqual({ a: 2, b: 3, c: 1, d: 1 });
  });

  it('reports absurdly deep nesting as a syntax error instead of overflowing the stack', () => {
    const r = loadText(`a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, 'deep.yaml');
    expect(r.diagnostics.map((d) => d.rule)).toContain('yaml-syntax');
  });

  it('rejects binary content as invalid-encoding', () => {
    expect(rules(loadText('apiVersion: v1\0\0', 'bin.yaml'))).toEqual(['invalid-encoding']);
  });
});

describe('loadText: directory scans (discovered)', () => {
  const scan = (text: string, file = 'dir/x.yaml'): LoadResult => loadText(text, file, { discovered: true });

  it('skips YAML without apiVersion and kind with an info', () => {
    const r = scan(lines('name: CI', 'on: [push]', 'jobs: {}'), '.github/workflows/ci.yaml');
    expect(r.manifests).toEqual([]);
    expect(r.skipped).toEqual([{ file: '.github/workflows/ci.yaml', docIndex: 0, reason: 'not-a-manifest' }]);
    expect(r.diagnostics).toMatchObject([{ rule: 'skipped', severity: 'info' }]);
  });

  it('still reports a missing kind when apiVersion is there', () => {
    expect(rules(scan(lines('apiVersion: v1', 'metadata: {name: x}')))).toEqual(['missing-kind']);
  });

  it('skips kustomization files by name and by apiVersion', () => {
    expect(scan('resources: [a.yaml]\n', 'k/kustomization.yaml').skipped).toEqual([{ file: 'k/kustomization.yaml', reason: 'kustomization' }]);
    const component = lines('apiVersion: kustomize.config.k8s.io/v1alpha1', 'kind: Component');
    expect(scan(component, 'k/component.yaml').skipped[0]?.reason).toBe('kustomization');
  });

  it('skips JSON6902 patches', () => {
    expect(scan('- op: replace\n  path: /spec/replicas\n  value: 3\n').skipped[0]?.reason).toBe('patch');
  });

  it('skips Helm templates with a hint, but not Prometheus rule templates', () => {
    const helm = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: {{ include "app.fullname" . }}', '  labels:', '    {{- toYaml .Values.labels | nindent 4 }}');
    const r = scan(helm, 'chart/templates/svc.yaml');
    expect(r.skipped).toEqual([{ file: 'chart/templates/svc.yaml', reason: 'helm-template' }]);
    expect(r.diagnostics[0]?.message).toContain('helm template <chart> | kubeplan lint -');
    const rule = lines('apiVersion: monitoring.coreos.com/v1', 'kind: PrometheusRule', 'metadata: {name: r}', 'spec:', '  groups:', "    - name: g", '      rules:', "        - alert: Down", "          annotations: {description: '{{ $labels.instance }} {{- end }}'}");
    expect(scan(rule).manifests).toHaveLength(1);
    expect(scan(lines('# {{ .Values.x }} only in a comment', ...CM('c').trimEnd().split('\n'))).manifests).toHaveLength(1);
  });

  it('skips Chart.yaml', () => {
    expect(scan(lines('apiVersion: v2', 'name: app', 'version: 0.1.0'), 'chart/Chart.yaml').skipped[0]?.reason).toBe('not-a-manifest');
  });

  it('does not skip an explicitly named file', () => {
    expect(rules(loadText(lines('name: CI', 'jobs: {}'), 'ci.yaml'))).toEqual(['missing-kind', 'missing-api-version']);
  });
});
