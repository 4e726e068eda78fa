import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusObjects, toYaml } from '../../bench/corpus.js';
import { createDocumentContext } from '../../src/load/document-context.js';
import { createFastPositionMap } from '../../src/load/fast-positions.js';
import { FastPathDeclined } from '../../src/load/fast-scan.js';
import { loadText } from '../../src/load/index.js';
import { LineIndex } from '../../src/load/line-index.js';
import { fastParse } from '../../src/load/parse-document.js';
import { createPositionMap } from '../../src/load/position-map.js';
import { slowParse } from '../../src/load/slow-parse.js';
import { splitDocuments } from '../../src/load/split-documents.js';
import type { PositionMap } from '../../src/load/types.js';
import { FALLBACK, SUPPORTED } from './fast-position-cases.js';
import { diffText, newStats, type DiffStats } from './position-diff.js';
import { lines, span, spanIn } from './text-positions.js';
import { generateYaml } from './yaml-fuzz.js';
import { SHARED } from '../support/shared.js';

const CORPUS = path.join(SHARED, 'corpus');

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : /\.(ya?ml|json)$/i.test(name) ? [p] : [];
    });
}

function report(what: string, s: DiffStats): void {
  const reasons = [...s.mapReasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`);
  // eslint-disable-next-line no-console -- the brief asks for the counts
  console.log(
    `${what}: ${s.maps} maps, ${s.paths} paths (${s.pathsAnswered} answered by the fast path), ${s.answers} answers compared; ` +
      `${s.mapsDeclined} maps fell back at least once (${reasons.join(', ') || 'never'}); ${s.mismatches.length} mismatches`,
  );
}

/** The fast map of the only document of `text`, as `loadText` builds it. */
function fastMap(text: string): PositionMap {
  const slice = splitDocuments(text).find((s) => s.hasContent);
  if (slice === undefined) throw new Error('no document');
  return createFastPositionMap(createDocumentContext('t.yaml', new LineIndex(text), slice));
}

describe('fast position map: differential against the yaml-based map', () => {
  it.each(SUPPORTED.map((c) => [c.name, c] as const))('%s: same answers, no fallback', (_, c) => {
    for (const text of [lines(...c.lines), lines(...c.lines).replaceAll('\n', '\r\n')]) {
      const stats = newStats();
      diffText(stats, text, c.name);
      expect(stats.mismatches).toEqual([]);
      const allowed = c.flowPaths ? ['path into a flow collection'] : [];
      expect([...stats.reasons.keys()].filter((r) => !allowed.includes(r))).toEqual([]);
      if (!c.flowPaths) expect(stats.pathsAnswered).toBe(stats.paths);
    }
  });

  it.each(FALLBACK.map((c) => [c.name, c] as const))('%s: the fast path declines', (_, c) => {
    const stats = newStats();
    diffText(stats, lines(...c.lines), c.name);
    expect(stats.mismatches).toEqual([]);
    expect(stats.mapsDeclined).toBeGreaterThan(0);
  });

  it('generated benchmark documents: every path answered, no fallback', () => {
    const stats = newStats();
    diffText(stats, toYaml(corpusObjects(90)), 'bench');
    report('benchmark corpus (90 documents)', stats);
    expect(stats.mismatches).toEqual([]);
    expect(stats.mapsDeclined).toBe(0);
    expect(stats.paths).toBeGreaterThan(10_000);
  });

  it('adversarial generated YAML (seeded): no mismatch', () => {
    const stats = newStats();
    let valid = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      const text = generateYaml(seed);
      // only documents both parsers accept: elsewhere the `yaml` map shows its error recovery
      if (fastParse(text) === undefined || slowParse(text).problems.length > 0) continue;
      valid++;
      diffText(stats, text, `seed ${seed}`);
    }
    report(`generated YAML (${valid} valid documents of 1500)`, stats);
    expect(stats.mismatches.slice(0, 5)).toEqual([]);
    expect(valid).toBeGreaterThan(1000);
    expect(stats.pathsAnswered).toBeGreaterThan(15_000);
  });

  it.skipIf(!existsSync(CORPUS))('every document of the shared corpus: no mismatch', () => {
    const stats = newStats();
    for (const file of walk(CORPUS)) diffText(stats, readFileSync(file, 'utf8'), path.relative(CORPUS, file));
    report('shared corpus', stats);
    expect(stats.mismatches.slice(0, 5)).toEqual([]);
    expect(stats.pathsAnswered).toBeGreaterThan(250_000);
  }, 120_000);
  if (!existsSync(CORPUS)) {
    // eslint-disable-next-line no-console -- say why a test is skipped
    console.warn(`shared corpus not found at ${CORPUS} (it lives next to the repository): its differential test is skipped`);
  }
});

describe('fast position map: ranges', () => {
  const text = lines(
    '# leading comment',
    'apiVersion: v1',
    'metadata:',
    '  "a:b": x # trailing',
    "  'c#d': \"q # not a comment\"",
    '  empty:',
    'spec:',
    '  containers:',
    '  - name: app',
    '    args: [--a]',
    '  script: |',
    '    key: not a key',
    '    # not a comment',
  );

  it('gives key and value ranges, quotes included', () => {
    const p = fastMap(text);
    expect(p.get(['metadata', 'a:b'])).toEqual({ key: span(text, '"a:b"'), value: spanIn(text, '"a:b": x', 'x') });
    expect(p.get(['metadata', 'c#d'])?.value).toEqual(span(text, '"q # not a comment"'));
    expect(p.scalarSource(['metadata', 'c#d'])).toBe('"q # not a comment"');
  });

  it('puts an empty value after its key', () => {
    const r = fastMap(text).get(['metadata', 'empty']);
    expect(r?.value).toEqual({ start: span(text, 'empty:').end, end: span(text, 'empty:').end });
  });

  it('spans a block from its first to its last content', () => {
    const p = fastMap(text);
    expect(p.get(['spec', 'containers'])?.value).toEqual({ start: span(text, '- name').start, end: span(text, 'args: [--a]').end });
    expect(p.get(['spec'])?.value.end).toEqual(span(text, '# not a comment', 1).end);
    expect(p.scalarSource(['spec', 'script'])).toBe('|\n    key: not a key\n    # not a comment\n');
  });

  it('locates a missing field at its nearest ancestor, and a block by its key', () => {
    const p = fastMap(text);
    expect(p.locate(['spec', 'containers', 0, 'resources', 'limits'])).toEqual(span(text, 'name: app'));
    expect(p.locate(['spec', 'containers'])).toEqual(span(text, 'containers'));
    expect(p.locate(['metadata', 'missing'])).toEqual(span(text, 'metadata'));
  });

  it('throws FastPathDeclined for what it does not read', () => {
    expect(() => fastMap(text).get(['spec', 'containers', 0, 'args', 0])).toThrow(FastPathDeclined);
    expect(() => fastMap(lines('a: &x 1')).get(['a'])).toThrow(FastPathDeclined);
  });
});

describe('createPositionMap: fast path first, yaml where it declines', () => {
  const text = lines('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: m', 'data: {a: "1"}');
  const context = () => createDocumentContext('t.yaml', new LineIndex(text), splitDocuments(text)[0] as never);

  it('answers without parsing with yaml', () => {
    const ctx = context();
    expect(createPositionMap(ctx).get('metadata.name')?.value).toEqual(spanIn(text, 'name: m', 'm'));
    expect(ctx.hasAst()).toBe(false);
  });

  it('falls back to the yaml map for the whole document, with the same answers', () => {
    const ctx = context();
    const map = createPositionMap(ctx);
    expect(map.get('data.a')?.value).toEqual(span(text, '"1"'));
    expect(ctx.hasAst()).toBe(true);
    expect(map.get('metadata.name')?.value).toEqual(spanIn(text, 'name: m', 'm'));
  });

  it('falls back when the decoded object has a field the scan did not find', () => {
    const ctx = context();
    const map = createPositionMap(ctx, undefined, { metadata: { name: 'm', namespace: 'added' } });
    expect(map.get('metadata.namespace')).toBeUndefined();
    expect(ctx.hasAst()).toBe(true);
  });

  it('serves loadText manifests, List items included', () => {
    const list = lines('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Namespace', '  metadata:', '    name: a');
    const [m] = loadText(list, 'list.yaml').manifests;
    expect(m?.source.positions.get('metadata.name')?.value).toEqual(spanIn(list, 'name: a', 'a'));
    expect(m?.source.positions.documentRange).toEqual({ start: span(list, 'apiVersion', 1).start, end: span(list, 'name: a').end });
  });
});

describe('fast trees: only the last document of a file keeps its tree', () => {
  it('answers alike when lookups go back and forth between documents and List items', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: a',
      'data:',
      '  k: v',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- apiVersion: v1',
      '  kind: Namespace',
      '  metadata:',
      '    name: b',
      '- apiVersion: v1',
      '  kind: Namespace',
      '  metadata:',
      '    name: c',
    );
    const paths = ['metadata.name', 'data.k', 'kind', 'metadata.labels.x', 'spec'];
    const answers = (maps: readonly PositionMap[], order: readonly number[]): string[] =>
      order.flatMap((i) => paths.map((p) => JSON.stringify([i, p, (maps[i] as PositionMap).get(p), (maps[i] as PositionMap).locate(p)])));
    const once = answers(loadText(text, 'f.yaml').manifests.map((m) => m.source.positions), [0, 1, 2]);
    const interleaved = answers(loadText(text, 'f.yaml').manifests.map((m) => m.source.positions), [2, 0, 1, 0, 2, 1]);
    expect(interleaved).toEqual([2, 0, 1, 0, 2, 1].flatMap((i) => once.slice(i * paths.length, (i + 1) * paths.length)));
    const [a, b, c] = loadText(text, 'f.yaml').manifests.map((m) => m.source.positions.get('metadata.name')?.value);
    expect([a, b, c]).toEqual([spanIn(text, 'name: a', 'a'), spanIn(text, 'name: b', 'b'), spanIn(text, 'name: c', 'c')]);
  });
});
