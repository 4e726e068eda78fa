import { parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import type { DocProblem } from './doc-problem.js';
import { yamlToJs } from './yaml-to-js.js';

/**
 * Options for every `yaml` parse of one document: YAML 1.1 like the Kubernetes decoder, failsafe schema (all
 * scalars stay text; `yamlToJs` and the position map resolve them the go-yaml way), duplicate keys allowed (we
 * report them ourselves and keep the last).
 */
export const YAML_PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  schema: 'failsafe',
  uniqueKeys: false,
  prettyErrors: false,
};

/** The result of the slow path: exact errors, and the best value the parser could recover. */
export interface SlowParse {
  ast: Document.Parsed;
  value: unknown;
  problems: DocProblem[];
  /** True when the document had YAML errors: `value` may be incomplete. */
  partial: boolean;
}

/** Width of one indentation level in this document: the smallest space indentation, 2 if none. */
function indentUnit(text: string): number {
  let unit = Number.POSITIVE_INFINITY;
  for (const m of text.matchAll(/^( +)\S/gm)) unit = Math.min(unit, (m[1] as string).length);
  return Number.isFinite(unit) && unit <= 8 ? unit : 2;
}

/** `yaml-tab-indent` for the line holding `offset`, with a fix that rewrites its indentation with spaces. */
function tabIndentProblem(text: string, start: number, end: number, unit: number): DocProblem {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let indentEnd = lineStart;
  while (text[indentEnd] === ' ' || text[indentEnd] === '\t') indentEnd++;
  const indent = text.slice(lineStart, indentEnd);
  const firstTab = lineStart + indent.indexOf('\t');
  return {
    rule: 'yaml-tab-indent',
    message: 'tab character in indentation: YAML allows only spaces here',
    start: Math.min(start, firstTab),
    end: Math.max(end, firstTab + 1),
    fix: {
      title: 'Replace the tabs in the indentation with spaces',
      edits: [{ start: lineStart, end: indentEnd, newText: indent.replaceAll('\t', ' '.repeat(unit)) }],
    },
  };
}

/**
 * The most common cause of a confusing YAML error is `key:value` or `key:#comment` with no space after the
 * colon: YAML then reads the whole line as one plain scalar. Name it when the error's line looks like that.
 */
function colonHint(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const m = /^\s*(?:-\s+)?([A-Za-z0-9_.\/-]+):([^\s:\/][^]*)$/.exec(line);
  if (m === null || /^\s*[\[{"']/.test(line)) return '';
  return ` (no space after the colon in "${m[1]}:${m[2]!.slice(0, 1)}": write "${m[1]}: ${m[2]!.slice(0, 1)}", a key needs ": " to start its value)`;
}

/** Parses one document with `yaml`: slower than js-yaml, but positioned errors and error recovery. */
export function slowParse(text: string): SlowParse {
  const ast = parseDocument(text, YAML_PARSE_OPTIONS);
  const problems: DocProblem[] = [];
  let unit: number | undefined;
  for (const err of ast.errors) {
    const [start, end] = err.pos;
    if (err.code === 'TAB_AS_INDENT') {
      unit ??= indentUnit(text);
      problems.push(tabIndentProblem(text, start, end, unit));
    } else {
      // `yaml` turns a stack overflow on absurd nesting into an error; say what it means
      const message = err.message.includes('call stack') ? 'the document is nested too deeply to read' : (err.message.split('\n')[0] as string);
      problems.push({ rule: 'yaml-syntax', message: message + colonHint(text, start), start, end });
    }
  }
  const value = yamlToJs(ast, (p) => problems.push(p));
  return { ast, value, problems, partial: ast.errors.length > 0 };
}
