/**
 * "Ignore this rule here" as edits, in the two forms the suppressions read (docs/suppressions.md): a
 * `# kubeplan-ignore <rule>: reason` comment on its own line above the finding (it covers the entry written on
 * the next line), or the rule added to the object's `kubeplan.io/ignore` annotation.
 */
import type { TextEdit } from '../diagnostic.js';
import { asString, getIn } from '../model/fields.js';
import { IGNORE_ANNOTATION } from '../rules/suppressions-annotations.js';
import { COMMENT_MARKER } from '../rules/suppressions-comments.js';
import { setFieldEdits, type EditTarget } from './yaml-edits.js';

/** The comment line to insert above `line` (0-based) of `text`, indented like that line. */
export function ignoreCommentEdit(text: string, line: number, rule: string, reason = 'reason'): TextEdit {
  const lines = text.split(/\r\n|\r|\n/);
  const indent = /^[ \t]*/.exec(lines[line] ?? '')?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = { line, col: 0 };
  return { range: { start: at, end: at }, newText: `${indent}# ${COMMENT_MARKER} ${rule}: ${reason}${eol}` };
}

/** The edits adding `rule` to the object's ignore annotation; empty when it already ignores it (or `all`). */
export function ignoreAnnotationEdits(t: EditTarget, rule: string): TextEdit[] | undefined {
  const path = ['metadata', 'annotations', IGNORE_ANNOTATION];
  const current = asString(getIn(t.object, ...path));
  const ids = (current ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (ids.includes(rule) || ids.includes('all')) return [];
  return setFieldEdits(t, path, [...ids, rule].join(','));
}
