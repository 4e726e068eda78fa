// Acceptance: thousands of random edits to real manifests (the samples and the lsp fixtures) through
// didChange, interleaved with the requests an editor sends. Every request must be answered (a result, or a
// cancellation because the text moved on; never an internal error or silence) and the server must never exit.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LSPErrorCodes, type DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { FIXTURES, SAMPLES } from '../support/paths.js';
import { startSession, type Session } from '../support/session.js';
import { positionAt, rangeOf } from '../support/text-model.js';
import { editCommand, type EditCommand } from './edit-commands.js';

const RUNS = Number(process.env.ROBUSTNESS_RUNS ?? 64);
/** Past this size a run starts over from a real manifest, so pasted huge lines do not pile up. */
const MAX_TEXT = 400_000;
/** Answers that say "the text changed under this request" are fine while typing. */
const TOLERATED = new Set<number>([LSPErrorCodes.RequestCancelled, LSPErrorCodes.ContentModified, LSPErrorCodes.ServerCancelled]);

function manifests(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f) && !f.includes('node_modules'))
    .map((f) => readFileSync(path.join(folder, f), 'utf8'));
}

const BASES = [...manifests(SAMPLES), ...manifests(path.join(FIXTURES, 'workspace'))];

describe('random edits', () => {
  let s: Session;
  let edits = 0;
  let requests = 0;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(() => s?.end());

  /**
   * Applies one command. A request is sent without waiting: its outcome (a failure message or undefined)
   * comes back wrapped, so that awaiting the edit does not await the answer too.
   */
  async function run(uri: string, command: EditCommand): Promise<{ outcome: Promise<string | undefined> } | undefined> {
    const text = s.client.document(uri).text;
    const at = command.at % (text.length + 1);
    if (command.kind === 'request') {
      requests++;
      const position = positionAt(text, at);
      const params = {
        textDocument: { uri },
        position,
        range: { start: position, end: positionAt(text, at + 40) },
        context: { diagnostics: [], includeDeclaration: true, triggerKind: 1 },
      };
      const outcome = s.client.request(command.method, params).then(
        () => undefined,
        (error: { code?: number; message?: string }) =>
          error.code !== undefined && TOLERATED.has(error.code) ? undefined : `${command.method} at ${position.line}:${position.character}: ${String(error.code)} ${String(error.message)}`,
      );
      return { outcome };
    }
    edits++;
    const end = command.kind === 'insert' ? at : Math.min(text.length, at + command.length);
    const newText = command.kind === 'delete' ? '' : command.text;
    if (text.length - (end - at) + newText.length > MAX_TEXT) {
      await s.client.change(uri, [{ text: BASES[at % BASES.length] ?? '' }]);
      return undefined;
    }
    await s.client.change(uri, [{ range: rangeOf(text, at, end), text: newText }]);
    return undefined;
  }

  it('never crash the server and every request is answered', { timeout: 180_000 }, async () => {
    const uri = s.ws.uri('app/typing.yaml');
    await s.client.open(uri, BASES[0] ?? '');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: BASES.length - 1 }), fc.array(editCommand(BASES), { minLength: 20, maxLength: 60, size: 'max' }), async (base, commands) => {
        await s.client.change(uri, [{ text: BASES[base] ?? '' }]);
        const pending: Promise<string | undefined>[] = [];
        for (const command of commands) {
          const sent = await run(uri, command);
          if (sent !== undefined) pending.push(sent.outcome);
        }
        // After the burst, the document's diagnostics must still come back for the final text.
        pending.push(
          s.client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } }).then(
            () => undefined,
            (error: Error) => `final pull: ${error.message}`,
          ),
        );
        const failures = (await Promise.all(pending)).filter((f): f is string => f !== undefined);
        const alive = s.client.exit === undefined;
        if (failures.length > 0 || !alive) {
          throw new Error(`${failures.join('\n')}${s.client.exitNote()}\nserver stderr:\n${s.client.stderrTail()}`);
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(edits).toBeGreaterThan(1_500);
    expect(requests).toBeGreaterThan(400);
  });

  it('still lints correctly afterwards', async () => {
    expect(s.client.exit).toBeUndefined();
    const uri = s.ws.uri('app/typing.yaml');
    await s.client.change(uri, [{ text: s.ws.read('broken/broken.yaml') }]);
    const report = await s.client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    const codes = report.kind === 'full' ? report.items.map((d) => d.code) : [];
    expect(codes).toEqual(expect.arrayContaining(['api-removed', 'latest-tag', 'schema-type', 'schema-unknown-field']));
  });
});
