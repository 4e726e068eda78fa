/**
 * `# kubeplan-ignore rule-a,rule-b: reason` comments. A comment at the end of a line covers the node written
 * on that line; a comment on its own line covers the node on the next line (other comment lines may come
 * between, a blank line may not). "The node" is the outermost mapping entry or list item that starts on that
 * line, with everything under it, so a comment above `- name: sidecar` covers that one container, and a
 * comment above a document's first line covers the whole object.
 * `# kubeplan-ignore-file [rule-a,...]` anywhere covers the whole file.
 */
import { isMap, isPair, isScalar, isSeq, Lexer, parseAllDocuments, type Node } from 'yaml';
import type { SourceRange } from '../diagnostic.js';
import { LineIndex } from '../load/line-index.js';
import { YAML_PARSE_OPTIONS } from '../load/slow-parse.js';
import type { IgnoreDirective } from './suppressions.js';

export const COMMENT_MARKER = 'kubeplan-ignore';

const DIRECTIVE = /^#\s*kubeplan-ignore(-file)?(?=[\s:,]|$)([^:]*)(?::.*)?$/;
// Zero-width markers of the `yaml` lexer (document start, flow end, scalar); every other token is source text.
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);

/** Offsets of the real comments in `text` (not `#` inside strings or block scalars), with their text. */
function comments(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith('#')) out.push({ start: offset, text: token });
    if (!CONTROL_TOKENS.has(token)) offset += token.length;
  }
  return out;
}

interface Entry {
  line: number;
  start: number;
  end: number;
  depth: number;
}

/** Every mapping entry and list item of the file, with its nesting depth. */
function entries(text: string, lines: LineIndex): Entry[] {
  const out: Entry[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        const empty = value === null || (isScalar(value) && value.source === '' && value.range?.[0] === value.range?.[1]);
        const start = key?.range?.[0] ?? value?.range?.[0];
        const end = (empty ? key?.range?.[1] : value?.range?.[1]) ?? start;
        if (start !== undefined && end !== undefined) out.push({ line: lines.positionAt(start).line, start, end, depth });
        visit(value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const range = (item as Node | null)?.range;
        if (range) out.push({ line: lines.positionAt(range[0]).line, start: range[0], end: range[1], depth });
        visit(item, depth + 1);
      }
    } else if (isPair(node)) {
      visit(node.value, depth);
    }
  };
  for (const doc of parseAllDocuments(text, YAML_PARSE_OPTIONS)) {
    if (!('contents' in doc)) continue;
    // A document's mapping is the node on its first line: a comment above it covers the whole object.
    const range = isMap(doc.contents) ? doc.contents.range : undefined;
    if (range) out.push({ line: lines.positionAt(range[0]).line, start: range[0], end: range[1], depth: -1 });
    visit(doc.contents, 0);
  }
  return out;
}

/** The range a directive on `line` covers: the outermost entry starting there, else the line itself. */
function nodeOnLine(line: number, all: readonly Entry[], lines: LineIndex): SourceRange {
  let best: Entry | undefined;
  for (const e of all) {
    if (e.line !== line) continue;
    if (best === undefined || e.depth < best.depth) best = e;
  }
  if (best !== undefined) return lines.rangeAt(best.start, best.end);
  return { start: { line, col: 0 }, end: { line, col: Number.MAX_SAFE_INTEGER } };
}

/** The line an own-line comment applies to: the next line that is not a comment; none past a blank line. */
function targetLine(lineTexts: readonly string[], from: number): number | undefined {
  for (let line = from + 1; line < lineTexts.length; line++) {
    const t = (lineTexts[line] as string).trim();
    if (t === '' || /^(---|\.\.\.)(\s|$)/.test(t)) return undefined;
    if (!t.startsWith('#')) return line;
  }
  return undefined;
}

/** The `kubeplan-ignore` comments of one file. */
export function commentDirectives(file: string, text: string): IgnoreDirective[] {
  if (!text.includes(COMMENT_MARKER)) return [];
  const lines = new LineIndex(text);
  // Same line breaks as LineIndex: \n, \r\n and a lone \r.
  const lineTexts = text.split(/\r\n|\r|\n/);
  let all: Entry[] | undefined;
  const out: IgnoreDirective[] = [];
  for (const c of comments(text)) {
    const m = DIRECTIVE.exec(c.text.trimEnd());
    if (m === null) continue;
    const ids = (m[2] ?? '').split(/[\s,]+/).filter((id) => id !== '');
    const range = lines.rangeAt(c.start, c.start + c.text.trimEnd().length);
    const base = { file, range, ...(ids.length > 0 ? { rules: ids } : {}) };
    if (m[1] !== undefined) {
      out.push({ ...base, origin: 'file-comment', scope: 'file' });
      continue;
    }
    const before = (lineTexts[range.start.line] ?? '').slice(0, range.start.col);
    const line = before.trim() !== '' ? range.start.line : targetLine(lineTexts, range.start.line);
    all ??= entries(text, lines);
    out.push({ ...base, origin: 'comment', scope: line === undefined ? 'nothing' : nodeOnLine(line, all, lines) });
  }
  return out;
}
