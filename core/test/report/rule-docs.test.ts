import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINT_RULES, renderRuleDocs } from '../../src/index.js';
import { REPO_ROOT } from '../support/shared.js';

describe('docs/rules.md', () => {
  it('is up to date with the rules\' metadata (npm run docs regenerates it)', () => {
    expect(readFileSync(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8')).toBe(renderRuleDocs(LINT_RULES));
  });

  it('has one heading per rule id, the anchor SARIF helpUri points at', () => {
    const doc = renderRuleDocs(LINT_RULES);
    for (const r of LINT_RULES) expect(doc).toContain(`\n## ${r.id}\n`);
    expect(new Set(LINT_RULES.map((r) => r.id)).size).toBe(LINT_RULES.length);
  });
});
