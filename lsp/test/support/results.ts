// The protocol allows several shapes for most results; these flatten them to what the assertions look at.
import type {
  CodeAction,
  Command,
  CompletionItem,
  CompletionList,
  DocumentSymbol,
  Hover,
  Location,
  LocationLink,
  MarkedString,
  MarkupContent,
  SymbolInformation,
  WorkspaceSymbol,
} from 'vscode-languageserver-protocol';

export function hoverText(hover: Hover | null): string {
  if (hover === null) return '';
  const part = (c: MarkupContent | MarkedString): string => (typeof c === 'string' ? c : c.value);
  return Array.isArray(hover.contents) ? hover.contents.map(part).join('\n') : part(hover.contents);
}

export function completionItems(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  if (result === null) return [];
  return Array.isArray(result) ? result : result.items;
}

export function labels(items: readonly CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

export function documentationText(item: CompletionItem): string {
  const d = item.documentation;
  return `${item.detail ?? ''}\n${typeof d === 'string' ? d : (d?.value ?? '')}`;
}

export interface PlainLocation {
  uri: string;
  line: number;
}

/** Where a definition or reference result points: uri and start line of the target (selection) range. */
export function locations(result: Location | Location[] | LocationLink[] | null): PlainLocation[] {
  if (result === null) return [];
  const all: (Location | LocationLink)[] = Array.isArray(result) ? result : [result];
  return all.map((l) =>
    'targetUri' in l ? { uri: l.targetUri, line: l.targetSelectionRange.start.line } : { uri: l.uri, line: l.range.start.line },
  );
}

export interface PlainSymbol {
  /** Name and detail together, e.g. `Deployment web` or `web  Deployment`. */
  text: string;
  uri: string | undefined;
  line: number | undefined;
}

export function documentSymbols(result: DocumentSymbol[] | SymbolInformation[] | null): PlainSymbol[] {
  return (result ?? []).map((s) =>
    'location' in s
      ? { text: `${s.name} ${s.containerName ?? ''}`, uri: s.location.uri, line: s.location.range.start.line }
      : { text: `${s.name} ${s.detail ?? ''}`, uri: undefined, line: s.range.start.line },
  );
}

export function workspaceSymbols(result: SymbolInformation[] | WorkspaceSymbol[] | null): PlainSymbol[] {
  return (result ?? []).map((s) => ({
    text: `${s.name} ${s.containerName ?? ''}`,
    uri: s.location.uri,
    line: 'range' in s.location ? s.location.range.start.line : undefined,
  }));
}

/** A bare Command has a string `command`; a CodeAction's `command`, if any, is a Command object. */
export function isCodeAction(a: Command | CodeAction): a is CodeAction {
  return typeof a.command !== 'string';
}

/** `value`, or a failure that says what was missing (instead of a non-null assertion). */
export function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}
