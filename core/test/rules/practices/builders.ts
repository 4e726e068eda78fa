/** Two-line builders for the best-practice rule tests, and a helper that applies a fix to the text. */
import type { Diagnostic, Fix } from '../../../src/diagnostic.js';

/** Indents every non-empty line of `yaml` by `n` spaces. */
export function indent(yaml: string, n: number): string {
  return yaml
    .split('\n')
    .map((l) => (l === '' ? l : ' '.repeat(n) + l))
    .join('\n');
}

/**
 * A Pod named `web` whose spec is `spec` (YAML written at column 0). The spec starts on line 6, column 3;
 * `metadata` lines (column 0, under metadata) go after `name: web` and shift it down.
 */
export function pod(spec: string, metadata = ''): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n${indent(metadata, 2)}${metadata === '' ? '' : '\n'}spec:\n${indent(spec, 2)}\n`;
}

/**
 * `containers:` with one container "app" (image app:1.0) and `fields`. Inside pod(), `containers` is on line 6,
 * `- name: app` on line 7, `image` on line 8 and `fields` start on line 9, column 7.
 */
export function oneContainer(fields = ''): string {
  return `containers:\n  - name: app\n    image: app:1.0\n${indent(fields, 4)}`;
}

/**
 * A Deployment `web` (labels app: web) with `replicas` (line 6) when given and the pod spec `spec`, which starts
 * on line 14 at column 7 (line 15 with replicas, one more with a namespace).
 */
export function deployment(spec: string, opts: { replicas?: number; name?: string; namespace?: string; labels?: string } = {}): string {
  const meta = `metadata:\n  name: ${opts.name ?? 'web'}\n${opts.namespace === undefined ? '' : `  namespace: ${opts.namespace}\n`}`;
  const labels = opts.labels ?? 'app: web';
  return (
    `apiVersion: apps/v1\nkind: Deployment\n${meta}spec:\n` +
    (opts.replicas === undefined ? '' : `  replicas: ${opts.replicas}\n`) +
    `  selector:\n    matchLabels:\n${indent(labels, 6)}\n  template:\n    metadata:\n      labels:\n${indent(labels, 8)}\n    spec:\n${indent(spec, 6)}\n`
  );
}

/** Converts 0-based line/column to an offset in `text`. */
function offsetOf(text: string, line: number, col: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + col;
}

/** The text after applying a fix's edits (last first, so earlier offsets stay valid). */
export function applyFix(text: string, fix: Fix | undefined): string {
  if (fix === undefined) throw new Error('the finding has no fix');
  const edits = fix.edits.map((e) => ({ start: offsetOf(text, e.range.start.line, e.range.start.col), end: offsetOf(text, e.range.end.line, e.range.end.col), newText: e.newText }));
  edits.sort((a, b) => b.start - a.start);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

/** The messages of the findings, for assertions that ignore positions. */
export function messages(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => d.message);
}
