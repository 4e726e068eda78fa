import type { PathSegment } from '../load/json-path.js';
import { isInlineScalar, type LineEntry } from './line-entry.js';

/**
 * Where a node sits, read from indentation: a key of a block mapping at a column, or an item of a block
 * sequence at a column (with its index: the items counted so far above it).
 */
interface Need {
  kind: 'key' | 'item';
  col: number;
  index: number;
}

/** The lines of one YAML document, read lazily. */
export interface DocLines {
  /** First and last line of the document (inclusive). */
  first: number;
  last: number;
  entry(line: number): LineEntry | undefined;
}

type Token = { t: 'dash'; col: number } | { t: 'key'; col: number; entry: LineEntry };

function tokensOf(e: LineEntry): Token[] {
  const out: Token[] = e.dashes.map((col) => ({ t: 'dash', col }));
  if (e.key !== undefined) out.push({ t: 'key', col: e.key.start, entry: e });
  return out;
}

/** The result of a climb: the path from the document root to the node, and the keys written above it beside it. */
export interface Climb {
  path: PathSegment[];
  siblings: string[];
}

type Step = 'skip' | 'sibling' | 'parent' | 'scalar';

/** What a token at or left of the node is to it; moves `need` up to the parent, pushing path segments. */
function step(tok: Token, need: Need, rev: PathSegment[]): Step {
  if (tok.col > need.col) return 'skip';
  if (need.kind === 'key') {
    // A dash at the key's column belongs to a sibling's indentless sequence.
    if (tok.col === need.col) return tok.t === 'key' ? 'sibling' : 'skip';
    if (tok.t === 'dash') {
      Object.assign(need, { kind: 'item', col: tok.col, index: 0 });
      return 'parent';
    }
    if (isInlineScalar(tok.entry.value)) return 'scalar';
    rev.push(tok.entry.key?.text ?? '');
    need.col = tok.col;
    return 'parent';
  }
  if (tok.t === 'dash') {
    if (tok.col === need.col) {
      need.index++;
      return 'sibling';
    }
    rev.push(need.index);
    Object.assign(need, { col: tok.col, index: 0 });
    return 'parent';
  }
  // A key at or left of a sequence's dashes owns it (`containers:` over `- name: a` at the same column too).
  if (isInlineScalar(tok.entry.value)) return 'scalar';
  rev.push(need.index, tok.entry.key?.text ?? '');
  Object.assign(need, { kind: 'key', col: tok.col, index: 0 });
  return 'parent';
}

/**
 * Climbs from a node on `line` to the document root: a key at column `col`, or (`item`) an entry of a
 * sequence item at `col`; `dashes` are the `- ` indicators left of it on its own line. `undefined` when the
 * node is inside a block or multi-line scalar.
 */
export function climb(doc: DocLines, line: number, col: number, dashes: readonly number[]): Climb | undefined {
  const need: Need = { kind: 'key', col, index: 0 };
  const rev: PathSegment[] = [];
  const siblings: string[] = [];
  let ownLevel = true;
  const visit = (tok: Token): boolean => {
    const s = step(tok, need, rev);
    if (s === 'sibling' && ownLevel && tok.t === 'key') siblings.push(tok.entry.key?.text ?? '');
    if (s === 'parent') ownLevel = false;
    return s !== 'scalar';
  };
  for (let k = dashes.length - 1; k >= 0; k--) visit({ t: 'dash', col: dashes[k] as number });
  for (let l = line - 1; l >= doc.first; l--) {
    const e = doc.entry(l);
    if (e === undefined || e.col > need.col) continue;
    const tokens = tokensOf(e);
    for (let k = tokens.length - 1; k >= 0; k--) if (!visit(tokens[k] as Token)) return undefined;
  }
  if (need.kind === 'item') rev.push(need.index);
  return { path: rev.reverse(), siblings };
}

/** Keys of the mapping at column `col` written below `line`, up to where the mapping ends. */
export function keysBelow(doc: DocLines, line: number, col: number): string[] {
  const out: string[] = [];
  for (let l = line + 1; l <= doc.last; l++) {
    const e = doc.entry(l);
    if (e === undefined || e.col > col) continue;
    if (e.col < col) break;
    // `- name: x` at the key column is a sibling's indentless sequence.
    if (e.dashes.length === 0 && e.key !== undefined) out.push(e.key.text);
  }
  return out;
}
