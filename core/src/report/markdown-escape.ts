/**
 * Markdown that values from the manifests cannot break out of. A PR comment renders names, messages and
 * annotations written by whoever opened the PR: without escaping, a `|` splits a table cell, `<img src=...>`
 * or `<details>` injects HTML, backticks and `*_[]` start code or links, and `@someone` pings people.
 */

const ZERO_WIDTH_SPACE = '\u200b';
/** Text that `markdownText` leaves as it is. */
const PLAIN_TEXT = /^[A-Za-z0-9 .\/:,()=+%-]*$/;

/**
 * One value as literal text in a GitHub-flavoured Markdown table cell or paragraph: one line, HTML special
 * characters as entities, the punctuation that starts code, emphasis, links or strikethrough backslash-escaped
 * (never at a line start, so `-`, `+`, `#` and `1.` cannot start a list or heading), `|` escaped for tables, and
 * a zero-width space after `@` and `#` before a digit, so that no mention or cross-reference is made.
 */
export function markdownText(value: string): string {
  // Most values (names, quantities, node names) hold nothing to escape: one test instead of eight passes.
  if (PLAIN_TEXT.test(value)) return value;
  return value
    .replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '')
    .replace(/\r?\n|\t/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|]/g, (ch) => `\\${ch}`)
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}

/** A GitHub-flavoured Markdown table; the cells must already be escaped (`markdownText`) or trusted. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** A collapsible section: `<details>` with a trusted summary; `open` for the sections a reviewer must read. */
export function markdownDetails(summary: string, body: readonly string[], open = false): string[] {
  return [`<details${open ? ' open' : ''}><summary>${summary}</summary>`, '', ...body, '', '</details>'];
}

/** Text shown verbatim in a fenced code block whose fence is longer than any backtick run inside it. */
export function markdownCodeBlock(text: string, language = 'text'): string[] {
  const longest = (text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, ...text.replace(/\n$/, '').split('\n'), fence];
}
