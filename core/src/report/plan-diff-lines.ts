/**
 * A `PlanChange.diff` (a unified YAML diff from the `diff` package) as typed lines, for the text and Markdown
 * plans: the file headers (`Index:`, `===`, `---`, `+++`) and `\ No newline at end of file` markers go, hunk
 * headers, added, removed and context lines stay, and a long diff is cut to a number of lines.
 */

export type DiffLineKind = 'hunk' | 'add' | 'remove' | 'context';

export interface DiffLine {
  kind: DiffLineKind;
  /** The line as the diff has it, its `+`/`-`/space marker included. */
  text: string;
}

export interface ShownDiff {
  lines: DiffLine[];
  /** Lines of the diff left out by the cap. */
  omitted: number;
}

const HEADER = /^(Index: |={3,}$|--- |\+\+\+ )/;

function kindOf(line: string): DiffLineKind {
  if (line.startsWith('@@')) return 'hunk';
  if (line.startsWith('+')) return 'add';
  if (line.startsWith('-')) return 'remove';
  return 'context';
}

/** The lines of a unified diff after its file headers; empty for an empty diff. */
export function diffLines(diff: string): DiffLine[] {
  const raw = diff.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  // Headers only before the first hunk: later, `--- x` is a removed line `-- x`.
  const firstHunk = raw.findIndex((l) => l.startsWith('@@'));
  const body = firstHunk >= 0 ? raw.slice(firstHunk) : raw.filter((l) => !HEADER.test(l));
  return body.filter((l) => l !== '' && !l.startsWith('\\ ')).map((text) => ({ kind: kindOf(text), text }));
}

/** At most `max` lines of the diff (the first ones: a diff reads top-down), and how many were left out. */
export function shownDiff(diff: string, max: number): ShownDiff {
  const lines = diffLines(diff);
  if (lines.length <= max) return { lines, omitted: 0 };
  return { lines: lines.slice(0, max), omitted: lines.length - max };
}
