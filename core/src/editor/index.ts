/**
 * What editors need from the engine beyond linting a set: the structure around the cursor read from the text
 * being typed, one file linted against a workspace, references and selectors between objects, and edits for
 * quick fixes. Used by the language server; no editor protocol types here.
 */
export { TextLines } from './text-lines.js';
export { readLineEntry, type LineEntry, type LineSpan } from './line-entry.js';
export { completionContext, type CompletionContext } from './completion-context.js';
export { nodeAt, type NodeAt } from './node-at.js';
export { documentKind, type DocumentKind } from './document-kind.js';
export { isManifestText } from './manifest-text.js';
export { lintFile, type LintFileInput, type LintFileOptions } from './lint-file.js';
export { indexWorkspace } from './workspace-objects.js';
export { referenceKindAt, referencesOf, type ObjectReference } from './object-refs.js';
export { selectorAt, selectorsOf, type ObjectSelector } from './object-selectors.js';
export { appendItemEdits, scalarText, setFieldEdits, type EditTarget } from './yaml-edits.js';
export { ignoreAnnotationEdits, ignoreCommentEdit } from './ignore-edits.js';
export { excludedPaths } from './path-filter.js';
export { ruleFixes, tolerationFixes, type FixContext } from './rule-fixes.js';
export { EDITOR_RULES, taintsNotTolerated } from './taints-not-tolerated.js';
// Model readers editors use on objects they hold (safe field access, taints as the plan writes them).
export { asObject, asString, getIn } from '../model/fields.js';
export { formatTaint } from '../model/toleration.js';
