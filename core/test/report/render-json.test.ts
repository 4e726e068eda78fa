import { describe, expect, it } from 'vitest';
import { renderJson, type JsonLintReport } from '../../src/report/index.js';
import { diag, range, reportOf, sampleReport } from './sample-report.js';

const parse = (s: string): JsonLintReport => JSON.parse(s) as JsonLintReport;

describe('renderJson', () => {
  it('writes a versioned document with 2-space indentation and a trailing newline', () => {
    const out = renderJson(sampleReport());
    expect(out.startsWith('{\n  "schemaVersion": 1,\n  "kubeVersion": "1.36",\n  "diagnostics": [\n')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    expect(Object.keys(parse(out))).toEqual(['schemaVersion', 'kubeVersion', 'diagnostics', 'summary']);
  });

  it('writes diagnostic keys in a fixed order with 1-based positions', () => {
    const doc = parse(renderJson(reportOf([diag({ range: range(2, 4, 3, 0), object: 'Pod/a', path: 'spec' })])));
    expect(doc.diagnostics[0]).toEqual({
      file: 'a.yaml',
      line: 3,
      column: 5,
      endLine: 4,
      endColumn: 1,
      severity: 'error',
      rule: 'some-rule',
      message: 'something is wrong',
      object: 'Pod/a',
      path: 'spec',
    });
    expect(Object.keys(doc.diagnostics[0]!)).toEqual([
      'file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message', 'object', 'path',
    ]);
  });

  it('leaves out object, path and fix when a diagnostic has none', () => {
    const doc = parse(renderJson(reportOf([diag({})])));
    expect(Object.keys(doc.diagnostics[0]!)).not.toContain('object');
    expect(Object.keys(doc.diagnostics[0]!)).not.toContain('path');
    expect(Object.keys(doc.diagnostics[0]!)).not.toContain('fix');
  });

  it('writes fix edits with 1-based positions', () => {
    const fix = { title: 'Use apps/v1', edits: [{ range: range(0, 12, 0, 24), newText: 'apps/v1' }] };
    const doc = parse(renderJson(reportOf([diag({ fix })])));
    expect(doc.diagnostics[0]?.fix).toEqual({
      title: 'Use apps/v1',
      edits: [{ line: 1, column: 13, endLine: 1, endColumn: 25, newText: 'apps/v1' }],
    });
  });

  it('sorts diagnostics by file and position', () => {
    const doc = parse(renderJson(sampleReport()));
    expect(doc.diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual([
      'broken.yaml:4',
      'ci/workflow.yaml:1',
      'cluster/my namespace.yaml:4',
      'deploy/db.yaml:7',
      'deploy/db.yaml:19',
      'deploy/web.yaml:1',
      'deploy/web.yaml:12',
      'deploy/web.yaml:21',
    ]);
  });

  it('round-trips messages with quotes, backslashes, newlines and control characters', () => {
    const message = 'a "quoted" \\ back\nslash\t\x1b[0m <&>';
    expect(parse(renderJson(reportOf([diag({ message })]))).diagnostics[0]?.message).toBe(message);
  });

  it('copies the summary with its keys in a fixed order', () => {
    expect(parse(renderJson(sampleReport())).summary).toEqual({
      resources: 5, files: 5, valid: 4, invalid: 1, errors: 3, warnings: 3, infos: 2, skipped: 1,
    });
    expect(Object.keys(parse(renderJson(sampleReport())).summary)).toEqual([
      'resources', 'files', 'valid', 'invalid', 'errors', 'warnings', 'infos', 'skipped',
    ]);
  });
});
