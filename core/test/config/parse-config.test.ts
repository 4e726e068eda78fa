import { describe, expect, it } from 'vitest';
import { LINT_RULES, parseConfig, ruleCatalog, type RuleCatalogEntry } from '../../src/index.js';

const CATALOG: RuleCatalogEntry[] = [
  { id: 'no-latest-tag', params: { allowed: ['stable'] } },
  { id: 'replicas-minimum', params: { min: 2 } },
  { id: 'schema-missing' },
  { id: 'schema-type' },
];
const lines = (...ls: string[]): string => `${ls.join('\n')}\n`;
const parse = (text: string, catalog = CATALOG) => parseConfig(text, '.kubeplan.yaml', catalog);
/** `line:col message` (1-based) of each problem. */
const problems = (text: string): string[] =>
  parse(text).diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.col + 1} ${d.message}`);

describe('parseConfig: a valid configuration', () => {
  it('reads every field, normalising the version and the levels', () => {
    const { config, diagnostics } = parse(
      lines(
        'preset: strict',
        'kubeVersion: v1.30.2',
        'strict: false',
        'assume-complete: true',
        'schemaLocations: [schemas/]',
        'skipKinds: [Secret]',
        'rules:',
        '  no-latest-tag: warning',
        '  replicas-minimum: {level: error, params: {min: 3}}',
        '  schema-missing: off',
        'ignore:',
        '  paths: ["charts/**"]',
        '  objects:',
        '    - {kind: ConfigMap, name: "generated-*", rules: [schema-type]}',
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      file: '.kubeplan.yaml',
      preset: 'strict',
      kubeVersion: '1.30',
      strict: false,
      assumeComplete: true,
      schemaLocations: ['schemas/'],
      skipKinds: ['Secret'],
      rules: { 'no-latest-tag': { level: 'warning' }, 'replicas-minimum': { level: 'error', params: { min: 3 } }, 'schema-missing': { level: 'off' } },
      ignore: { paths: ['charts/**'], objects: [{ kind: 'ConfigMap', name: 'generated-*', rules: ['schema-type'] }] },
    });
  });

  it('reads `off` and an unquoted 1.30 as written, although YAML 1.1 makes them false and 1.3', () => {
    const { config, diagnostics } = parse(lines('kubeVersion: 1.30', 'rules:', '  schema-type: OFF', '  no-latest-tag: {level: off}'));
    expect(diagnostics).toEqual([]);
    expect(config.kubeVersion).toBe('1.30');
    expect(config.rules).toEqual({ 'schema-type': { level: 'off' }, 'no-latest-tag': { level: 'off' } });
  });

  it('accepts an empty or comment-only file', () => {
    expect(parse('').diagnostics).toEqual([]);
    expect(parse('# nothing yet\n').config.rules).toEqual({});
  });

  it('knows every rule id kubeplan has, built-in checks included', () => {
    expect(parseConfig('rules: {yaml-duplicate-key: warning, unused-ignore: off}\n', 'c.yaml', ruleCatalog(LINT_RULES)).diagnostics).toEqual([]);
  });
});

describe('parseConfig: positioned problems, and the rest still applies', () => {
  it.each([
    { name: 'an unknown top-level key, with a suggestion', text: 'presets: strict\n', expected: ['1:1 unknown key "presets" in the configuration (did you mean "preset"?)'] },
    { name: 'a preset that does not exist', text: 'preset: strictt\n', expected: ['1:9 preset: unsupported value "strictt"; expected one of recommended, strict, none (did you mean "strict"?)'] },
    { name: 'a wrong type', text: 'strict: "yes please"\n', expected: ['1:9 strict: expected boolean, got string "yes please"'] },
    {
      name: 'a malformed version',
      text: 'kubeVersion: latest\n',
      expected: ['1:14 kubeVersion: "latest" is not valid: Kubernetes version to check against, like 1.30 or v1.30.2 (quote it: an unquoted 1.30 is the number 1.3).'],
    },
    { name: 'an unknown rule id', text: 'rules:\n  no-latest-tags: off\n', expected: ['2:3 unknown rule "no-latest-tags" (did you mean "no-latest-tag"?); `kubeplan rules` lists them'] },
    { name: 'a bad level', text: 'rules:\n  schema-type: loud\n', expected: ['2:16 rules.schema-type: unsupported value "loud"; expected one of off, error, warning, info'] },
    {
      name: 'a setting that is neither a level nor a mapping',
      text: 'rules:\n  schema-type: [error]\n',
      expected: ['2:16 rules.schema-type: expected a level (off, error, warning, info) or a mapping with level and params, got a list'],
    },
    { name: 'an unknown key in a rule setting', text: 'rules:\n  schema-type: {severity: error}\n', expected: ['2:17 unknown key "severity" in rules.schema-type'] },
    {
      name: 'an unknown parameter',
      text: 'rules:\n  replicas-minimum: {params: {minimum: 3}}\n',
      expected: ['2:31 rule replicas-minimum: unknown parameter "minimum"; its parameters are min'],
    },
    {
      name: 'a parameter of the wrong type',
      text: 'rules:\n  replicas-minimum: {params: {min: "3"}}\n',
      expected: ['2:36 rule replicas-minimum: parameter min must be a number (like its default 2), got a string'],
    },
    { name: 'an object ignore without rules', text: 'ignore:\n  objects:\n    - {kind: Pod}\n', expected: ['3:7 ignore.objects[0]: missing required key "rules"'] },
    {
      name: 'an unknown rule in an object ignore',
      text: 'ignore:\n  objects:\n    - {kind: Pod, rules: [schema-typo, all]}\n',
      expected: ['3:27 unknown rule "schema-typo" (did you mean "schema-type"?); `kubeplan rules` lists them'],
    },
    { name: 'a YAML syntax error', text: 'rules:\n  schema-type: [off\n', expected: ["3:1 Flow sequence in block collection must be sufficiently indented and end with a ]"] },
    { name: 'a duplicate key', text: 'strict: true\nstrict: false\n', expected: ['2:1 duplicate key "strict"'] },
    { name: 'a document that is not a mapping', text: '- preset: strict\n', expected: ['1:1 the configuration must be a mapping of settings, not a list'] },
  ])('$name', ({ text, expected }) => {
    const found = problems(text);
    expect(found.map((p) => p.replace(/^(\d+:\d+ ).*?(duplicate key "strict").*$/, '$1$2'))).toEqual(expected);
    for (const d of parse(text).diagnostics) expect(d).toMatchObject({ rule: 'config-invalid', severity: 'error', file: '.kubeplan.yaml' });
  });

  it('leaves out only the invalid parts', () => {
    const { config, diagnostics } = parse(
      lines(
        'preset: strictt',
        'strict: false',
        'rules:',
        '  schema-typo: off',
        '  schema-type: warning',
        '  replicas-minimum: {params: {min: 3, max: 9}}',
        'skipKinds: [Secret, 3]',
        'ignore:',
        '  objects:',
        '    - {kinds: Pod, rules: [all]}',
        '    - {kind: Job, rules: [schema-type]}',
      ),
    );
    expect(diagnostics).toHaveLength(5);
    expect(config.preset).toBeUndefined();
    expect(config.strict).toBe(false);
    expect(config.rules).toEqual({ 'schema-type': { level: 'warning' }, 'replicas-minimum': { params: { min: 3 } } });
    expect(config.skipKinds).toEqual(['Secret']);
    expect(config.ignore.objects).toEqual([{ kind: 'Job', rules: ['schema-type'] }]);
  });

  it('uses nothing from a file that is not valid YAML (what a parser recovers is a guess)', () => {
    const { config, diagnostics } = parse(lines('preset: strict', 'rules:', '  schema-type: [off'));
    expect(diagnostics).toHaveLength(1);
    expect(config.preset).toBeUndefined();
  });
});
