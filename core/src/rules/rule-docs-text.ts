/** Text for `kubeplan rules` (the list) and `kubeplan rules ID` (one rule explained). Pure: docs in, text out. */
import { RULE_DOCS_BASE } from '../report/links.js';
import { CATEGORY_TITLES, DOC_CATEGORIES, type DocPreset, type RuleDoc } from './rule-docs.js';

const WIDTH = 100;

export const PRESET_WORDS: Readonly<Record<DocPreset, string>> = {
  recommended: 'recommended: on by default',
  strict: 'strict: on with --preset strict',
  'opt-in': 'opt-in: on when enabled in .kubeplan.yaml',
  always: 'always on (rules: { id: off } in .kubeplan.yaml turns it off)',
};

/** Word-wraps `text` to {@link WIDTH} columns, each line indented by `indent`; keeps the text's own line breaks. */
export function wrap(text: string, indent = '  '): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && indent.length + line.length + 1 + word.length > WIDTH) {
        out.push(indent + line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(indent + line);
  }
  return out;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - s.length));
}

/** Every rule, grouped by category: id, default severity, preset, one line. */
export function renderRuleList(docs: readonly RuleDoc[]): string {
  const idWidth = Math.max(...docs.map((d) => d.id.length), 4) + 2;
  const lines: string[] = [];
  for (const category of DOC_CATEGORIES) {
    const inCategory = docs.filter((d) => d.category === category);
    if (inCategory.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(`${CATEGORY_TITLES[category]} (${inCategory.length})`);
    for (const d of inCategory) lines.push(`  ${pad(d.id, idWidth)}${pad(d.defaultSeverity, 9)}${pad(d.preset, 13)}${d.summary}`);
  }
  lines.push('', `${docs.length} rules. "kubeplan rules ID" explains one; all of them: ${RULE_DOCS_BASE}`);
  return `${lines.join('\n')}\n`;
}

function block(title: string, text: string): string[] {
  return ['', title, ...text.split('\n').map((l) => `    ${l}`)];
}

/** One rule explained: summary, rationale, how to fix, examples, peers, parameters. */
export function renderRuleDoc(doc: RuleDoc): string {
  const lines = [doc.id, ...wrap(doc.summary), ''];
  lines.push(`  category  ${CATEGORY_TITLES[doc.category]} (${doc.category})`);
  lines.push(`  severity  ${doc.defaultSeverity} by default`);
  lines.push(`  preset    ${PRESET_WORDS[doc.preset]}`);
  if (doc.peers.length > 0) lines.push(`  peers     ${doc.peers.join(', ')}`);
  if (doc.rationale !== '') lines.push('', 'Why', ...wrap(doc.rationale));
  if (doc.howToFix !== '') lines.push('', 'How to fix', ...wrap(doc.howToFix));
  if (doc.examples !== undefined) {
    lines.push(...block('Reported:', doc.examples.invalid), ...block('Fine:', doc.examples.valid));
  }
  const params = Object.entries(doc.params);
  if (params.length > 0) {
    lines.push('', 'Parameters (rules: { id: { params } } in .kubeplan.yaml), with their defaults');
    for (const [name, value] of params) lines.push(`  ${name}: ${JSON.stringify(value)}`);
  }
  lines.push('', `Docs: ${doc.docsUrl}`);
  return `${lines.join('\n')}\n`;
}

/** `kubeplan rules -o json`: `{ schemaVersion: 1, rules: [...] }`. */
export function renderRuleListJson(docs: readonly RuleDoc[]): string {
  return `${JSON.stringify({ schemaVersion: 1, rules: docs }, null, 2)}\n`;
}

/** `kubeplan rules ID -o json`: `{ schemaVersion: 1, rule: {...} }`. */
export function renderRuleDocJson(doc: RuleDoc): string {
  return `${JSON.stringify({ schemaVersion: 1, rule: doc }, null, 2)}\n`;
}
