import { describe, expect, it } from 'vitest';
import { loadText, type Manifest } from '../../src/load/index.js';
import { at, lines, span, spanIn } from './text-positions.js';

const DEPLOYMENT = lines(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  '  annotations:',
  '    example.com/owner: "team-a"',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          image: nginx:1.25',
  '          ports:',
  '            - containerPort: 80',
  '        - name: sidecar',
  '          image: envoy',
  '          ports:',
  '            - name: admin',
  '              containerPort: 9901',
  '            - containerPort: 9902',
  '          enabled: yes',
);

function only(text: string, file = 'test.yaml'): Manifest {
  const r = loadText(text, file);
  expect(r.diagnostics).toEqual([]);
  expect(r.manifests).toHaveLength(1);
  return r.manifests[0] as Manifest;
}

describe('position map', () => {
  it('gives exact key and value ranges in nested arrays', () => {
    const p = only(DEPLOYMENT).source.positions;
    expect(p.get('spec.template.spec.containers[1].ports[0].containerPort')).toEqual({
      key: span(DEPLOYMENT, 'containerPort', 1),
      value: span(DEPLOYMENT, '9901'),
    });
    expect(p.get('spec.template.spec.containers[1].ports[1].containerPort')?.value).toEqual(span(DEPLOYMENT, '9902'));
    expect(p.get(['spec', 'template', 'spec', 'containers', 0, 'image'])?.value).toEqual(span(DEPLOYMENT, 'nginx:1.25'));
  });

  it('gives a sequence item its value range and no key', () => {
    const r = only(DEPLOYMENT).source.positions.get('spec.template.spec.containers[1]');
    expect(r?.key).toBeUndefined();
    expect(r?.value.start).toEqual(at(DEPLOYMENT, 'name: sidecar'));
  });

  it('finds bracket-quoted keys', () => {
    const p = only(DEPLOYMENT).source.positions;
    expect(p.get('metadata.annotations["example.com/owner"]')).toEqual({
      key: span(DEPLOYMENT, 'example.com/owner'),
      value: span(DEPLOYMENT, '"team-a"'),
    });
  });

  it('locates a missing field at its nearest written ancestor key', () => {
    const p = only(DEPLOYMENT).source.positions;
    expect(p.get('spec.template.spec.containers[0].resources.limits')).toBeUndefined();
    // the nearest written ancestor is the item containers[0]: it has no key, so its first line
    expect(p.locate('spec.template.spec.containers[0].resources.limits')).toEqual(span(DEPLOYMENT, 'name: app'));
    expect(p.locate('spec.template.spec.containers[0].image.tag')).toEqual(spanIn(DEPLOYMENT, 'image: nginx', 'image'));
    expect(p.locate('spec.replicas')).toEqual(span(DEPLOYMENT, 'spec'));
  });

  it('locates a field missing at the root on the first line of the object', () => {
    const text = lines('# comment', '---', 'apiVersion: v1', 'kind: Pod');
    expect(only(text).source.positions.locate('metadata')).toEqual(span(text, 'apiVersion: v1'));
  });

  it('prefers the key of a collection and the value of a scalar by default', () => {
    const p = only(DEPLOYMENT).source.positions;
    expect(p.locate('spec.template')).toEqual(span(DEPLOYMENT, 'template'));
    expect(p.locate('metadata.name')).toEqual(span(DEPLOYMENT, 'web'));
    expect(p.locate('metadata.name', 'key')).toEqual(span(DEPLOYMENT, 'name', 0));
    expect(p.locate('spec.template', 'value').start).toEqual(at(DEPLOYMENT, 'spec:\n      containers'));
  });

  it('returns the raw source of a scalar, e.g. a YAML 1.1 boolean', () => {
    const m = only(DEPLOYMENT);
    const spec = (m.object.spec as { template: { spec: { containers: Array<Record<string, unknown>> } } }).template.spec;
    expect(spec.containers[1]?.enabled).toBe(true);
    expect(m.source.positions.scalarSource('spec.template.spec.containers[1].enabled')).toBe('yes');
    expect(m.source.positions.scalarSource('metadata.annotations["example.com/owner"]')).toBe('"team-a"');
    expect(m.source.positions.scalarSource('spec')).toBeUndefined();
  });

  it('gives absolute lines for the third document of a file', () => {
    const text = [
      lines('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: one'),
      lines('---', '# second', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: two'),
      lines('---', 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: three', 'spec:', '  ports:', '    - port: 8080'),
    ].join('');
    const r = loadText(text, 'multi.yaml');
    expect(r.manifests.map((m) => m.source.docIndex)).toEqual([0, 1, 2]);
    const third = r.manifests[2] as Manifest;
    expect(third.source.positions.get('spec.ports[0].port')).toEqual({
      key: spanIn(text, 'port: 8080', 'port'),
      value: span(text, '8080'),
    });
    expect(third.source.positions.locate('metadata.name')).toEqual(span(text, 'three'));
    expect(third.source.positions.documentRange.start).toEqual(at(text, 'apiVersion: v1', 2));
  });

  it('roots the map of a List item at items[i]', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: Namespace',
      '    metadata: {name: a}',
      '  - apiVersion: v1',
      '    kind: Namespace',
      '    metadata:',
      '      name: b',
    );
    const r = loadText(text, 'list.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.manifests.map((m) => [m.source.itemIndex, (m.object.metadata as { name: string }).name])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
    const second = (r.manifests[1] as Manifest).source.positions;
    expect(second.get('metadata.name')).toEqual({ key: spanIn(text, 'name: b', 'name'), value: spanIn(text, 'name: b', 'b') });
    expect(second.locate('spec')).toEqual(span(text, 'apiVersion: v1', 2));
    expect(second.documentRange.start).toEqual(at(text, 'apiVersion: v1', 2));
    expect((r.manifests[0] as Manifest).source.positions.get('metadata.name')?.value).toEqual(spanIn(text, 'name: a}', 'a'));
  });

  it('works with CRLF line endings', () => {
    const text = DEPLOYMENT.replaceAll('\n', '\r\n');
    const p = only(text).source.positions;
    expect(p.get('spec.template.spec.containers[1].ports[0].containerPort')).toEqual({
      key: span(text, 'containerPort', 1),
      value: span(text, '9901'),
    });
    expect(p.locate('metadata.name')).toEqual(span(text, 'web'));
  });

  it('counts a BOM as a character of the first line', () => {
    const text = `\uFEFF${DEPLOYMENT}`;
    const p = only(text).source.positions;
    expect(p.get('apiVersion')?.key).toEqual({ start: { line: 0, col: 1 }, end: { line: 0, col: 11 } });
    expect(p.get('kind')?.value).toEqual(span(text, 'Deployment'));
  });

  it('maps JSON input, including tab-indented JSON', () => {
    const text = '{\n\t"apiVersion": "v1",\n\t"kind": "Service",\n\t"metadata": {"name": "s"},\n\t"spec": {\n\t\t"ports": [{"port": 80}, {"port": 443}]\n\t}\n}\n';
    const m = only(text, 'svc.json');
    expect(m.object).toEqual({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80 }, { port: 443 }] } });
    expect(m.source.positions.get('spec.ports[1].port')).toEqual({ key: span(text, '"port"', 1), value: span(text, '443') });
  });

  it('follows aliases and merge keys to where the value is written', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: m',
      '  labels: &labels',
      '    app: web',
      'data:',
      '  <<: *labels',
      '  own: x',
    );
    const m = only(text);
    expect(m.object.data).toEqual({ app: 'web', own: 'x' });
    expect(m.source.positions.get('data.app')?.value).toEqual(span(text, 'web'));
    expect(m.source.positions.get('data.own')?.value).toEqual(spanIn(text, 'own: x', 'x'));
  });

  it('builds nothing until asked: the bulk load does not parse with `yaml`', () => {
    const r = loadText(DEPLOYMENT, 'a.yaml');
    // documentRange needs only the document's offsets
    expect(r.manifests[0]?.source.positions.documentRange.start).toEqual({ line: 0, col: 0 });
  });
});
