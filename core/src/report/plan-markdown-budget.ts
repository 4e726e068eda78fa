/**
 * Keeping the Markdown plan under GitHub's comment limit (65,536 characters): the blocks are laid out in
 * order; when they do not fit, the least important ones are replaced by a one-line note, and the one block that
 * grows with the change (the object diffs) gets what is left.
 */

/** What we aim for: GitHub refuses comments over 65,536 characters; the margin is for the caller's footer. */
export const MARKDOWN_LIMIT = 60_000;
/** What the growing block is promised before smaller sections are dropped for it. */
const GROWING_FLOOR = 20_000;

export interface MarkdownBlock {
  /** The block as rendered in full. */
  lines: string[];
  /** `Services (12)`: named in the note that replaces the block. Blocks without one are never dropped. */
  title?: string;
  /** When over the limit, blocks are dropped lowest rank first. */
  dropRank?: number;
  /** The growing block: renders itself within `budget` characters (saying what it left out). */
  fit?: (budget: number) => string[];
}

const size = (lines: readonly string[]): number => lines.join('\n').length + 2;

function droppedNote(title: string): string[] {
  return [`<sub>${title} left out to keep this comment under GitHub's size limit; \`kubeplan plan -o json\` has everything.</sub>`];
}

/** The blocks' lines in order, within `limit` characters when dropping and fitting can get there. */
export function fitMarkdownBlocks(blocks: readonly MarkdownBlock[], limit = MARKDOWN_LIMIT): string[][] {
  const out = blocks.map((b) => ({ ...b, lines: b.lines }));
  const total = (): number => out.reduce((n, b) => n + (b.fit !== undefined ? 0 : size(b.lines)), 0);
  const growing = out.find((b) => b.fit !== undefined);
  const floor = growing !== undefined ? Math.min(size(growing.lines), GROWING_FLOOR) : 0;
  if (total() + (growing !== undefined ? size(growing.lines) : 0) <= limit) return out.map((b) => b.lines);
  const droppable = out.filter((b) => b.title !== undefined && b.dropRank !== undefined && b.fit === undefined).sort((a, b) => (a.dropRank ?? 0) - (b.dropRank ?? 0));
  for (const b of droppable) {
    if (total() + floor <= limit) break;
    b.lines = droppedNote(b.title ?? '');
  }
  if (growing?.fit !== undefined) growing.lines = growing.fit(Math.max(0, limit - total()));
  return out.map((b) => b.lines);
}
