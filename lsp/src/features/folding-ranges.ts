import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { IndexedFile } from '../workspace/workspace-index.js';

/**
 * Folding per YAML document, and per block entry that spans lines (a mapping key with a nested value, a
 * sequence item), read from indentation so that it works while the text does not parse.
 */
export function foldingRanges(f: IndexedFile): FoldingRange[] {
  const lines = f.lines;
  const out: FoldingRange[] = [];
  for (const doc of lines.documents) {
    if (!doc.hasContent) continue;
    const { first, last, entry } = lines.docLines(doc);
    // From the first line with content (a folded document still shows its `apiVersion:`) to the last one.
    let start = first;
    while (start < last && entry(start) === undefined) start++;
    let end = last;
    while (end > start && entry(end) === undefined) end--;
    if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
    // Open entries: the column of the entry's first node and the line it starts on.
    const open: Array<{ col: number; line: number }> = [];
    let lastContent = first;
    const close = (col: number): void => {
      while (open.length > 0 && (open[open.length - 1] as { col: number }).col >= col) {
        const e = open.pop() as { line: number };
        if (lastContent > e.line) out.push({ startLine: e.line, endLine: lastContent });
      }
    };
    for (let l = first; l <= last; l++) {
      const e = entry(l);
      if (e === undefined) continue;
      close(e.col);
      open.push({ col: e.col, line: l });
      lastContent = l;
    }
    close(-1);
  }
  return out;
}
