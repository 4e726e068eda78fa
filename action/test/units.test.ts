/** The pure parts: annotation choice, changed lines, the comment's markup, output entries, inputs. */
import type { Diagnostic, Severity } from '@kubeplan/core';
import { describe, expect, it } from 'vitest';
import { chooseAnnotations, hiddenNote } from '../src/annotations.js';
import { parseChangedLines } from '../src/changed-lines.js';
import { COMMENT_LIMIT, COMMENT_MARKER, commentBody } from '../src/comment-body.js';
import { readInputs } from '../src/inputs.js';
import { outputEntry } from '../src/workflow-commands.js';

const diag = (file: string, line: number, severity: Severity = 'error'): Diagnostic => ({
  rule: 'r',
  severity,
  message: `m${line}`,
  file,
  range: { start: { line: line - 1, col: 0 }, end: { line: line - 1, col: 3 } },
});

describe('chooseAnnotations', () => {
  it('keeps 10 per level, changed lines first, changed files only, and counts the rest', () => {
    const errors = Array.from({ length: 14 }, (_, i) => diag('a.yaml', i + 1));
    const changed = new Map([['a.yaml', new Set([13, 14])]]);
    const choice = chooseAnnotations([...errors, diag('other.yaml', 1), diag('a.yaml', 2, 'warning')], changed);
    expect(choice.shown.filter((d) => d.severity === 'error').map((d) => d.range.start.line + 1)).toEqual([13, 14, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(choice.hidden).toEqual({ error: 5, warning: 0, info: 0 });
    expect(hiddenNote(choice.hidden)).toMatch(/^5 more errors not annotated/);
    expect(chooseAnnotations(errors, undefined).hidden.error).toBe(4);
  });
});

describe('parseChangedLines', () => {
  it('reads the new side of zero-context hunks', () => {
    const diff = ['diff --git a/k8s/web.yaml b/k8s/web.yaml', '--- a/k8s/web.yaml', '+++ b/k8s/web.yaml', '@@ -25 +25 @@', '-x', '+y', '@@ -40,0 +41,3 @@', '+a', 'diff --git a/gone.yaml b/gone.yaml', '--- a/gone.yaml', '+++ /dev/null', '@@ -1,2 +0,0 @@'].join('\n');
    const lines = parseChangedLines(diff);
    expect([...(lines.get('k8s/web.yaml') ?? [])]).toEqual([25, 41, 42, 43]);
    expect(lines.has('gone.yaml')).toBe(false);
  });
});

describe('commentBody', () => {
  it('starts with the marker, and nothing in the plan can open or close an HTML comment', () => {
    const body = commentBody({ planMarkdown: 'evil --> <!-- kubeplan-plan --> </details> --!>', hiddenNote: '', headSha: 'abc"<x>' });
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body.split('<!--')).toHaveLength(2);
    expect(body.split('-->')).toHaveLength(2);
    expect(body).toContain('for `abc`');
  });
  it('stays under GitHub comment limit', () => {
    expect(commentBody({ planMarkdown: 'x'.repeat(200_000), hiddenNote: '' }).length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });
});

describe('outputs and inputs', () => {
  it('writes multi-line values with a delimiter the value cannot contain', () => {
    expect(outputEntry('plan', 'a\nb', 'D1')).toBe('plan<<D1\na\nb\nD1\n');
    expect(() => outputEntry('plan', 'x D1 y', 'D1')).toThrow(/delimiter/);
  });
  it('reads INPUT_* variables with hyphens kept', () => {
    const inputs = readInputs({ INPUT_PATHS: 'k8s, deploy\nbase', 'INPUT_GITHUB-TOKEN': 't', 'INPUT_FAIL-ON': 'stuck', INPUT_COMMENT: 'false' });
    expect(inputs).toMatchObject({ paths: ['k8s', 'deploy', 'base'], token: 't', failOn: 'stuck', comment: false, annotations: true, workingDirectory: '.' });
    expect(() => readInputs({ INPUT_ANNOTATIONS: 'maybe' })).toThrow(/true or false/);
  });
});
