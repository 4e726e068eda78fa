import { parseDocument, type Document } from 'yaml';
import type { SourceRange } from '../diagnostic.js';
import type { LineIndex } from './line-index.js';
import { YAML_PARSE_OPTIONS } from './slow-parse.js';
import type { DocumentSlice } from './split-documents.js';

/**
 * One document of one file, as the position map sees it: the file's (lazy) line index, the document's slice,
 * and its `yaml` AST, parsed on first request only — or handed over when the slow path already built it.
 */
export interface DocumentContext {
  readonly file: string;
  readonly lines: LineIndex;
  readonly slice: DocumentSlice;
  /** The document's text (a slice of the file text). */
  text(): string;
  /** The `yaml` AST of the document; its offsets are relative to {@link text}. */
  ast(): Document.Parsed;
  /** True once the AST exists (handed over by the slow path, or parsed on request). */
  hasAst(): boolean;
  /** File range of document-relative offsets. */
  range(start: number, end: number): SourceRange;
  /** Offset of the first node character: past blank, comment, directive and bare `---` lines (0 if none). */
  contentStart(): number;
  /** The range of the document's first content line. */
  firstLineRange(): SourceRange;
}

const CONTENT_START = /^(?!%|---(?:[ \t]*(?:#.*)?)?$)[ \t]*(?:---[ \t]+)?([^\s#])/m;

export function createDocumentContext(
  file: string,
  lines: LineIndex,
  slice: DocumentSlice,
  ast?: Document.Parsed,
): DocumentContext {
  let cachedAst = ast;
  let cachedText: string | undefined;
  const text = (): string => (cachedText ??= lines.text.slice(slice.start, slice.end));
  const range = (start: number, end: number): SourceRange => lines.rangeAt(slice.start + start, slice.start + end);
  const contentStart = (): number => {
    const m = CONTENT_START.exec(text());
    return m ? m.index + m[0].length - 1 : 0;
  };
  return {
    file,
    lines,
    slice,
    text,
    ast: () => (cachedAst ??= parseDocument(text(), YAML_PARSE_OPTIONS)),
    hasAst: () => cachedAst !== undefined,
    range,
    contentStart,
    firstLineRange: () => {
      const start = slice.start + contentStart();
      return lines.rangeAt(start, lines.lineEndAt(start));
    },
  };
}
