import { describe, expect, it } from 'vitest';
import {
  OUTPUT_FORMATS,
  isOutputFormat,
  renderGithub,
  renderJson,
  renderJunit,
  renderLintReport,
  renderSarif,
  renderText,
} from '../../src/report/index.js';
import { sampleReport } from './sample-report.js';

describe('renderLintReport', () => {
  it('offers text, json, sarif, junit and github', () => {
    expect(OUTPUT_FORMATS).toEqual(['text', 'json', 'sarif', 'junit', 'github']);
  });

  it.each([
    ['json', renderJson],
    ['sarif', renderSarif],
    ['junit', renderJunit],
    ['github', renderGithub],
  ] as const)('renders %s with its renderer, ignoring text options', (format, render) => {
    expect(renderLintReport(sampleReport(), format, { color: true, quiet: true })).toBe(render(sampleReport()));
  });

  it('passes the options to the text renderer', () => {
    const opts = { color: true, quiet: true };
    expect(renderLintReport(sampleReport(), 'text', opts)).toBe(renderText(sampleReport(), opts));
  });

  it('renders text without colour by default', () => {
    expect(renderLintReport(sampleReport(), 'text')).toBe(renderText(sampleReport(), { color: false }));
  });

  it('recognises the format names and nothing else', () => {
    expect(OUTPUT_FORMATS.every(isOutputFormat)).toBe(true);
    expect(isOutputFormat('yaml')).toBe(false);
    expect(isOutputFormat('TEXT')).toBe(false);
  });
});
