/** Column alignment of a text table. */
export type Align = 'left' | 'right';

export interface TextTableOptions {
  /** Per column; missing columns align left. */
  align?: readonly Align[];
  /** Written before every line (default two spaces). */
  indent?: string;
  /** Spaces between columns (default 2). */
  gap?: number;
}

// ANSI SGR sequences take no room on the screen.
const SGR = /\x1b\[[0-9;]*m/g;

/** The number of terminal columns `s` takes: code points, without colour escapes. */
export function visibleWidth(s: string): number {
  let n = 0;
  for (const _ of s.replace(SGR, '')) n++;
  return n;
}

/**
 * Aligns `rows` (the first one is usually the header) into columns, like `kubectl get`. Cells may carry
 * colour escapes: widths count visible characters only. Trailing spaces are trimmed from every line.
 */
export function textTable(rows: readonly (readonly string[])[], opts: TextTableOptions = {}): string[] {
  const indent = opts.indent ?? '  ';
  const gap = ' '.repeat(opts.gap ?? 2);
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleWidth(cell))));
  return rows.map((row) => {
    const cells = row.map((cell, i) => {
      const pad = ' '.repeat((widths[i] ?? 0) - visibleWidth(cell));
      return opts.align?.[i] === 'right' ? pad + cell : cell + pad;
    });
    return (indent + cells.join(gap)).trimEnd();
  });
}
