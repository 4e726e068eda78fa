// `npm run bench`, language server part: the real server driven over stdio by the e2e tests' client.
// - diagnostics latency after a one-character edit in a ~2,000-line manifest file (push, and pull as VS Code does)
// - hover and completion latency in that file
// - initial index time of a 5,000-manifest workspace, and the server's memory
// Prints a table and writes bench-results/lsp.json at the repo root. Targets are reported, never asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentDiagnosticReport, ProgressToken, WorkDoneProgressBegin, WorkDoneProgressEnd, WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { LspClient } from '../test/support/lsp-client.js';
import { fileUri, LSP_ROOT, REPO_ROOT } from '../test/support/paths.js';
import { positionAt } from '../test/support/text-model.js';
import { writeBigFile, writeWorkspace } from './bench-workspaces.js';
import { latency, memoryOf, timed, type Latency, type Memory } from './measure.js';

const EDITS = Number(process.env.BENCH_EDITS ?? 100);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 100);
const LINES = Number(process.env.BENCH_LINES ?? 2_000);
const MANIFESTS = Number(process.env.BENCH_MANIFESTS ?? 5_000);
const PER_FILE = 50;
const WARMUP = 5;
const WORK = path.join(LSP_ROOT, '.build', 'bench');
const TARGETS = { diagnosticsP95Ms: 50, hoverP95Ms: 20, completionP95Ms: 20, indexMs: 3_000 };

/** Offsets of every occurrence of `needle`, so requests and edits spread over the whole file. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

function spread<T>(items: readonly T[], count: number): T[] {
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

async function editLatencies(): Promise<{ lines: number; documents: number; firstMs: number; push: Latency; pull: Latency; hover: Latency; completion: Latency; memory: Memory }> {
  const { file, text, documents } = writeBigFile(path.join(WORK, 'edit'), LINES);
  const uri = fileUri(file);
  const push = await LspClient.start({ workspace: path.dirname(file), pullDiagnostics: false });
  const firstMs = await timed(async () => {
    await push.open(uri, text);
    await push.waitForDiagnostics(uri);
  });
  // One character typed into a value, each time at another place of the file.
  const typeAt = spread(occurrences(text, 'value-'), EDITS).map((at, i) => at + i);
  /** The didChange of typing one character, built before the clock starts. */
  const typeOne = (client: LspClient, i: number): (() => Promise<number>) => {
    const position = positionAt(client.document(uri).text, typeAt[i] ?? 0);
    return () => client.change(uri, [{ range: { start: position, end: position }, text: 'x' }]);
  };
  /** Latency of each one-character edit until `settled` says the server has the new diagnostics. */
  const typing = async (client: LspClient, settled: () => Promise<unknown>): Promise<number[]> => {
    const samples: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const type = typeOne(client, i);
      samples.push(
        await timed(async () => {
          await type();
          await settled();
        }),
      );
    }
    return samples;
  };
  const pushSamples = await typing(push, () => push.waitForDiagnostics(uri));
  const positions = (needle: string, shift: number) =>
    spread(occurrences(text, needle), QUERIES + WARMUP).map((at) => positionAt(text, at + shift));
  // Hovers and completions on the opened (unedited) text of a second server, so offsets stay exact.
  const pull = await LspClient.start({ workspace: path.dirname(file), pullDiagnostics: true });
  await pull.open(uri, text);
  const ask = async (method: string, list: { line: number; character: number }[]): Promise<number[]> => {
    const samples: number[] = [];
    for (const [i, position] of list.entries()) {
      const ms = await timed(() => pull.request(method, { textDocument: { uri }, position, context: { triggerKind: 1 } }));
      if (i >= WARMUP) samples.push(ms);
    }
    return samples;
  };
  const hover = await ask('textDocument/hover', positions('imagePullPolicy:', 3));
  const completion = await ask('textDocument/completion', positions('  readinessProbe:', 5));
  const pullSamples = await typing(pull, () => pull.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } }));
  const memory = memoryOf(push.pid);
  await push.stop();
  await pull.stop();
  return { lines: text.split('\n').length, documents, firstMs, push: latency(pushSamples), pull: latency(pullSamples), hover: latency(hover), completion: latency(completion), memory };
}

/**
 * Time from `initialize` to the index being ready: a `kubeplan/indexReady` notification, the end of a
 * `$/progress` whose title speaks of indexing, or else the first moment workspace/symbol finds the last
 * generated object (whichever the server offers first).
 */
