/**
 * A generator of adversarial block YAML for the differential test of the fast position map: random nesting,
 * indentation widths, indentless and compact sequences, every scalar style (multi-line plain and quoted, block
 * scalars with chomping and blank or whitespace-only lines, keys with `:` and `#`), empty values, flow
 * collections, and comment lines at random indentations everywhere. Deterministic for a seed.
 */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function generateYaml(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const chance = (p: number): boolean => r() < p;
  const sp = (n: number): string => ' '.repeat(Math.max(0, n));
  const out: string[] = [];
  const comment = (into: string[], maxIndent: number): void => {
    if (chance(0.12)) into.push(`${sp(Math.floor(r() * (maxIndent + 3)))}# c${Math.floor(r() * 99)}`);
    if (chance(0.06)) into.push(pick(['', '  ', '      ', sp(maxIndent + 1)]));
  };
  const tail = (): string => (chance(0.15) ? pick(['  # t', ' #x', '   ', ' ']) : '');
  const keys = ['a', 'name', 'b c', '"q:k"', "'s#k'", '"a b"', 'yes', '5', '0x1F', 'k-1', 'x.y/z', "'it''s'", 'on', '~', 'a:b', 'a#b', 'key ', '"é"'];
  const plain = ['v', 'hello world', 'a:b', 'a#b', 'http://x:80/y', '-x', '1.5', 'yes', '~', 'null', "it's", 'a "q"', '5:30'];

  const scalar = (indentNext: number, col: number): string[] => {
    const kind = Math.floor(r() * 10);
    if (kind === 0) return [pick(["'it''s: #x'", "''", "'a b'", "'multi", '"esc \\" q"', '""', '"a: #b"', '"multi'])].flatMap((q) =>
      q === "'multi" ? ["'multi", `${sp(indentNext + Math.floor(r() * 3))}line'`] : q === '"multi' ? ['"multi\\', '', `${sp(indentNext)}end"`] : [q],
    );
    if (kind === 1) {
      const header = pick(['|', '|-', '|+', '>', '>-', '>+', '|  # h']);
      const ci = indentNext + Math.floor(r() * 3);
      const lines = [header];
      const n = 1 + Math.floor(r() * 4);
      for (let i = 0; i < n; i++) lines.push(`${sp(ci + (i > 0 && chance(0.2) ? 2 : 0))}${pick(['text', 'key: value', '# not a comment', '- item', 'x'])}`);
      for (let i = Math.floor(r() * 3); i > 0; i--) lines.push(pick(['', sp(ci), sp(ci + 2), sp(Math.max(0, ci - 1))]));
      return lines;
    }
    if (kind === 2) {
      const f = pick(['{}', '[]', '[a, b]', '{a: 1, b: [x]}', "['q', \"r\"]", '[ ]', '[a,', '{k: v,']);
      return f === '[a,' ? [f, `${sp(indentNext + 1)}b]`] : f === '{k: v,' ? [f, '', `${sp(indentNext)}w: x}`] : [f];
    }
    if (kind === 4 && chance(0.3)) return [pick(['&anchor v', '!!str 5', '! tagged', 'a\tb'])];
    if (kind === 3 && col >= 0) return [pick(['plain', 'two words']), ...(chance(0.5) ? [''] : []), `${sp(indentNext + Math.floor(r() * 2))}continued`];
    return [pick(plain)];
  };

  const node = (depth: number, col: number, inlineCol: number): { first: string; lines: string[] } => {
    // returns the text for the value's first line (after `key:` / `- `) and the lines after it
    const t = depth > 3 ? 2 : Math.floor(r() * 4);
    if (t >= 2 && chance(0.1)) {
      // the value on the next line
      const s = scalar(col + 1, col);
      const at = col + 1 + Math.floor(r() * 2);
      if (!s[0]?.startsWith('|') && !s[0]?.startsWith('>')) return { first: pick(['', ' # c']), lines: [`${sp(at)}${s[0]}`, ...s.slice(1)] };
    }
    if (t >= 2) {
      const s = scalar(col + 1, col);
      return { first: ` ${s[0]}${s.length === 1 && !s[0]?.startsWith('|') && !s[0]?.startsWith('>') ? tail() : ''}`, lines: s.slice(1) };
    }
    if (chance(0.12)) return { first: pick(['', '   ', ' # empty', ' ~']), lines: [] };
    const lines: string[] = [];
    if (t === 0) {
      const indent = col + 1 + Math.floor(r() * 3);
      block('map', depth + 1, indent, lines);
    } else {
      const indent = chance(0.35) ? col : col + 1 + Math.floor(r() * 3);
      block('seq', depth + 1, Math.max(indent, inlineCol), lines);
    }
    return { first: chance(0.2) ? ' # before' : '', lines };
  };

  const block = (kind: 'map' | 'seq', depth: number, col: number, into: string[]): void => {
    const n = 1 + Math.floor(r() * 4);
    const used = new Set<string>();
    for (let i = 0; i < n; i++) {
      comment(into, col);
      if (kind === 'map') {
        const v = node(depth, col, -1);
        let key = pick(keys);
        if (used.has(key)) key = `k${used.size}`;
        if (chance(0.01)) key = pick(['? complex', '&a anchored', '<<', '!t tagged', '[flow]', '"multi\n line"']);
        used.add(key);
        into.push(`${sp(col)}${key}:${v.first}`, ...v.lines);
      } else if (chance(0.35) && depth < 4) {
        // compact mapping in the item
        const inner: string[] = [];
        const w = 1 + Math.floor(r() * 2);
        block('map', depth + 1, col + 1 + w, inner);
        const firstLine = inner.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
        if (firstLine < 0) into.push(`${sp(col)}- x`);
        else into.push(...inner.slice(0, firstLine), `${sp(col)}-${sp(w)}${inner[firstLine]?.trimStart()}`, ...inner.slice(firstLine + 1));
      } else {
        const v = node(depth, col, -1);
        into.push(`${sp(col)}-${v.first}`, ...v.lines);
      }
    }
    comment(into, col + 2);
  };

  if (chance(0.2)) out.push('# leading', '');
  if (chance(0.02)) out.push('%YAML 1.1');
  if (chance(0.2)) out.push('---');
  block(chance(0.85) ? 'map' : 'seq', 0, chance(0.9) ? 0 : 2, out);
  if (chance(0.1)) out.push('...', '# after');
  let text = `${out.join('\n')}${chance(0.8) ? '\n' : ''}`;
  if (chance(0.15)) text = text.replaceAll('\n', '\r\n');
  if (chance(0.02)) text = text.replace(/\n {2}(?=\S)/, '\n\t');
  return text;
}
