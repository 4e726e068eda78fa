import type { PathSegment } from './json-path.js';
import type { LoadRuleId } from './load-rules.js';

/** A text edit inside one document, in offsets relative to the document's text. */
export interface DocEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * A problem found while reading one document. Offsets are relative to the document's text: the loader shifts
 * them to the file and turns them into line/column only when it builds the {@link Diagnostic}.
 */
export interface DocProblem {
  rule: LoadRuleId;
  message: string;
  start: number;
  end: number;
  /** Path of the node concerned, relative to the document root. */
  path?: PathSegment[];
  fix?: { title: string; edits: DocEdit[] };
}
