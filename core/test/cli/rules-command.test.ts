import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LINT_RULES } from '../../src/lint/index.js';
import type { RuleInfo } from '../../src/report/index.js';
import { renderRuleDoc, renderRuleDocJson, renderRuleList, renderRuleListJson, ruleDocs, type Rule } from '../../src/rules/index.js';
import { renderRuleDocs } from '../../src/report/index.js';
import { goldenDir } from '../support/expect-golden.js';
import { runInMemory } from './run-in-memory.js';

const expectGolden = goldenDir(fileURLToPath(new URL('./golden/', import.meta.url)));

// Fixed metadata, so the goldens do not change whenever a rule is added.
const rule = (meta: Partial<Rule['meta']> & Pick<Rule['meta'], 'id'>): Rule => ({
  meta: { category: 'images', defaultSeverity: 'warning', preset: 'recommended', summary: 's', rationale: 'r', howToFix: 'h', ...meta },
  check: () => undefined,
});
const RULES: Rule[] = [
  rule({
    id: 'no-latest-tag',
    summary: 'A container image uses the tag latest, or no tag.',
    rationale: 'latest moves: two nodes pulling at different times run different code, and a rollback does not roll back.',
    howToFix: 'Pin a version tag or a digest.',
    examples: { invalid: 'image: nginx:latest', valid: 'image: nginx:1.27' },
    peers: ['kube-linter:latest-tag', 'kube-score:container-image-tag'],
    params: { allowedTags: ['stable'] },
  }),
  rule({ id: 'run-as-non-root', category: 'security', preset: 'strict', defaultSeverity: 'error', summary: 'A container may run as root.', rationale: 'Root in a container is root on the node if it escapes.', howToFix: 'Set runAsNonRoot: true.' }),
];
const BUILTINS: RuleInfo[] = [
  { id: 'yaml-syntax', defaultSeverity: 'error', summary: 'The YAML (or JSON) cannot be parsed.' },
  { id: 'schema-type', defaultSeverity: 'error', summary: 'A value of the wrong type.' },
];
const DOCS = ruleDocs(BUILTINS, RULES);

describe('kubeplan rules (renderers)', () => {
  it('lists every rule grouped by category: id, default severity, preset, summary', () => {
    expectGolden('rules-list.txt', renderRuleList(DOCS));
  });

  it('explains one rule: summary, rationale, how to fix, examples, peers, parameters', () => {
    expectGolden('rule-explain.txt', renderRuleDoc(DOCS.find((d) => d.id === 'no-latest-tag')!));
    expectGolden('rule-explain-builtin.txt', renderRuleDoc(DOCS.find((d) => d.id === 'schema-type')!));
  });

  it('gives the same as JSON, versioned', () => {
    expectGolden('rules-list.json', renderRuleListJson(DOCS));
    expectGolden('rule-explain.json', renderRuleDocJson(DOCS.find((d) => d.id === 'no-latest-tag')!));
  });

  it('renders docs/rules.md with one ## heading per rule under # category headings', () => {
    expectGolden('rules.md', renderRuleDocs(DOCS));
  });
});

describe('kubeplan rules (command)', () => {
  it('lists every rule id kubeplan can report', async () => {
    const res = await runInMemory(['rules'], '/');
    expect(res.code).toBe(0);
    for (const r of LINT_RULES) expect(res.stdout).toMatch(new RegExp(`^  ${r.id} +${r.defaultSeverity} `, 'm'));
  });

  it('prints JSON with -o json, for the list and for one rule', async () => {
    const list = JSON.parse((await runInMemory(['rules', '-o', 'json'], '/')).stdout) as { schemaVersion: number; rules: { id: string }[] };
    expect(list.schemaVersion).toBe(1);
    expect(list.rules.map((r) => r.id).sort()).toEqual(LINT_RULES.map((r) => r.id).sort());
    const one = JSON.parse((await runInMemory(['rules', 'schema-type', '--output', 'json'], '/')).stdout) as { rule: Record<string, unknown> };
    expect(one.rule).toMatchObject({ id: 'schema-type', category: 'schema', defaultSeverity: 'error', preset: 'always', docsUrl: expect.stringContaining('docs/rules.md#schema-type') });
    expect(Object.keys(one.rule)).toEqual(['id', 'category', 'defaultSeverity', 'preset', 'summary', 'rationale', 'howToFix', 'examples', 'peers', 'params', 'docsUrl']);
  });

  it.each([
    { args: ['rules', 'schema-typ'], stderr: 'kubeplan: unknown rule "schema-typ" (did you mean "schema-type"?); "kubeplan rules" lists them\n' },
    { args: ['rules', 'zzzzzzzz'], stderr: 'kubeplan: unknown rule "zzzzzzzz"; "kubeplan rules" lists them\n' },
    { args: ['rules', 'a', 'b'], stderr: 'kubeplan: kubeplan rules takes at most one rule id\n' },
    { args: ['rules', '-o', 'sarif'], stderr: 'kubeplan: --output must be one of text, json (got "sarif")\n' },
  ])('$args.1 → exit 2, one line on stderr', async ({ args, stderr }) => {
    const res = await runInMemory(args, '/');
    expect(res).toEqual({ code: 2, stdout: '', stderr });
  });
});
