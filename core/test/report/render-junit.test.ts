import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/report/index.js';
import { diag, range, reportOf, sampleReport } from './sample-report.js';
import { findAll, parseXml, type XmlElement } from './tiny-xml.js';

const counts = (el: XmlElement | undefined) => ({
  tests: el?.attrs.tests,
  failures: el?.attrs.failures,
  errors: el?.attrs.errors,
});

describe('renderJunit', () => {
  it('writes well-formed XML with a <testsuites> root holding the totals', () => {
    const root = parseXml(renderJunit(sampleReport()));
    expect(root.name).toBe('testsuites');
    expect(root.attrs.name).toBe('kubeplan');
    expect(counts(root)).toEqual({ tests: '7', failures: '1', errors: '1' });
  });

  it('writes one <testsuite> per file, in order, with its own counts', () => {
    const suites = parseXml(renderJunit(sampleReport())).children;
    expect(suites.map((s) => [s.attrs.name, counts(s)])).toEqual([
      ['broken.yaml', { tests: '1', failures: '0', errors: '1' }],
      ['ci/workflow.yaml', { tests: '1', failures: '0', errors: '0' }],
      ['cluster/my namespace.yaml', { tests: '1', failures: '0', errors: '0' }],
      ['deploy/db.yaml', { tests: '2', failures: '0', errors: '0' }],
      ['deploy/web.yaml', { tests: '2', failures: '1', errors: '0' }],
    ]);
  });

  it('lists valid objects as passing testcases named after the object', () => {
    const web = parseXml(renderJunit(sampleReport())).children.find((s) => s.attrs.name === 'deploy/web.yaml')!;
    const service = web.children.find((c) => c.attrs.name === 'Service/shop/web');
    expect(service?.attrs).toEqual({ classname: 'deploy/web.yaml', name: 'Service/shop/web' });
    expect(service?.children).toEqual([]);
  });

  it('fails an object with error findings, with the first message and every error as file:line:col in the body', () => {
    const root = parseXml(renderJunit(sampleReport()));
    const [failure, ...more] = findAll(root, 'failure');
    expect(more).toEqual([]);
    expect(failure?.attrs).toEqual({
      message: 'apps/v1beta1 Deployment was removed in Kubernetes 1.16; use apps/v1 (and 1 more)',
      type: 'deprecated-api-version',
    });
    const locations = failure?.text.split('\n').map((l) => l.split(' ')[0]);
    expect(locations).toEqual(['deploy/web.yaml:1:13', 'deploy/web.yaml:12:5']);
  });

  it('reports an error without an object as an <error> testcase of its own', () => {
    const broken = parseXml(renderJunit(sampleReport())).children[0]!;
    expect(broken.children[0]?.attrs.name).toBe('yaml-syntax at 4:3');
    expect(broken.children[0]?.children[0]?.name).toBe('error');
    expect(broken.children[0]?.children[0]?.attrs.message).toBe(
      'bad indentation of a mapping entry\n 4 |   replicas: 3\n------^',
    );
  });

  it('keeps warnings and infos out of failures, listing them in <system-out>', () => {
    const db = parseXml(renderJunit(sampleReport())).children.find((s) => s.attrs.name === 'deploy/db.yaml')!;
    const sts = db.children.find((c) => c.attrs.name === 'StatefulSet/shop/db')!;
    expect(sts.children.map((c) => c.name)).toEqual(['system-out']);
    expect(sts.children[0]?.text).toContain('deploy/db.yaml:7:5 warning annotation-key');
  });

  it('escapes < & " and apostrophes in attributes and text', () => {
    const message = `a "quoted" <tag> & 'apostrophe'`;
    const xml = renderJunit(reportOf([diag({ file: 'x&y.yaml', message, object: 'Pod/<x>' })]));
    expect(xml).not.toContain('<tag>');
    expect(xml).toContain('&lt;tag&gt; &amp; ');
    const suite = parseXml(xml).children[0]!;
    expect(suite.attrs.name).toBe('x&y.yaml');
    expect(suite.children[0]?.attrs.name).toBe('Pod/<x>');
    expect(suite.children[0]?.children[0]?.attrs.message).toBe(message);
    expect(suite.children[0]?.children[0]?.text).toBe(`x&y.yaml:1:1 error some-rule ${message}`);
  });

  it('shows characters XML cannot carry as \\uXXXX and stays well-formed', () => {
    const xml = renderJunit(reportOf([diag({ message: 'esc \x1b bell \x07 lone \ud800 ok' })]));
    expect(() => parseXml(xml)).not.toThrow();
    expect(findAll(parseXml(xml), 'error')[0]?.attrs.message).toBe('esc \\u001b bell \\u0007 lone \\ud800 ok');
  });

  it('gives a finding to the right object when a file holds the same ref twice', () => {
    const report = reportOf([diag({ object: 'Pod/x', range: range(12, 2), message: 'second' })], {
      objects: [
        { file: 'a.yaml', ref: 'Pod/x', line: 0 },
        { file: 'a.yaml', ref: 'Pod/x', line: 10 },
      ],
    });
    const cases = parseXml(renderJunit(report)).children[0]!.children;
    expect(cases.map((c) => c.children.length)).toEqual([0, 1]);
  });

  it('still writes a testcase per object when the report lists no checked objects', () => {
    const report = reportOf([
      diag({ object: 'Pod/x' }),
      diag({ object: 'Pod/x', range: range(3, 0) }),
      diag({ object: 'Pod/y', severity: 'warning' }),
    ]);
    const root = parseXml(renderJunit(report));
    expect(findAll(root, 'testcase').map((c) => c.attrs.name)).toEqual(['Pod/x', 'Pod/y']);
    expect(counts(root)).toEqual({ tests: '2', failures: '1', errors: '0' });
  });

  it('writes an empty <testsuites> when nothing was checked', () => {
    const root = parseXml(renderJunit(reportOf([])));
    expect(root.children).toEqual([]);
    expect(counts(root)).toEqual({ tests: '0', failures: '0', errors: '0' });
  });
});

describe('tiny-xml', () => {
  it.each([
    ['a bare ampersand', '<a>x & y</a>'],
    ['an unclosed tag', '<a><b></a>'],
    ['an unquoted attribute', '<a b=c/>'],
    ['two roots', '<a/><b/>'],
    ['a raw < in an attribute', '<a b="<"/>'],
    ['a control character', '<a>\x1b</a>'],
  ])('rejects %s', (_, body) => {
    expect(() => parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`)).toThrow();
  });
});
