import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPaths, STDIN_FILE } from '../../src/load/index.js';
import { lines } from './text-positions.js';

const cm = (name: string): string => lines('apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${name}`);
const names = (objects: Array<{ object: { metadata?: unknown } }>): unknown[] =>
  objects.map((m) => (m.object.metadata as { name?: unknown }).name);

let root: string;
const file = (rel: string, content: string | Uint8Array): void => {
  const p = path.join(root, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kubeplan-load-'));
  file('app/b.yaml', cm('b'));
  file('app/a.yml', cm('a'));
  file('app/c.json', JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }));
  file('app/notes.txt', cm('txt'));
  file('app/sub/d.yaml', cm('d'));
  file('app/node_modules/pkg/e.yaml', cm('e'));
  file('app/.hidden/f.yaml', cm('f'));
  file('app/.kubeplan.yaml', 'rules: {}\n');
  file('app/vendor/g.yaml', cm('g'));
  file('app/ci.yaml', lines('name: CI', 'on: [push]'));
  file('kust/kustomization.yaml', lines('resources: [deploy.yaml]', 'patches:', '  - path: patch.yaml', '  - overlays/replicas.yaml', 'patchesJson6902:', '  - path: json-patch.yaml'));
  file('kust/deploy.yaml', cm('deploy'));
  file('kust/patch.yaml', lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec: {replicas: 3}'));
  file('kust/overlays/replicas.yaml', lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}'));
  file('kust/json-patch.yaml', '- {op: add, path: /x, value: 1}\n');
  file('chart/Chart.yaml', lines('apiVersion: v2', 'name: app', 'version: 0.1.0'));
  file('chart/values.yaml', 'replicas: 1\n');
  file('chart/templates/svc.yaml', lines('apiVersion: v1', 'kind: Service', 'metadata: {name: svc}'));
  file('bad/latin1.yaml', Buffer.from('apiVersion: v1\nkind: ConfigMap\ndata: {a: caf\xe9}\n', 'latin1'));
  file('bad/binary.yaml', new Uint8Array([0x61, 0x3a, 0x00, 0x01]));
  file('bad/utf16.yaml', Buffer.from('\ufeffa: 1\n', 'utf16le'));
  file('bom.yaml', `\ufeff${cm('bom')}`);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadPaths', () => {
  it('reads a directory recursively in sorted order, skipping node_modules, hidden entries and other extensions', async () => {
    const r = await loadPaths([path.join(root, 'app')], { exclude: ['**/vendor/**'] });
    expect(names(r.manifests)).toEqual(['a', 'b', 'c', 'd']);
    expect(r.files.map((f) => path.relative(root, f))).toEqual(['app/a.yml', 'app/b.yaml', 'app/c.json', 'app/ci.yaml', 'app/sub/d.yaml']);
    expect(r.skipped).toEqual([{ file: path.join(root, 'app/ci.yaml'), docIndex: 0, reason: 'not-a-manifest' }]);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['skipped']);
  });

  it('matches exclude globs against the path relative to the directory and the full path', async () => {
    const rel = await loadPaths([path.join(root, 'app')], { exclude: ['sub/*.yaml', 'vendor'] });
    expect(names(rel.manifests)).toEqual(['a', 'b', 'c']);
    const full = await loadPaths([path.join(root, 'app')], { exclude: [`${root}/app/*.json`, '**/vendor/**'] });
    expect(names(full.manifests)).toEqual(['a', 'b', 'd']);
  });

  it('marks discovered files; explicit files are read as manifests whatever their name', async () => {
    const r = await loadPaths([path.join(root, 'app/notes.txt'), path.join(root, 'app/ci.yaml')]);
    expect(names(r.manifests)).toEqual(['txt']);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['missing-kind', 'missing-api-version']);
  });

  it('reports a missing path as io-error, with one clear line, and goes on', async () => {
    const r = await loadPaths(['no-such-file.yaml', path.join(root, 'app/b.yaml')]);
    expect(r.diagnostics).toEqual([
      { rule: 'io-error', severity: 'error', message: 'path not found: no-such-file.yaml', file: 'no-such-file.yaml', range: { start: { line: 0, col: 0 }, end: { line: 0, col: 0 } } },
    ]);
    expect(names(r.manifests)).toEqual(['b']);
    expect(r.files).toEqual(['no-such-file.yaml', path.join(root, 'app/b.yaml')]);
  });

  it('reads `-` through the injected reader, once', async () => {
    let calls = 0;
    const readStdin = async (): Promise<string> => {
      calls++;
      return `${cm('in')}---\n${cm('put')}`;
    };
    const r = await loadPaths(['-', '-'], { readStdin });
    expect(calls).toBe(1);
    expect(names(r.manifests)).toEqual(['in', 'put']);
    expect(r.manifests.map((m) => m.source.file)).toEqual([STDIN_FILE, STDIN_FILE]);
    expect(r.manifests[1]?.source.positions.locate('metadata.name').start.line).toBe(8);
  });

  it('reports `-` without a reader as io-error', async () => {
    const r = await loadPaths(['-']);
    expect(r.diagnostics).toMatchObject([{ rule: 'io-error', file: STDIN_FILE }]);
  });

  it('skips a kustomization and the patches it refers to, but reads its resources', async () => {
    const r = await loadPaths([path.join(root, 'kust')]);
    expect(names(r.manifests)).toEqual(['deploy']);
    expect(r.skipped.map((s) => [path.relative(root, s.file), s.reason])).toEqual([
      ['kust/json-patch.yaml', 'patch'],
      ['kust/kustomization.yaml', 'kustomization'],
      ['kust/overlays/replicas.yaml', 'patch'],
      ['kust/patch.yaml', 'patch'],
    ]);
    expect(r.diagnostics.every((d) => d.rule === 'skipped' && d.severity === 'info')).toBe(true);
  });

  it('reads a patch named explicitly', async () => {
    const r = await loadPaths([path.join(root, 'kust/patch.yaml')]);
    expect(r.manifests).toHaveLength(1);
  });

  it('skips a chart: Chart.yaml, values and everything under templates/', async () => {
    const r = await loadPaths([path.join(root, 'chart')]);
    expect(r.manifests).toEqual([]);
    expect(r.skipped.map((s) => [path.relative(root, s.file), s.reason])).toEqual([
      ['chart/Chart.yaml', 'not-a-manifest'],
      ['chart/templates/svc.yaml', 'helm-template'],
      ['chart/values.yaml', 'not-a-manifest'],
    ]);
  });

  it('reports invalid UTF-8, binary and UTF-16 files as invalid-encoding, one error each', async () => {
    const r = await loadPaths([path.join(root, 'bad')]);
    expect(r.manifests).toEqual([]);
    expect(r.diagnostics.map((d) => [path.relative(root, d.file), d.rule])).toEqual([
      ['bad/binary.yaml', 'invalid-encoding'],
      ['bad/latin1.yaml', 'invalid-encoding'],
      ['bad/utf16.yaml', 'invalid-encoding'],
    ]);
  });

  it('drops a UTF-8 BOM when reading a file', async () => {
    const r = await loadPaths([path.join(root, 'bom.yaml')]);
    expect(names(r.manifests)).toEqual(['bom']);
    expect(r.manifests[0]?.source.positions.get('apiVersion')?.key?.start).toEqual({ line: 0, col: 0 });
  });

  it('does not read a file over maxFileBytes', async () => {
    const r = await loadPaths([path.join(root, 'app/b.yaml')], { maxFileBytes: 10 });
    expect(r.diagnostics).toMatchObject([{ rule: 'file-too-large', severity: 'error' }]);
    expect(r.manifests).toEqual([]);
  });

  it('reads a file given twice (or explicitly and through its directory) once', async () => {
    const r = await loadPaths([path.join(root, 'app/sub/d.yaml'), path.join(root, 'app/sub')]);
    expect(names(r.manifests)).toEqual(['d']);
  });
});
