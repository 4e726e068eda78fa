import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { applyFixes, isSafeFix, unifiedDiff } from '../../src/lint/index.js';
import { loadText } from '../../src/load/index.js';

/** A diagnostic with a fix replacing [line:col, line:col) (0-based) by `newText`. */
function fixAt(rule: string, from: [number, number], to: [number, number], newText: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  const range = { start: { line: from[0], col: from[1] }, end: { line: to[0], col: to[1] } };
  return { rule, severity: 'error', message: 'x', file: 'a.yaml', range, fix: { title: 't', edits: [{ range, newText }] }, ...extra };
}

describe('applyFixes', () => {
  it('applies edits and keeps every other byte, line endings and comments included', () => {
    const text = 'a: yes # keep\r\nb: no\r\n\r\n';
    const { text: out, fixed } = applyFixes(text, [fixAt('schema-type', [0, 3], [0, 6], '"yes"'), fixAt('schema-type', [1, 3], [1, 5], '"no"')]);
    expect(out).toBe('a: "yes" # keep\r\nb: "no"\r\n\r\n');
    expect(fixed).toHaveLength(2);
  });

  it('skips a fix that overlaps one taken before it, and applies a fix whole or not at all', () => {
    const first = fixAt('r', [0, 0], [0, 4], 'XXXX');
    const overlapping = fixAt('r', [0, 2], [0, 6], 'YY');
    const text = 'abcdefgh\n';
    expect(applyFixes(text, [overlapping, first])).toEqual({ text: 'XXXXefgh\n', fixed: [first] });
    const twoEdits: Diagnostic = { ...first, fix: { title: 't', edits: [first.fix!.edits[0]!, overlapping.fix!.edits[0]!] } };
    expect(applyFixes(text, [twoEdits]).text).toBe(text);
  });

  it('counts the same edit offered by two findings once in the text and twice as fixed', () => {
    const a = fixAt('r', [0, 0], [0, 1], 'z');
    const { text, fixed } = applyFixes('abc\n', [a, { ...a, message: 'other' }]);
    expect(text).toBe('zbc\n');
    expect(fixed).toHaveLength(2);
  });

  it('skips an edit outside the text (the file changed since it was linted)', () => {
    expect(applyFixes('a\n', [fixAt('r', [5, 0], [5, 1], 'x'), fixAt('r', [0, 9], [0, 10], 'x')]).fixed).toEqual([]);
  });

  it('fixes what the loader and the schema offer: tabs, then YAML 1.1 booleans in string fields', () => {
    const tabbed = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: a\n';
    const tab = loadText(tabbed, 'a.yaml').diagnostics.find((d) => d.rule === 'yaml-tab-indent');
    expect(tab && isSafeFix(tab)).toBe(true);
    expect(applyFixes(tabbed, tab ? [tab] : []).text).toBe('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n');
  });
});

describe('isSafeFix', () => {
  it.each([
    { d: fixAt('yaml-tab-indent', [0, 0], [0, 1], ' '), safe: true },
    { d: fixAt('schema-type', [0, 0], [0, 1], '"x"'), safe: true },
    { d: fixAt('api-removed', [0, 0], [0, 1], 'apps/v1', { path: 'apiVersion' }), safe: true },
    { d: fixAt('api-unknown', [0, 0], [0, 1], 'apps/v1', { path: 'apiVersion' }), safe: true },
    { d: fixAt('api-unknown', [0, 0], [0, 1], 'Deployment', { path: 'kind' }), safe: false }, // a guessed kind
    { d: fixAt('schema-unknown-field', [0, 0], [0, 1], 'replicas'), safe: false }, // a guessed field name
    { d: fixAt('schema-enum', [0, 0], [0, 1], 'Always'), safe: false },
    { d: fixAt('schema-type', [0, 0], [0, 1], '"x"', { file: '<stdin>' }), safe: false },
  ])('$d.rule $d.path $d.file → $safe', ({ d, safe }) => {
    expect(isSafeFix(d)).toBe(safe);
  });
});

describe('unifiedDiff', () => {
  it('is a git-style patch with a/ and b/ prefixes', () => {
    expect(unifiedDiff('k8s/a.yaml', 'a: 1\nb: yes\n', 'a: 1\nb: "yes"\n')).toBe('--- a/k8s/a.yaml\n+++ b/k8s/a.yaml\n@@ -1,2 +1,2 @@\n a: 1\n-b: yes\n+b: "yes"\n');
  });
});
