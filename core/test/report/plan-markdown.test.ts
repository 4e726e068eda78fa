import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/report/markdown-escape.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { expectGolden } from './expect-golden.js';
import { healthyPlan, obj, servicesPlan, troubledPlan } from './plan-fixtures.js';

describe('renderPlanMarkdown goldens', () => {
  it.each([
    ['healthy', healthyPlan],
    ['troubled', troubledPlan],
    ['services', servicesPlan],
  ] as const)('%s plan', (name, plan) => expectGolden(`plan/${name}.md`, renderPlanMarkdown(plan())));
});

describe('renderPlanMarkdown', () => {
  it('starts with the headline and says all is well when it is', () => {
    const [title, , headline, , status] = renderPlanMarkdown(healthyPlan()).split('\n');
    expect(title).toBe('### kubeplan plan');
    expect(headline).toBe('**Plan: 6 to add, 0 to change, 0 to destroy. Pods: 2 scheduled, 0 pending.**');
    expect(status).toContain('✅');
  });

  it('opens the sections a reviewer must read (errors, Pending pods) and folds the rest', () => {
    const out = renderPlanMarkdown(troubledPlan());
    expect(out).toContain('<details open><summary>Diagnostics (3)</summary>');
    expect(out).toContain('<details open><summary>Pending pods (2)</summary>');
    expect(out).toContain('<details><summary>Objects (12)</summary>');
  });

  it('keeps every table row on one line with the same number of cells as its header', () => {
    const plan = troubledPlan();
    plan.objects.push(obj('ConfigMap', 'shop', 'evil', { action: 'rejected', reason: 'a | b\n| c | d |\n<script>' }));
    for (const out of [renderPlanMarkdown(plan), renderPlanMarkdown(servicesPlan())]) {
      const tables = out.split(/\n\n/).filter((b) => b.startsWith('| '));
      for (const table of tables) {
        const [header, ...rows] = table.split('\n');
        const cells = (line: string): number => line.replace(/\\\|/g, '').split('|').length;
        for (const row of rows) expect(cells(row)).toBe(cells(header!));
      }
    }
  });
});

describe('markdownText: values from the manifests cannot inject markup', () => {
  it.each([
    ['a table pipe', 'a|b', 'a\\|b'],
    ['HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['closing the details block', '</details><details open>', '&lt;/details&gt;&lt;details open&gt;'],
    ['a code span', '`rm -rf /`', '\\`rm -rf /\\`'],
    ['emphasis and links', '*bold* _it_ [x](http://e.vil) ~~s~~', '\\*bold\\* \\_it\\_ \\[x\\](http://e.vil) \\~\\~s\\~\\~'],
    ['an entity', '&lt;', '&amp;lt;'],
    ['a backslash before a pipe', '\\|', '\\\\\\|'],
    ['a line break', 'one\ntwo\r\nthree', 'one two three'],
    ['control characters', 'a\x1b[31mb\x00', 'a\\[31mb'],
    ['a mention', '@org/team', '@\u200borg/team'],
    ['an issue reference', 'fixes #12', 'fixes #\u200b12'],
  ])('%s', (_name, input, escaped) => expect(markdownText(input)).toBe(escaped));

  it('leaves ordinary Kubernetes names alone', () => {
    expect(markdownText('web-7d9c5b8f6d-x2k9p.shop.svc.cluster.local:8080/TCP → http')).toBe('web-7d9c5b8f6d-x2k9p.shop.svc.cluster.local:8080/TCP → http');
  });
});
