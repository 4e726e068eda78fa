import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { SourceRange } from '../diagnostic.js';
import type { PathSegment } from '../load/json-path.js';
import { YAML_PARSE_OPTIONS } from '../load/slow-parse.js';
import { climb } from './climb.js';
import type { LineSpan } from './line-entry.js';
import type { TextLines } from './text-lines.js';

/** The key or scalar value under the cursor, for hovers and navigation. */
export interface NodeAt {
  /** Index of the YAML document in the file (the loader's `docIndex`). */
  docIndex: number;
  /** JSON path of the field from the document root (a key and its value share it). */
  path: PathSegment[];
  on: 'key' | 'value';
  /** The key or value's text (a key unquoted) and where it is written. */
  text: string;
  range: SourceRange;
}

function within(col: number, s: LineSpan | undefined): boolean {
  return s !== undefined && col >= s.start && col <= s.end;
}

/**
 * The node under the cursor. Block YAML is read from indentation (microseconds, and it works on text that
 * does not parse); a flow collection or a JSON document is parsed with `yaml` instead.
 */
export function nodeAt(lines: TextLines, line: number, col: number): NodeAt | undefined {
  const offset = lines.offsetAt(line, col);
  const doc = lines.documentAt(offset);
  if (doc === undefined) return undefined;
  const entry = lines.entry(line);
  if (entry === undefined) return undefined;
  const at = (s: LineSpan, path: PathSegment[], on: NodeAt['on']): NodeAt => ({
    docIndex: doc.index,
    path,
    on,
    text: s.text,
    range: { start: { line, col: s.start }, end: { line, col: s.end } },
  });
  const { key, value } = entry;
  const docText = lines.text.slice(doc.start, doc.end);
  if (/^\s*(?:#[^\n]*\n\s*)*[{[]/.test(docText) || (value !== undefined && within(col, value) && /^[[{]/.test(value.text))) {
    return astNodeAt(lines, docText, doc.start, offset, doc.index);
  }
  if (key !== undefined && within(col, key)) {
    const found = climb(lines.docLines(doc), line, key.start, entry.dashes);
    return found && at(key, [...found.path, key.text], 'key');
  }
  if (value === undefined || !within(col, value)) return undefined;
  const found = climb(lines.docLines(doc), line, key?.start ?? value.start, entry.dashes);
  if (found === undefined) return undefined;
  const unquoted = { ...value, text: value.text.replace(/^(["'])(.*)\1$/, '$2') };
  return at(unquoted, key === undefined ? found.path : [...found.path, key.text], 'value');
}

/** The `yaml` AST answer for flow collections and JSON. */
function astNodeAt(lines: TextLines, docText: string, base: number, offset: number, docIndex: number): NodeAt | undefined {
  const ast = parseDocument(docText, YAML_PARSE_OPTIONS);
  const rel = offset - base;
  const contains = (n: Node | null | undefined): n is Node => n?.range != null && n.range[0] <= rel && rel <= n.range[1];
  const hit = (n: Node, path: PathSegment[], on: NodeAt['on']): NodeAt => {
    const [s, e] = n.range ?? [0, 0];
    return { docIndex, path, on, text: isScalar(n) ? String(n.value) : docText.slice(s, e), range: lines.index.rangeAt(base + s, base + e) };
  };
  let node = ast.contents as Node | null;
  const path: PathSegment[] = [];
  for (let depth = 0; node !== null && depth < 200; depth++) {
    let next: Node | null = null;
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = pair.key as Node | null;
        const v = pair.value as Node | null;
        const name = isScalar(k) ? String(k.value) : '';
        if (contains(k)) return hit(k, [...path, name], 'key');
        if (contains(v)) {
          path.push(name);
          next = v;
          break;
        }
      }
    } else if (isSeq(node)) {
      const items = node.items as (Node | null)[];
      const i = items.findIndex(contains);
      if (i >= 0) {
        path.push(i);
        next = items[i] as Node;
      }
    } else if (isScalar(node) && contains(node)) {
      return hit(node, path, 'value');
    }
    node = next;
  }
  return undefined;
}
