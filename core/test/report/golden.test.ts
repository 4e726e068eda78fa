import { describe, it } from 'vitest';
import { renderGithub, renderJson, renderJunit, renderSarif, renderText } from '../../src/report/index.js';
import { expectGolden } from './expect-golden.js';
import { reportOf, sampleReport, summary } from './sample-report.js';

describe('golden output of the sample report', () => {
  it('text, plain', () => expectGolden('sample.txt', renderText(sampleReport(), { color: false })));
  it('text, coloured (ESC shown as ␛)', () =>
    expectGolden('sample.color.txt', renderText(sampleReport(), { color: true }).replaceAll('\x1b', '␛')));
  it('text, quiet', () => expectGolden('sample.quiet.txt', renderText(sampleReport(), { color: false, quiet: true })));
  it('json', () => expectGolden('sample.json', renderJson(sampleReport())));
  it('sarif', () => expectGolden('sample.sarif', renderSarif(sampleReport())));
  it('junit', () => expectGolden('sample.junit.xml', renderJunit(sampleReport())));
  it('github', () => expectGolden('sample.github.txt', renderGithub(sampleReport())));
});

describe('golden output of a clean report', () => {
  const clean = reportOf([], {
    summary: summary({ resources: 3, files: 2, valid: 3 }),
    objects: [
      { file: 'app.yaml', ref: 'Deployment/web', line: 0 },
      { file: 'app.yaml', ref: 'Service/web', line: 25 },
      { file: 'ns.yaml', ref: 'Namespace/shop', line: 0 },
    ],
  });
  it('text', () => expectGolden('clean.txt', renderText(clean, { color: false })));
  it('sarif', () => expectGolden('clean.sarif', renderSarif(clean)));
  it('junit', () => expectGolden('clean.junit.xml', renderJunit(clean)));
});
