import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { renderGithub } from '../../src/report/index.js';
import { diag, range, reportOf, sampleReport } from './sample-report.js';

const annotate = (d: Partial<Diagnostic>): string => renderGithub(reportOf([diag({ range: range(4, 2, 4, 9), ...d })]));

describe('renderGithub', () => {
  it.each([
    ['error', '::error '],
    ['warning', '::warning '],
    ['info', '::notice '],
  ] as const)('writes %s as %s', (severity, prefix) => {
    expect(annotate({ severity }).startsWith(prefix)).toBe(true);
  });

  it('writes file, 1-based positions and a title, then the message with the object', () => {
    const out = annotate({ file: 'k8s/app.yaml', rule: 'no-latest-tag', message: 'pin it', object: 'Pod/shop/web' });
    expect(out).toBe(
      '::error file=k8s/app.yaml,line=5,col=3,endLine=5,endColumn=10,title=kubeplan no-latest-tag::pin it (Pod/shop/web)\n',
    );
  });

  it('leaves out columns for a range over several lines, as the runner requires', () => {
    expect(annotate({ range: range(4, 2, 8, 0) })).toBe(
      '::error file=a.yaml,line=5,endLine=9,title=kubeplan some-rule::something is wrong\n',
    );
  });

  it.each([
    ['a percent sign', '100% sure', '100%25 sure'],
    ['a line feed', 'one\ntwo', 'one%0Atwo'],
    ['a carriage return', 'one\r\ntwo', 'one%0D%0Atwo'],
    ['an escape-looking sequence, escaped once', 'literal %0A', 'literal %250A'],
    ['colons and commas, kept in the message', 'a: b, c::d', 'a: b, c::d'],
  ])('escapes %s in the message', (_, message, expected) => {
    expect(annotate({ message }).split('::').slice(2).join('::')).toBe(`${expected}\n`);
  });

  it.each([
    ['a colon', 'C:/k8s/app.yaml', 'file=C%3A/k8s/app.yaml'],
    ['a comma', 'a,b.yaml', 'file=a%2Cb.yaml'],
    ['a percent sign', '100%.yaml', 'file=100%25.yaml'],
    ['a line feed', 'a\nb.yaml', 'file=a%0Ab.yaml'],
    ['a carriage return', 'a\rb.yaml', 'file=a%0Db.yaml'],
    ['Windows separators and ./, normalised', '.\\k8s\\app.yaml', 'file=k8s/app.yaml'],
  ])('escapes %s in the file property', (_, file, expected) => {
    expect(annotate({ file })).toContain(`${expected},line=`);
  });

  it('escapes colons and commas in the title property', () => {
    expect(annotate({ rule: 'x:y,z' })).toContain(',title=kubeplan x%3Ay%2Cz::');
  });

  it('writes one line per diagnostic, sorted, each ending in a newline', () => {
    const out = renderGithub(sampleReport());
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines.map((l) => /file=([^,]*),line=(\d+)/.exec(l)?.slice(1).join(':'))).toEqual([
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

  it('writes nothing when there are no findings', () => {
    expect(renderGithub(reportOf([]))).toBe('');
  });
});
