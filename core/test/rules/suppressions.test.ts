import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// The worker pool needs the built worker: --jobs is tested through the package's public entry point.
import { lintPaths } from '@kubeplan/core';
import { kubeLinterChecks } from '../../src/rules/index.js';
import { deployment, found, lines, lintText, only } from './suppressions-support.js';

const SELECTOR = only('selector-matches-template');
const CONFIG_MAP = (name: string, extra: string[] = []): string =>
  lines('---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${name}`, ...extra, 'data:', '  enabled: yes');

describe('kubeplan.io/ignore annotation', () => {
  it('suppresses the rules it lists on its object only', async () => {
    const text = deployment({ annotations: ['kubeplan.io/ignore: "schema-unknown-field, schema-enum"'] }) + CONFIG_MAP('other');
    expect(found(await lintText(text))).toEqual(['schema-type 30']);
  });

  it('suppresses every rule with `all`', async () => {
    expect(found(await lintText(deployment({ annotations: ['kubeplan.io/ignore: all'] }), { rules: SELECTOR }))).toEqual([]);
  });

  it('is reported when it suppresses nothing, or names a rule that does not exist', async () => {
    const r = await lintText(deployment({ annotations: ['kubeplan.io/ignore: schema-type,schema-enumm'] }));
    const unused = r.diagnostics.filter((d) => d.rule === 'unused-ignore');
    expect(unused.map((d) => [d.range.start, d.message])).toEqual([
      [{ line: 5, col: 4 }, 'unused kubeplan.io/ignore: unknown rule "schema-enumm" (did you mean "schema-enum"?); no schema-type finding on this object'],
    ]);
  });
});

describe("kube-linter's annotations", () => {
  it('map kube-linter checks to the kubeplan rules that have them as peers', () => {
    expect(kubeLinterChecks().get('mismatching-selector')).toContain('selector-matches-template');
    expect(kubeLinterChecks().get('schema-validation')).toContain('schema-unknown-field');
  });

  it('ignore-check.kube-linter.io/<check> suppresses the matching rules', async () => {
    const text = deployment({ annotations: ['ignore-check.kube-linter.io/mismatching-selector: "on purpose"'] });
    expect(found(await lintText(text, { rules: SELECTOR }))).toEqual(['schema-enum 17', 'schema-unknown-field 20', 'schema-unknown-field 23']);
  });

  it('kube-linter.io/ignore-all suppresses every rule kube-linter has a check for', async () => {
    const text = deployment({ annotations: ['kube-linter.io/ignore-all: "yes"'] });
    expect(found(await lintText(text, { rules: SELECTOR }))).toEqual([]);
  });

  it('are never reported as unused (they are kube-linter\'s too), and checks kubeplan lacks are skipped', async () => {
    const text = deployment({ annotations: ['ignore-check.kube-linter.io/no-read-only-root-fs: "x"', 'ignore-check.kube-linter.io/mismatching-selector: "x"'] });
    expect(found(await lintText(text))).toEqual(['schema-enum 18', 'schema-unknown-field 21', 'schema-unknown-field 24']);
  });
});

describe('ignore.objects of the configuration', () => {
  it('suppresses rules on the objects it matches, with globs on kind, namespace and name', async () => {
    const text = CONFIG_MAP('generated-a') + CONFIG_MAP('generated-b', ['  namespace: tools']) + CONFIG_MAP('hand-made');
    const r = await lintText(text, { ignoreObjects: [{ kind: 'ConfigMap', name: 'generated-*', namespace: 'default', rules: ['schema-type'] }] });
    expect(r.diagnostics.map((d) => d.object)).toEqual(['ConfigMap/tools/generated-b', 'ConfigMap/hand-made']);
    const everywhere = await lintText(text, { ignoreObjects: [{ name: 'generated-*', rules: ['all'] }] });
    expect(everywhere.diagnostics.map((d) => d.object)).toEqual(['ConfigMap/hand-made']);
  });
});

describe('configured levels of the built-in checks', () => {
  it('turn a check off, or change its severity', async () => {
    const text = CONFIG_MAP('a') + lines('---', 'apiVersion: example.com/v1', 'kind: Widget', 'metadata: {name: w}');
    expect(found(await lintText(text))).toEqual(['schema-type 7', 'schema-missing 10']);
    const r = await lintText(text, { rules: { preset: 'none', rules: { 'schema-missing': { level: 'off' }, 'schema-type': { level: 'warning' } }, assumeComplete: false } });
    expect(r.diagnostics.map((d) => `${d.rule} ${d.severity}`)).toEqual(['schema-type warning']);
    expect(r.summary).toMatchObject({ valid: 2, invalid: 0, errors: 0, warnings: 1 });
  });
});

describe('counts after suppression', () => {
  it('an object whose every error is suppressed is valid; the summary counts what is left', async () => {
    const text = CONFIG_MAP('quiet', ['  annotations: {kubeplan.io/ignore: schema-type}']) + CONFIG_MAP('loud');
    const r = await lintText(text);
    expect(r.summary).toMatchObject({ resources: 2, valid: 1, invalid: 1, errors: 1, infos: 0 });
    expect(r.objects?.map((o) => [o.ref, o.hasError])).toEqual([['ConfigMap/quiet', false], ['ConfigMap/loud', true]]);
  });
});

describe('suppressions with --jobs', () => {
  it('give the same report in worker threads as in one thread', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kubeplan-suppress-'));
    writeFileSync(path.join(dir, 'a.yaml'), deployment({ annotations: ['kubeplan.io/ignore: schema-enum'], above: { 17: '        # kubeplan-ignore schema-unknown-field' } }));
    writeFileSync(path.join(dir, 'b.yaml'), `# kubeplan-ignore-file schema-type\n${CONFIG_MAP('b')}${CONFIG_MAP('c', ['  annotations: {kubeplan.io/ignore: schema-enum}'])}`);
    writeFileSync(path.join(dir, 'c.yaml'), CONFIG_MAP('d', ['  annotations: {kubeplan.io/ignore: all}']) + CONFIG_MAP('e'));
    const options = { rules: SELECTOR, ignoreObjects: [{ name: 'e', rules: ['schema-type'] }] };
    const one = await lintPaths([dir], options);
    const two = await lintPaths([dir], { ...options, jobs: 2 });
    expect(found(one)).toEqual(['selector-matches-template 12', 'schema-unknown-field 24', 'unused-ignore 14']);
    expect(two.diagnostics).toEqual(one.diagnostics);
    expect(two.summary).toEqual(one.summary);
    expect(one.summary).toMatchObject({ resources: 5, valid: 4, invalid: 1, infos: 1 });
  });
});
