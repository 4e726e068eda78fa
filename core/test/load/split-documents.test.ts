import { describe, expect, it } from 'vitest';
import { splitDocuments } from '../../src/load/split-documents.js';

function docs(text: string): Array<{ text: string; hasContent: boolean }> {
  return splitDocuments(text).map((d) => ({ text: text.slice(d.start, d.end), hasContent: d.hasContent }));
}

describe('splitDocuments', () => {
  it('gives no document for an empty text', () => {
    expect(splitDocuments('')).toEqual([]);
  });

  it('keeps a single document without markers whole', () => {
    expect(docs('a: 1\nb: 2\n')).toEqual([{ text: 'a: 1\nb: 2\n', hasContent: true }]);
  });

  it('cuts at each `---` line, the marker starting the next document', () => {
    expect(docs('a: 1\n---\nb: 2\n--- # c\nc: 3')).toEqual([
      { text: 'a: 1\n', hasContent: true },
      { text: '---\nb: 2\n', hasContent: true },
      { text: '--- # c\nc: 3', hasContent: true },
    ]);
  });

  it('keeps leading comments and directives with the first `---`', () => {
    expect(docs('# header\n%YAML 1.1\n---\na: 1\n')).toEqual([{ text: '# header\n%YAML 1.1\n---\na: 1\n', hasContent: true }]);
  });

  it('counts empty and comment-only documents, without content', () => {
    expect(docs('---\n---\n# only a comment\n---\na: 1\n---\n')).toEqual([
      { text: '---\n', hasContent: false },
      { text: '---\n# only a comment\n', hasContent: false },
      { text: '---\na: 1\n', hasContent: true },
      { text: '---\n', hasContent: false },
    ]);
  });

  it('sees content on the marker line (`--- |`, `--- {a: 1}`)', () => {
    expect(docs('--- {a: 1}\n--- |\n  text\n')).toEqual([
      { text: '--- {a: 1}\n', hasContent: true },
      { text: '--- |\n  text\n', hasContent: true },
    ]);
  });

  it('ends a document at `...` and keeps what follows for the next one', () => {
    expect(docs('a: 1\n...\n%YAML 1.1\n---\nb: 2\n')).toEqual([
      { text: 'a: 1\n...\n', hasContent: true },
      { text: '%YAML 1.1\n---\nb: 2\n', hasContent: true },
    ]);
  });

  it('does not cut at `----` or `---x` values, nor at an indented `---` inside a block scalar', () => {
    const text = 'a: |\n  ---\n  text\nb: ----\nc: ---x\n';
    expect(docs(text)).toEqual([{ text, hasContent: true }]);
  });

  it('recognises markers followed by CR LF and tabs', () => {
    expect(docs('a: 1\r\n---\r\nb: 2\r\n---\tx: 1\r\n')).toEqual([
      { text: 'a: 1\r\n', hasContent: true },
      { text: '---\r\nb: 2\r\n', hasContent: true },
      { text: '---\tx: 1\r\n', hasContent: true },
    ]);
  });

  it('leaves a BOM out of the first document', () => {
    const [first] = splitDocuments('\uFEFFa: 1\n');
    expect(first).toMatchObject({ start: 1, hasContent: true });
  });

  it('numbers documents in order', () => {
    expect(splitDocuments('a: 1\n---\nb: 2\n---\nc: 3\n').map((d) => d.index)).toEqual([0, 1, 2]);
  });
});
