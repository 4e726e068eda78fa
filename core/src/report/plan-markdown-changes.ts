import type { PlanChange } from '../plan/plan-document.js';
import { markdownCodeBlock, markdownDetails, markdownText as md } from './markdown-escape.js';
import type { MarkdownBlock } from './plan-markdown-budget.js';
import { shownDiff } from './plan-diff-lines.js';
import { sourceLocation } from './plan-facts.js';
import { plural } from './plan-style.js';
import { ACTION_SYMBOL } from './plan-tree.js';

/** Objects shown with their diff; the others are counted. */
const MAX_CHANGES = 50;
/** Diff lines per object before "… N more lines". */
const MAX_DIFF_LINES = 60;
/** Field paths named per object. */
const MAX_FIELDS = 10;
/** Room kept for the line that counts what was left out. */
const TAIL_ROOM = 400;

const VERB: Readonly<Record<PlanChange['action'], string>> = { create: 'to add', update: 'to change', replace: 'to replace', delete: 'to destroy' };

/**
 * The object changes for a PR comment: a heading, then one collapsible `<details>` per object (its symbol,
 * name and file; the replacement reason, the changed fields and the unified diff in a ```diff block whose fence
 * no value can close). At most `MAX_CHANGES` objects and, within a budget, as many as fit; then how many were
 * left out, by action.
 */
export function changesMarkdown(changes: readonly PlanChange[]): MarkdownBlock {
  const render = (budget: number): string[] => {
    if (changes.length === 0) return ['#### Changes (0)', '', 'No object changes: the manifests match the base.'];
    const lines = [`#### Changes (${changes.length})`];
    let used = lines[0]?.length ?? 0;
    let shown = 0;
    for (const ch of changes.slice(0, MAX_CHANGES)) {
      const block = ['', ...changeDetails(ch)];
      const length = block.join('\n').length + 1;
      if (used + length > budget - TAIL_ROOM) break;
      lines.push(...block);
      used += length;
      shown++;
    }
    if (shown < changes.length) lines.push('', leftOut(changes.slice(shown), shown === MAX_CHANGES));
    return lines;
  };
  return { lines: render(Number.POSITIVE_INFINITY), fit: render };
}

function changeDetails(ch: PlanChange): string[] {
  const name = ch.namespace !== undefined ? `${ch.namespace}/${ch.name}` : ch.name;
  const where = sourceLocation(ch);
  const summary = `<code>${ACTION_SYMBOL[ch.action]}</code> ${md(ch.kind)} ${md(name)}${where !== '' ? ` <sub>${md(where)}</sub>` : ''}`;
  const body: string[] = [];
  if (ch.action === 'replace') body.push(`**Forces replacement:** ${md(ch.replaceReason ?? 'an immutable field changes')}`, '');
  if (ch.fields.length > 0 && ch.action !== 'create' && ch.action !== 'delete') {
    const more = ch.fields.length > MAX_FIELDS ? ` and ${ch.fields.length - MAX_FIELDS} more` : '';
    body.push(`Fields: ${ch.fields.slice(0, MAX_FIELDS).map(md).join(', ')}${more}`, '');
  }
  const diff = shownDiff(ch.diff, MAX_DIFF_LINES);
  if (diff.lines.length > 0) body.push(...markdownCodeBlock(codeText(diff.lines.map((l) => l.text).join('\n')), 'diff'));
  if (diff.omitted > 0) body.push('', `<sub>… ${plural(diff.omitted, 'more diff line')}; \`kubeplan plan -o json\` has the whole diff.</sub>`);
  return markdownDetails(summary, body.length > 0 ? body : ['No field changes shown.'], ch.action === 'replace');
}

/** Text for a code block: no control characters (a terminal escape, a bidi trick), tabs as spaces. */
function codeText(text: string): string {
  return text.replace(/\t/g, '  ').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, '');
}

function leftOut(rest: readonly PlanChange[], capped: boolean): string {
  const counts = (['create', 'update', 'replace', 'delete'] as const)
    .map((a) => [a, rest.filter((ch) => ch.action === a).length] as const)
    .filter(([, n]) => n > 0)
    .map(([a, n]) => `${n} ${VERB[a]}`);
  const why = capped ? `only the first ${MAX_CHANGES} are shown` : "to keep this comment under GitHub's size limit";
  return `<sub>… and ${plural(rest.length, 'more change')} (${counts.join(', ')}) not shown: ${why}; \`kubeplan plan -o json\` has every diff.</sub>`;
}
