import type { RuleInfo } from './lint-report.js';

/**
 * The rule reference (`docs/rules.md`), generated from rule metadata so it cannot drift from the code: one
 * heading per rule id, which is the anchor SARIF's `helpUri` and the language server link to.
 */
export function renderRuleDocs(rules: readonly RuleInfo[]): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = [
    '# kubeplan rules',
    '',
    '<!-- Generated from the rules\' metadata by `npm run docs`; do not edit. A test fails when it is stale. -->',
    '',
    '| rule | default severity | what it finds |',
    '| --- | --- | --- |',
    ...sorted.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.defaultSeverity} | ${r.summary.replaceAll('|', '\\|')} |`),
    '',
  ];
  for (const r of sorted) lines.push(`## ${r.id}`, '', `Default severity: **${r.defaultSeverity}**.`, '', r.summary, '');
  return lines.join('\n');
}
