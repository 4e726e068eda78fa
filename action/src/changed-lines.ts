/**
 * The lines a pull request changes, from `git diff --unified=0 BASE HEAD -- paths`: for each new-side file, the
 * 1-based line numbers added or modified (hunk headers `@@ -a,b +c,d @@`). Pure.
 */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>;

const FILE = /^\+\+\+ (?:b\/)?(.*)$/;
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Git quotes unusual names (`"b/na\"me.yaml"`): undo the C-style quoting of the common escapes. */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name;
  const inner = name.slice(1, -1).replace(/\\(["\\tn])/g, (_m, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c));
  return inner.startsWith('b/') ? inner.slice(2) : inner;
}

export function parseChangedLines(diff: string): ChangedLines {
  const changed = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    const file = FILE.exec(line);
    if (file !== null) {
      const name = unquote(file[1] ?? '');
      current = name === '/dev/null' ? undefined : (changed.get(name) ?? new Set<number>());
      if (current !== undefined) changed.set(name, current);
      continue;
    }
    const hunk = HUNK.exec(line);
    if (hunk === null || current === undefined) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    for (let n = start; n < start + count; n++) current.add(n);
  }
  return changed;
}
