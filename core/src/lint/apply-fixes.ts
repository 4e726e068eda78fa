import type { Diagnostic, Position } from '../diagnostic.js';

/** Offsets where lines start, breaking lines as the loader does (`\n`, `\r\n`, a lone `\r`). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}

function same(a: OffsetEdit, b: OffsetEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

export interface AppliedFixes {
  text: string;
  /** The diagnostics whose fix was applied (or was identical to one applied). */
  fixed: Diagnostic[];
}

/**
 * Applies the fixes of `diagnostics` (all of one file) to its text. A fix is applied whole or not at all, and
 * only when none of its edits overlaps an edit already taken (in position order); everything outside the edits
 * is kept byte for byte. A fix whose range falls outside the text (the file changed since it was linted) is
 * skipped.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): AppliedFixes {
  const starts = lineStarts(text);
  const offset = (p: Position): number | undefined => {
    const start = starts[p.line];
    if (start === undefined) return undefined;
    const end = p.line + 1 < starts.length ? (starts[p.line + 1] as number) : text.length;
    return start + p.col <= end ? start + p.col : undefined;
  };
  const candidates = diagnostics.flatMap((d) => {
    const edits = (d.fix?.edits ?? []).map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText }));
    if (edits.length === 0 || edits.some((e) => e.start === undefined || e.end === undefined || e.end < e.start)) return [];
    return [{ d, edits: edits as OffsetEdit[] }];
  });
  candidates.sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
  const taken: OffsetEdit[] = [];
  const fixed: Diagnostic[] = [];
  for (const { d, edits } of candidates) {
    if (edits.every((e) => taken.some((t) => same(t, e)))) {
      fixed.push(d); // the same edit again (two findings, one fix)
      continue;
    }
    if (edits.some((e, i) => taken.some((t) => overlaps(t, e)) || edits.slice(i + 1).some((o) => overlaps(o, e)))) continue;
    taken.push(...edits);
    fixed.push(d);
  }
  let out = text;
  for (const e of [...taken].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return { text: out, fixed };
}
