import { describe, expect, it } from 'vitest';
import { ignoreDirectives } from '../../src/rules/index.js';
import { deployment, found, lines, lintText, only } from './suppressions-support.js';

const SELECTOR = only('selector-matches-template');
// Unsuppressed: selector-matches-template 10, schema-enum 15, schema-unknown-field 18 and 21.

describe('# kubeplan-ignore comments', () => {
  it('at the end of a line, cover the node on that line', async () => {
    const r = await lintText(deployment({ trailing: { 9: '# kubeplan-ignore selector-matches-template: labels differ on purpose' } }), { rules: SELECTOR });
    expect(found(r)).toEqual(['schema-enum 15', 'schema-unknown-field 18', 'schema-unknown-field 21']);
  });

  it('above a list item, cover that item only: one container can be exempted', async () => {
    const r = await lintText(deployment({ above: { 15: '        # kubeplan-ignore schema-unknown-field: the sidecar injector reads it' } }));
    expect(found(r)).toEqual(['schema-enum 15', 'schema-unknown-field 22']);
  });

  it('at the end of a list item\'s first line, cover the whole item', async () => {
    const r = await lintText(deployment({ trailing: { 15: '# kubeplan-ignore schema-unknown-field' } }));
    expect(found(r)).toEqual(['schema-enum 15', 'schema-unknown-field 21']);
  });

  it('above a mapping key, cover everything under it', async () => {
    const r = await lintText(deployment({ above: { 11: '      # kubeplan-ignore schema-unknown-field, schema-enum' } }));
    expect(found(r)).toEqual([]);
  });

  it('above the first line of a document, cover the whole object', async () => {
    const r = await lintText(deployment({ above: { 0: '# kubeplan-ignore schema-unknown-field' } }));
    expect(found(r)).toEqual(['schema-enum 16']);
  });

  it('may have other comment lines between them and the node, but not a blank line', async () => {
    const kept = await lintText(deployment({ above: { 17: '          # kubeplan-ignore schema-unknown-field\n          # set by the mesh' } }));
    expect(found(kept)).toEqual(['schema-enum 15', 'schema-unknown-field 23']);
    const blank = await lintText(deployment({ above: { 17: '          # kubeplan-ignore schema-unknown-field\n' } }));
    expect(found(blank)).toEqual(['schema-enum 15', 'unused-ignore 18', 'schema-unknown-field 20', 'schema-unknown-field 23']);
    expect(blank.diagnostics[1]?.message).toBe('unused kubeplan-ignore: it is followed by a blank line or the end of the document, so it covers nothing');
  });

  it('name only the rules they list; without ids they cover every rule', async () => {
    const listed = await lintText(deployment({ trailing: { 14: '# kubeplan-ignore schema-type' } }));
    expect(found(listed)).toEqual(['schema-enum 15', 'unused-ignore 15', 'schema-unknown-field 18', 'schema-unknown-field 21']);
    const all = await lintText(deployment({ trailing: { 14: '# kubeplan-ignore: the registry mirror wants it' } }));
    expect(found(all)).toEqual(['schema-unknown-field 18', 'schema-unknown-field 21']);
  });

  it('# kubeplan-ignore-file covers the file, for the rules listed or all', async () => {
    const some = await lintText(`# kubeplan-ignore-file schema-unknown-field: generated\n${deployment()}`);
    expect(found(some)).toEqual(['schema-enum 16']);
    const everything = await lintText(`${deployment()}# kubeplan-ignore-file\n`, { rules: SELECTOR });
    expect(found(everything)).toEqual([]);
  });

  it('are real comments only: not a # inside a string or a block scalar', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: scripts}',
      'data:',
      '  a: "# kubeplan-ignore-file"',
      '  run.sh: |',
      '    # kubeplan-ignore all',
      '    echo hi',
      '  b: x # kubeplan-ignore-file schema-type',
    );
    expect(ignoreDirectives('c.yaml', text).map((d) => [d.origin, d.rules, d.range.start])).toEqual([['file-comment', ['schema-type'], { line: 8, col: 7 }]]);
  });

  it('that suppress nothing are reported where they are written, as info', async () => {
    const r = await lintText(deployment({ trailing: { 13: '# kubeplan-ignore schema-enum,no-such-rule: moved' } }));
    const unused = r.diagnostics.find((d) => d.rule === 'unused-ignore');
    expect(unused).toMatchObject({ severity: 'info', range: { start: { line: 13, col: 28 } } });
    expect(unused?.message).toBe('unused kubeplan-ignore: unknown rule "no-such-rule"; no schema-enum finding here');
    expect(r.summary.infos).toBe(1);
  });

  it('are not reported as unused when their rule did not run', async () => {
    const r = await lintText(deployment({ trailing: { 9: '# kubeplan-ignore selector-matches-template' } }), { rules: only() });
    expect(found(r)).toEqual(['schema-enum 15', 'schema-unknown-field 18', 'schema-unknown-field 21']);
  });
});
