// What the property-based robustness test does to a document: random edits of the kinds that break YAML
// (deletions, garbage, binary-ish text, unbalanced quotes and brackets, Helm braces, huge lines, tabs, pasted
// manifests) interleaved with the requests an editor sends while someone types.
import fc from 'fast-check';

export type RequestMethod =
  | 'textDocument/hover'
  | 'textDocument/completion'
  | 'textDocument/diagnostic'
  | 'textDocument/documentSymbol'
  | 'textDocument/foldingRange'
  | 'textDocument/codeLens'
  | 'textDocument/codeAction'
  | 'textDocument/definition'
  | 'textDocument/references';

/** Offsets are taken modulo the current text length when the command runs. */
export type EditCommand =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'request'; method: RequestMethod; at: number };

const REQUESTS: RequestMethod[] = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/diagnostic',
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'textDocument/codeLens',
  'textDocument/codeAction',
  'textDocument/definition',
  'textDocument/references',
];

const YAML_BREAKERS = [
  '"', "'", '{', '}', '[', ']', '{{ .Values.image }}', '{{- include "x" . | nindent 4 }}', ': ', '- ', ':', '-', '? ', '|', '>-\n',
  '&anchor ', '*anchor', '*missing', '!!binary ', '!tag ', '%YAML 1.1\n', '---\n', '...\n', '# comment', '\n', '\r\n', '\r', '\t', '\t\t- ',
  'apiVersion: v1\n', 'kind: Pod\n', 'kind: Deployment\n', 'metadata:\n  name: x\n', '<<: *anchor\n', '0x1F', 'yes', 'on', '~', 'null',
  '1e3', '.inf', '"\\u00', "'unterminated", '"unterminated', 'key: "a\nb"', '  ', '        ',
];

const CONTROL = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\uFEFF', '\uFFFD', '\uFFFE', '\uD800', '\uDFFF', '\u2028', '\u200B', '😀', 'é', '中'];

/** A small alias bomb: the loader must refuse it, not expand it. */
const ALIAS_BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`))
  .join('\n');

function insertText(pastes: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...YAML_BREAKERS) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom(...CONTROL, ...YAML_BREAKERS), { maxLength: 12 }).map((parts) => parts.join('')) },
    { weight: 2, arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...pastes)).map(([a, b, p]) => p.slice(Math.min(a, b) % p.length, Math.max(a, b) % (p.length + 1))) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 60_000 }).map((n) => 'x'.repeat(n)) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 2_000 }).map((n) => `image: "${'\\'.repeat(n)}\n`) },
    { weight: 1, arbitrary: fc.constant(ALIAS_BOMB) },
  );
}

export function editCommand(pastes: readonly string[]): fc.Arbitrary<EditCommand> {
  const at = fc.nat();
  const length = fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 20, max: 2_000 }));
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: insertText(pastes) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at, length, text: insertText(pastes) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('request' as const), method: fc.constantFrom(...REQUESTS), at }) },
  );
}