async function indexTime(): Promise<{ files: number; ms: number; signal: string; memory: Memory }> {
  const dir = path.join(WORK, 'index');
  const { files, lastName } = writeWorkspace(dir, MANIFESTS, PER_FILE);
  const client = LspClient.spawn({ workspace: dir, timeoutMs: 120_000 });
  const start = performance.now();
  let ready: { ms: number; signal: string } | undefined;
  const indexTokens = new Set<string | number>();
  client.onNotification(({ method, params }) => {
    if (ready !== undefined) return;
    if (method === 'kubeplan/indexReady') ready = { ms: performance.now() - start, signal: method };
    if (method !== '$/progress') return;
    const { token, value } = params as { token: ProgressToken; value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd };
    if (value.kind === 'begin' && /index|scan|load/i.test(value.title)) indexTokens.add(token);
    if (value.kind === 'end' && indexTokens.has(token)) ready = { ms: performance.now() - start, signal: '$/progress end' };
  });
  await client.initialize(true);
  const ended = (p: unknown): boolean => {
    const { token, value } = p as { token: ProgressToken; value: { kind: string } };
    return value.kind === 'end' && indexTokens.has(token);
  };
  while (ready === undefined) {
    const found = await client.request<{ name: string }[] | null>('workspace/symbol', { query: lastName });
    if (ready !== undefined) break;
    // The server announced its indexing as progress: its end is the signal (it follows the first answers).
    if (indexTokens.size > 0) await client.waitForNotification('$/progress', ended, 120_000);
    else if ((found ?? []).some((s) => s.name.includes(lastName))) ready = { ms: performance.now() - start, signal: 'workspace/symbol finds the last object' };
    else await new Promise((r) => setTimeout(r, 20));
    if (performance.now() - start > 120_000) throw new Error('the index was not ready after 120 s');
  }
  const memory = memoryOf(client.pid);
  await client.stop();
  return { files, ...ready, memory };
}

const edit = await editLatencies();
const index = await indexTime();
const result = {
  date: new Date().toISOString(),
  node: process.version,
  bigFile: { lines: edit.lines, documents: edit.documents, firstDiagnosticsMs: Math.round(edit.firstMs) },
  diagnosticsPush: edit.push,
  diagnosticsPull: edit.pull,
  hover: edit.hover,
  completion: edit.completion,
  index: { manifests: MANIFESTS, files: index.files, ms: Math.round(index.ms), signal: index.signal },
  memory: { bigFile: edit.memory, index: index.memory },
  targets: TARGETS,
  meetsTargets: {
    diagnostics: edit.push.p95 < TARGETS.diagnosticsP95Ms,
    hover: edit.hover.p95 < TARGETS.hoverP95Ms,
    completion: edit.completion.p95 < TARGETS.completionP95Ms,
    index: index.ms < TARGETS.indexMs,
  },
};

const row = (name: string, value: string, target: string) => console.log(`  ${name.padEnd(46)}${value.padStart(22)}  ${target}`);
const ms = (l: Latency) => `p50 ${l.p50} / p95 ${l.p95} ms`;
console.log(`\nkubeplan-lsp over stdio (${result.node}; ${edit.lines}-line file of ${edit.documents} documents)`);
row('diagnostics after a 1-char edit (push)', ms(edit.push), `target p95 < ${TARGETS.diagnosticsP95Ms} ms`);
row('diagnostics after a 1-char edit (pull)', ms(edit.pull), '');
row('hover', ms(edit.hover), `target p95 < ${TARGETS.hoverP95Ms} ms`);
row('completion', ms(edit.completion), `target p95 < ${TARGETS.completionP95Ms} ms`);
row('first diagnostics after opening the file', `${result.bigFile.firstDiagnosticsMs} ms`, '');
row(`index of ${MANIFESTS} manifests in ${index.files} files`, `${result.index.ms} ms`, `target < ${TARGETS.indexMs} ms (${index.signal})`);
row('server memory, big file (RSS / peak)', `${edit.memory.rssMb} / ${edit.memory.peakRssMb} MB`, '');
row('server memory, 5,000 manifests (RSS / peak)', `${index.memory.rssMb} / ${index.memory.peakRssMb} MB`, '');
mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
writeFileSync(path.join(REPO_ROOT, 'bench-results', 'lsp.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('\nwrote bench-results/lsp.json');
