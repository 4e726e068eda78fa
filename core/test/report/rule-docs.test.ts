import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, LINT_RULES, renderRuleDocs, ruleDocs } from '../../src/index.js';
import { REPO_ROOT } from '../support/shared.js';

describe('docs/rules.md', () => {
  const doc = renderRuleDocs(ruleDocs(LINT_RULES));

  it('is up to date with the rules\' metadata (npm run docs regenerates it)', () => {
    expect(readFileSync(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8')).toBe(doc);
  });

  it('has one heading per rule id, the anchor SARIF helpUri points at', () => {
    for (const r of LINT_RULES) expect(doc).toContain(`\n## ${r.id}\n`);
    expect(doc.match(/^## /gm)).toHaveLength(LINT_RULES.length);
    expect(new Set(LINT_RULES.map((r) => r.id)).size).toBe(LINT_RULES.length);
  });

  it('documents every rule module with its rationale, how to fix it, preset and category', () => {
    for (const rule of ALL_RULES) {
      const section = doc.slice(doc.indexOf(`\n## ${rule.meta.id}\n`)).split('\n## ')[1] as string;
      expect(section).toContain(rule.meta.rationale);
      expect(section).toContain(rule.meta.howToFix);
      expect(section).toContain(`Default severity: **${rule.meta.defaultSeverity}**`);
    }
  });

  it('explains every built-in check too, not only its summary', () => {
    const modules = new Set(ALL_RULES.map((r) => r.meta.id));
    for (const d of ruleDocs(LINT_RULES).filter((x) => !modules.has(x.id))) {
      expect(d.rationale, `${d.id} has no entry in rules/rule-docs-builtin.ts`).not.toBe('');
      expect(d.howToFix, d.id).not.toBe('');
      expect(d.preset).toBe('always');
    }
  });
});
