import { CATEGORY_TITLES, DOC_CATEGORIES, type RuleDoc } from '../rules/rule-docs.js';
import { PRESET_WORDS } from '../rules/rule-docs-text.js';

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function fence(yaml: string): string[] {
  return ['```yaml', ...yaml.split('\n'), '```'];
}

function section(doc: RuleDoc): string[] {
  const lines = [`## ${doc.id}`, '', doc.summary, ''];
  lines.push(`- Category: ${CATEGORY_TITLES[doc.category]}`);
  lines.push(`- Default severity: **${doc.defaultSeverity}**`);
  lines.push(`- Preset: ${PRESET_WORDS[doc.preset]}`);
  if (doc.peers.length > 0) lines.push(`- Peers: ${doc.peers.map((p) => `\`${p}\``).join(', ')}`);
  lines.push('');
  if (doc.rationale !== '') lines.push(`**Why.** ${doc.rationale}`, '');
  if (doc.howToFix !== '') lines.push(`**How to fix.** ${doc.howToFix}`, '');
  if (doc.examples !== undefined) lines.push('Reported:', '', ...fence(doc.examples.invalid), '', 'Fine:', '', ...fence(doc.examples.valid), '');
  const params = Object.entries(doc.params);
  if (params.length > 0) {
    lines.push('| parameter | default |', '| --- | --- |', ...params.map(([name, value]) => `| \`${name}\` | \`${cell(JSON.stringify(value))}\` |`), '');
  }
  return lines;
}

/**
 * The rule reference (`docs/rules.md`), generated from the rules' metadata so it cannot drift from the code:
 * an index by category, then one `## <id>` heading per rule id, the anchor SARIF's `helpUri` and the language
 * server link to. Categories are `#` headings so that every `##` is a rule id.
 */
export function renderRuleDocs(docs: readonly RuleDoc[]): string {
  const lines = [
    '# kubeplan rules',
    '',
    "<!-- Generated from the rules' metadata by `npm run docs`; do not edit. A test fails when it is stale. -->",
    '',
    'Every finding carries one of these rule ids. `kubeplan rules` lists them and `kubeplan rules ID` explains one.',
    'The preset decides which rules run (`--preset` or `preset:` in `.kubeplan.yaml`: `recommended` by default,',
    '`strict`, or `none`); `rules: { <id>: off|error|warning|info }` in `.kubeplan.yaml` sets one rule, and',
    '`kubeplan.io/ignore` annotations and `# kubeplan-ignore <id>` comments silence a finding where it is.',
    '',
  ];
  const categories = DOC_CATEGORIES.filter((c) => docs.some((d) => d.category === c));
  for (const category of categories) {
    lines.push(`**${CATEGORY_TITLES[category]}**`, '', '| rule | severity | preset | what it finds |', '| --- | --- | --- | --- |');
    for (const d of docs.filter((x) => x.category === category)) lines.push(`| [\`${d.id}\`](#${d.id}) | ${d.defaultSeverity} | ${d.preset} | ${cell(d.summary)} |`);
    lines.push('');
  }
  for (const category of categories) {
    lines.push(`# ${CATEGORY_TITLES[category]}`, '');
    for (const d of docs.filter((x) => x.category === category)) lines.push(...section(d));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
