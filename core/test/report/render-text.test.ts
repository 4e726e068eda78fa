import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/index.js';
import { diag, range, reportOf, sampleReport, summary } from './sample-report.js';

const ESC = '\x1b';
/** `  file:line:col  severity  rule  message`: the location is everything up to the first `:line:col`. */
const LOCATION = /^ {2}(.+?:\d+:\d+) {2}/;
const findingLines = (out: string): string[] => out.split('\n').filter((l) => LOCATION.test(l));

describe('renderText', () => {
  it('writes no escape bytes when colour is off', () => {
    expect(renderText(sampleReport(), { color: false })).not.toContain(ESC);
  });

  it('colours errors red, warnings yellow, info dim and file headers bold when colour is on', () => {
    const out = renderText(sampleReport(), { color: true });
    expect(out).toContain(`${ESC}[31merror${ESC}[39m`);
    expect(out).toContain(`${ESC}[33mwarning${ESC}[39m`);
    expect(out).toContain(`${ESC}[2m  ci/workflow.yaml:1:1  info`);
    expect(out).toContain(`${ESC}[1mdeploy/web.yaml${ESC}[22m\n`);
  });

  it('shows escape characters from the input as text, so a manifest cannot drive the terminal', () => {
    const report = reportOf([diag({ message: `bad name "x${ESC}[2Jy"`, object: `Pod/x${ESC}]0;t` })]);
    for (const color of [false, true]) {
      const out = renderText(report, { color });
      expect(out).toContain('bad name "x\\x1b[2Jy" (Pod/x\\x1b]0;t)');
      if (!color) expect(out).not.toContain(ESC);
    }
  });

  it('prints 1-based positions, files in order and findings in position order within a file', () => {
    const out = renderText(sampleReport(), { color: false });
    expect(findingLines(out).map((l) => LOCATION.exec(l)?.[1])).toEqual([
      'broken.yaml:4:3',
      'ci/workflow.yaml:1:1',
      'cluster/my namespace.yaml:4:3',
      'deploy/db.yaml:7:5',
      'deploy/db.yaml:19:11',
      'deploy/web.yaml:1:13',
      'deploy/web.yaml:12:5',
      'deploy/web.yaml:21:9',
    ]);
  });

  it('puts a file header before each file’s findings', () => {
    const out = renderText(sampleReport(), { color: false });
    expect(out).toMatch(/^deploy\/web\.yaml\n {2}deploy\/web\.yaml:1:13 {2}error {4}deprecated-api-version {2}apps/m);
  });

  it('continues a multi-line message under the message column', () => {
    const report = reportOf([diag({ file: 'a.yaml', range: range(0, 0), rule: 'r', message: 'first\nsecond' })]);
    const [, line1, line2] = renderText(report, { color: false }).split('\n');
    expect(line1).toBe('  a.yaml:1:1  error  r  first');
    expect(line2).toBe(`${' '.repeat(line1!.indexOf('first'))}second`);
  });

  it('shows only errors in quiet mode but still counts everything in the summary', () => {
    const out = renderText(sampleReport(), { color: false, quiet: true });
    expect(findingLines(out).map((l) => l.split(/ +/)[2])).toEqual(['error', 'error', 'error']);
    expect(out).toContain('3 errors, 3 warnings, 2 info');
  });

  it('says how much quiet mode hid when there are no errors', () => {
    const report = reportOf([diag({ severity: 'warning' }), diag({ severity: 'info' }), diag({ severity: 'info' })]);
    expect(renderText(report, { color: false, quiet: true }).split('\n')[0]).toBe(
      '✔ No errors (1 warning, 2 info not shown)',
    );
  });

  it('prints a clear all-good line and the summary when there are no findings', () => {
    const out = renderText(reportOf([], { summary: summary({ resources: 2, files: 1, valid: 2 }) }), { color: false });
    expect(out).toBe(
      '✔ No problems found\n2 resources in 1 file: 2 valid, 0 invalid · 0 errors, 0 warnings, 0 info · 0 skipped\n',
    );
  });

  it('prints only the summary line with summaryOnly', () => {
    expect(renderText(sampleReport(), { color: false, summaryOnly: true })).toBe(
      '5 resources in 5 files: 4 valid, 1 invalid · 3 errors, 3 warnings, 2 info · 1 skipped\n',
    );
  });

  it.each([
    [
      'zero of everything is plural',
      summary(),
      '0 resources in 0 files: 0 valid, 0 invalid · 0 errors, 0 warnings, 0 info · 0 skipped',
    ],
    [
      'one of everything is singular',
      summary({ resources: 1, files: 1, valid: 1, invalid: 1, errors: 1, warnings: 1, infos: 1, skipped: 1 }),
      '1 resource in 1 file: 1 valid, 1 invalid · 1 error, 1 warning, 1 info · 1 skipped',
    ],
    [
      'two of everything is plural',
      summary({ resources: 2, files: 2, valid: 2, invalid: 2, errors: 2, warnings: 2, infos: 2, skipped: 2 }),
      '2 resources in 2 files: 2 valid, 2 invalid · 2 errors, 2 warnings, 2 info · 2 skipped',
    ],
  ])('summary: %s', (_, s, expected) => {
    expect(renderText(reportOf([], { summary: s }), { color: false, summaryOnly: true })).toBe(`${expected}\n`);
  });

  it('does not reorder the report it was given', () => {
    const report = sampleReport();
    const before = report.diagnostics.map((d) => d.message);
    renderText(report, { color: false });
    expect(report.diagnostics.map((d) => d.message)).toEqual(before);
  });
});
