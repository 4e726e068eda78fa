import type { CompletionContext } from '@kubeplan/core';
import type { Range } from 'vscode-languageserver';

/** The text a completion replaces: what is typed of the key or value on the cursor line. */
export function replaceRange(ctx: CompletionContext): Range {
  return { start: { line: ctx.line, character: ctx.startCol }, end: { line: ctx.line, character: ctx.endCol } };
}
