import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { RULE_DOCS_BASE, SARIF_FINGERPRINT_KEY, renderSarif, type LintReport } from '../../src/report/index.js';
import { diag, range, reportOf, sampleReport } from './sample-report.js';

/** The parts of SARIF the tests read. */
interface Sarif {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    results: SarifResult[];
  }[];
}
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}
interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion };
    logicalLocations?: { fullyQualifiedName: string }[];
  }[];
  partialFingerprints: Record<string, string>;
  fixes?: { artifactChanges: { replacements: SarifReplacement[] }[] }[];
}
interface SarifReplacement {
  deletedRegion: SarifRegion;
  insertedContent: { text: string };
}

function run(report: LintReport) {
  const sarif = JSON.parse(renderSarif(report)) as Sarif;
  expect(sarif.runs).toHaveLength(1);
  return sarif.runs[0]!;
}
const only = (d: Partial<Diagnostic>) => run(reportOf([diag(d)])).results[0]!;
const fingerprints = (report: LintReport) =>
  run(report).results.map((r) => r.partialFingerprints[SARIF_FINGERPRINT_KEY]);

describe('renderSarif', () => {
  it('writes a SARIF 2.1.0 log with one run and kubeplan as the driver', () => {
    const sarif = JSON.parse(renderSarif(sampleReport())) as Sarif;
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.tool.driver).toMatchObject({ name: 'kubeplan', version: '0.1.0' });
    expect(sarif.runs[0]?.tool.driver.informationUri).toMatch(/^https:\/\//);
  });

  it('maps error, warning and info to the levels error, warning and note', () => {
    expect(only({ severity: 'error' }).level).toBe('error');
    expect(only({ severity: 'warning' }).level).toBe('warning');
    expect(only({ severity: 'info' }).level).toBe('note');
    const rules = run(sampleReport()).tool.driver.rules;
    expect(rules.find((r) => r.id === 'namespace-without-quota')?.defaultConfiguration.level).toBe('note');
  });

  it('points every ruleIndex at the rule with the result’s ruleId', () => {
    const { tool, results } = run(sampleReport());
    expect(results).toHaveLength(8);
    for (const r of results) expect(tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it('lists every rule once, sorted by id, with a short description and a documentation link', () => {
    const rules = run(sampleReport()).tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...rules.map((r) => r.id)].sort());
    expect(rules.find((r) => r.id === 'yaml-syntax')).toMatchObject({
      shortDescription: { text: 'The file is valid YAML' },
      helpUri: `${RULE_DOCS_BASE}#yaml-syntax`,
    });
    expect(rules.find((r) => r.id === 'annotation-key')?.helpUri).toMatch(/^https:\/\/kubernetes\.io\//);
  });

  it('still describes a rule the report has no metadata for', () => {
    const report = reportOf([diag({ rule: 'zz-unknown', severity: 'warning' }), diag({ rule: 'known' })], {
      rules: [{ id: 'known', summary: 'Known', defaultSeverity: 'error' }],
    });
    const { tool, results } = run(report);
    const unknown = results.find((r) => r.ruleId === 'zz-unknown')!;
    expect(tool.driver.rules[unknown.ruleIndex]).toMatchObject({
      id: 'zz-unknown',
      defaultConfiguration: { level: 'warning' },
    });
  });

  it('writes 1-based regions', () => {
    const region = only({ range: range(0, 0, 2, 5) }).locations[0]?.physicalLocation.region;
    expect(region).toEqual({ startLine: 1, startColumn: 1, endLine: 3, endColumn: 6 });
  });

  it.each([
    ['a plain relative path', 'k8s/app.yaml', { uri: 'k8s/app.yaml', uriBaseId: '%SRCROOT%' }],
    ['a path starting with ./', './k8s/app.yaml', { uri: 'k8s/app.yaml', uriBaseId: '%SRCROOT%' }],
    ['a Windows relative path', 'k8s\\overlays\\app.yaml', { uri: 'k8s/overlays/app.yaml', uriBaseId: '%SRCROOT%' }],
    ['a path with a space and a #', 'my app/#1.yaml', { uri: 'my%20app/%231.yaml', uriBaseId: '%SRCROOT%' }],
    ['a segment with a colon', 'a:b.yaml', { uri: 'a%3Ab.yaml', uriBaseId: '%SRCROOT%' }],
    ['an absolute POSIX path', '/srv/k8s/app.yaml', { uri: 'file:///srv/k8s/app.yaml' }],
    ['an absolute Windows path', 'C:\\k8s\\app.yaml', { uri: 'file:///C:/k8s/app.yaml' }],
  ])('writes %s as a URI', (_, file, expected) => {
    expect(only({ file }).locations[0]?.physicalLocation.artifactLocation).toEqual(expected);
  });

  it('adds a logical location for the object, when there is one', () => {
    expect(only({ object: 'Deployment/shop/web' }).locations[0]?.logicalLocations).toEqual([
      { name: 'web', fullyQualifiedName: 'Deployment/shop/web', kind: 'resource' },
    ]);
    expect(only({}).locations[0]?.logicalLocations).toBeUndefined();
  });

  it('keeps fingerprints when findings move to other lines', () => {
    const moved = sampleReport();
    moved.diagnostics = moved.diagnostics.map((d) => ({
      ...d,
      range: range(d.range.start.line + 7, d.range.start.col + 2, d.range.end.line + 7, d.range.end.col + 2),
    }));
    expect(fingerprints(moved)).toEqual(fingerprints(sampleReport()));
  });

  it('changes the fingerprint when the rule, file, object, path or message changes', () => {
    const base = { rule: 'r', file: 'a.yaml', object: 'Pod/x', path: 'spec', message: 'm' };
    const print = (d: Partial<Diagnostic>) => only({ ...base, ...d }).partialFingerprints[SARIF_FINGERPRINT_KEY];
    const all = [
      print({}),
      print({ rule: 'r2' }),
      print({ file: 'b.yaml' }),
      print({ object: 'Pod/y' }),
      print({ path: 'x' }),
      print({ message: 'n' }),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it('tells identical findings in one file apart by their order', () => {
    const twice = reportOf([diag({ range: range(1, 0) }), diag({ range: range(9, 0) })]);
    const [a, b] = fingerprints(twice);
    expect(a).toMatch(/^[0-9a-f]{32}:1$/);
    expect(b).toBe(a?.replace(/:1$/, ':2'));
  });

  it('writes a fix as a replacement of a 1-based region', () => {
    const fix = { title: 'Use apps/v1', edits: [{ range: range(0, 12, 0, 24), newText: 'apps/v1' }] };
    expect(only({ fix }).fixes?.[0]?.artifactChanges[0]?.replacements).toEqual([
      {
        deletedRegion: { startLine: 1, startColumn: 13, endLine: 1, endColumn: 25 },
        insertedContent: { text: 'apps/v1' },
      },
    ]);
  });

  it('writes an empty results array, and the rules, when there are no findings', () => {
    const clean = run(reportOf([], { rules: [{ id: 'r', summary: 'R', defaultSeverity: 'error' }] }));
    expect(clean.results).toEqual([]);
    expect(clean.tool.driver.rules.map((r) => r.id)).toEqual(['r']);
  });
});
