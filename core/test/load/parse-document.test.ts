import { describe, expect, it } from 'vitest';
import { fastParse, parseDocumentText } from '../../src/load/parse-document.js';
import { slowParse } from '../../src/load/slow-parse.js';

/* The bulk path (js-yaml) and the slow path (`yaml` + yamlToJs) must decode alike; each case is one document. */
const SAME_VALUE: Array<[string, string]> = [
  ['YAML 1.1 scalars', 'a: yes\nb: Off\nc: 0777\nd: 0x1F\ne: 1_000\nf: .inf\ng: ~\nh: 1:30\ni: 2001-12-14\nj: "yes"\nk: 08\n'],
  ['non-string keys', '5: a\n3.14: b\ntrue: c\nno: d\n~: e\n0x10: f\n'],
  ['merge keys, written keys first or last', 'base: &b {a: 1, b: 1}\nm:\n  a: 2\n  <<: [*b, {c: 1}]\n  b: 3\n'],
  ['a scalar alias', 'a: &x 5\nb: *x\n'],
  ['block scalars', 'a: |\n  line 1\n  line 2\nb: >-\n  folded\n  text\n'],
  ['flow collections and quoting', "a: [1, 'two', \"3\", {b: null}]\nc: {d: [], e: {}}\n"],
  ['explicit core tags', 'a: !!str 5\nb: !!int "7"\nc: !!bool "yes"\n'],
  ['JSON', '{"a": [1, 2.5, true, null, "x"], "b": {"c": "d"}}'],
  ['a multi-line plain scalar', 'a: one\n  two\n  three\n'],
  ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n  - y\r\n'],
];

describe('fast and slow paths agree', () => {
  it.each(SAME_VALUE)('%s', (_, text) => {
    const fast = fastParse(text);
    expect(fast).not.toBeUndefined();
    const slow = slowParse(text);
    expect(slow.problems).toEqual([]);
    expect(slow.value).toEqual(fast);
  });
});

describe('parseDocumentText', () => {
  it('uses js-yaml when it accepts the document', () => {
    expect(parseDocumentText('a: 1\n')).toEqual({ value: { a: 1 }, problems: [], partial: false });
  });

  it('takes the slow path for duplicate keys, tabs and syntax errors', () => {
    for (const text of ['a: 1\na: 2\n', 'a:\n\tb: 1\n', 'a: [1\n']) expect(parseDocumentText(text).ast).toBeDefined();
  });

  it('sees `true:` and `yes:` as the same key, as the API server does', () => {
    expect(parseDocumentText('true: a\nyes: b\n')).toMatchObject({ value: { true: 'b' }, problems: [{ rule: 'yaml-duplicate-key' }] });
  });

  it('takes the slow path for shared collections (aliases), not for `&&` in a script', () => {
    expect(parseDocumentText('a: &x {b: 1}\nc: *x\n').ast).toBeDefined();
    expect(parseDocumentText('cmd: make && make install\nglob: ls *.yaml\n').ast).toBeUndefined();
  });
});
