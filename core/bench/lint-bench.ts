// `npm run bench`: lint throughput on a generated 10,000-document corpus (~38 MB of Deployments with full pod
// templates, Services and ConfigMaps). Prints a table and writes bench-results/lint.json at the repo root.
// Timings are wall-clock on this machine; compare figures from the same run (e.g. the ratio to JSON.parse).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { createValidator, lintPaths, loadText, SchemaRegistry, timeLoadPhases } from '../src/index.js';
import { ALL_RULES, type RuleSettings } from '../src/rules/index.js';
import { corpusObjects, toYaml } from './corpus.js';

const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
const FILES = 100;
/** Warm runs of schema-only and all-rules lint, alternated, so both see the same machine and heap state. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CORE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(CORE, '..');
const CORPUS_DIR = path.join(CORE, '.build', 'bench-corpus');

interface Row {
  name: string;
  ms: number;
  note?: string;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

function writeCorpus(objects: Record<string, unknown>[]): { text: string; bytes: number } {
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  mkdirSync(CORPUS_DIR, { recursive: true });
  const per = Math.ceil(objects.length / FILES);
  const parts: string[] = [];
  for (let f = 0; f < FILES; f++) {
    const text = toYaml(objects.slice(f * per, (f + 1) * per));
    if (text === '') continue;
    writeFileSync(path.join(CORPUS_DIR, `part-${String(f).padStart(3, '0')}.yaml`), text);
    parts.push(text);
  }
  const text = parts.join('---\n');
  return { text, bytes: Buffer.byteLength(text) };
}

/** Best of three runs of the real CLI process (wall clock, so Node's start-up is included). */
function cli(args: string[]): { ms: number; code: number | null } {
  let best = { ms: Number.POSITIVE_INFINITY, code: null as number | null };
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const res = spawnSync(process.execPath, [path.join(CORE, 'bin', 'kubeplan.js'), ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - t;
    if (ms < best.ms) best = { ms, code: res.status };
  }
  return best;
}

/**
 * What two cores give here at best: two independent CLI processes on half of the files each, started
 * together (best of three). The --jobs pool is judged against this, not against a perfect 2x.
 */
function parallelCeiling(): number {
  const files = readdirSync(CORPUS_DIR).map((f) => path.join(CORPUS_DIR, f));
  const halves = [files.slice(0, files.length / 2), files.slice(files.length / 2)];
  const bin = path.join(CORE, 'bin', 'kubeplan.js');
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const script = halves.map((h) => `"${process.execPath}" "${bin}" lint --summary ${h.map((f) => `"${f}"`).join(' ')} >/dev/null &`).join('\n');
    spawnSync('sh', ['-c', `${script}\nwait`]);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const range = (xs: readonly number[]): string => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))} ms`;

/** Every rule on, opt-in ones included, at its default severity. */
function allRulesOn(): RuleSettings {
  return { preset: 'strict', rules: Object.fromEntries(ALL_RULES.map((r) => [r.meta.id, { level: r.meta.defaultSeverity }])), assumeComplete: false };
}

async function main(): Promise<void> {
  const objects = corpusObjects(DOCS);
  const { text, bytes } = writeCorpus(objects);
  const mb = bytes / 1e6;
  const json = JSON.stringify(objects);
  console.log(`corpus: ${DOCS} documents, ${mb.toFixed(1)} MB of YAML in ${FILES} files (${CORPUS_DIR})`);

  const rows: Row[] = [];
  // Cold first: schema load and per-kind validator compilation are part of a real run.
  const cold = await timeAsync(() => lintPaths([CORPUS_DIR]));
  if (cold.value.summary.resources !== DOCS || cold.value.summary.errors !== 0) {
    throw new Error(`unexpected lint result: ${JSON.stringify(cold.value.summary)}`);
  }
  rows.push({ name: 'lint, in-process, cold (read + parse + schema validation)', ms: cold.ms });
  const warm = await timeAsync(() => lintPaths([CORPUS_DIR]));
  rows.push({ name: 'lint, in-process, warm (validators compiled)', ms: warm.ms });
  const strict = await timeAsync(() => lintPaths([CORPUS_DIR], { rules: { preset: 'strict', rules: {}, assumeComplete: false } }));
  rows.push({ name: 'lint, warm, every rule of the strict preset', ms: strict.ms, note: `${strict.value.diagnostics.length} findings` });
  // The rules' cost: the same warm in-process lint of the same files with no semantic rule and with all of them,
  // alternated ROUNDS times; medians and the ratio of the medians are reported, with the per-round ratios.
  const schemaOnlyRuns: number[] = [];
  const allRulesRuns: number[] = [];
  let allRulesFindings = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const none = await timeAsync(() => lintPaths([CORPUS_DIR], { rules: { preset: 'none', rules: {}, assumeComplete: false } }));
    schemaOnlyRuns.push(none.ms);
    const all = await timeAsync(() => lintPaths([CORPUS_DIR], { rules: allRulesOn() }));
    allRulesRuns.push(all.ms);
    allRulesFindings = all.value.diagnostics.length;
  }
  const schemaOnlyMs = median(schemaOnlyRuns);
  const allRulesMs = median(allRulesRuns);
  const roundRatios = allRulesRuns.map((ms, i) => ms / (schemaOnlyRuns[i] as number));
  rows.push({ name: `lint, warm, schema only (preset none), median of ${ROUNDS}`, ms: schemaOnlyMs, note: range(schemaOnlyRuns) });
  rows.push({ name: `lint, warm, all rules on (opt-in included), median of ${ROUNDS}`, ms: allRulesMs, note: `${allRulesFindings} findings; ${range(allRulesRuns)}` });
  const peakMb = process.resourceUsage().maxRSS / 1024;

  const jsonParse = time(() => JSON.parse(json) as unknown);
  rows.push({ name: 'JSON.parse of the same objects (reference)', ms: jsonParse.ms });
  const load = time(() => loadText(text, 'bench.yaml'));
  rows.push({ name: 'load only: split + js-yaml (no positions)', ms: load.ms });
  const phases = timeLoadPhases(text);
  rows.push({ name: '  phase: split into documents', ms: phases.splitMs });
  rows.push({ name: '  phase: js-yaml decode', ms: phases.parseMs, note: `${phases.slowDocuments} documents on the slow path` });
  rows.push({
    name: '  phase: position maps, fast scanner, every document (paid only on findings)',
    ms: phases.fastPositionsMs,
    note: `${phases.fastFallbacks} of ${phases.documents} documents fell back to yaml`,
  });
  rows.push({ name: '  phase: position maps, yaml library, every document (the fallback path)', ms: phases.positionsMs });
  const registry = SchemaRegistry.load();
  const validator = createValidator(registry);
  const manifests = load.value.manifests;
  const compile = time(() => manifests.slice(0, 3).map((m) => validator.validate(m)));
  rows.push({ name: 'schema: compile validators for 3 kinds', ms: compile.ms });
  const validate = time(() => manifests.reduce((n, m) => n + validator.validate(m).length, 0));
  rows.push({ name: `schema: validate ${manifests.length} objects (compiled)`, ms: validate.ms, note: `${validate.value} findings` });
  const tenth = objects.slice(0, Math.ceil(DOCS / 10));
  const tenthText = toYaml(tenth);
  const yamlDocs = time(() => parseAllDocuments(tenthText));
  rows.push({ name: "yaml's parseAllDocuments, 10% of the corpus × 10 (what the fast path avoids)", ms: yamlDocs.ms * 10 });

  const cli1 = cli(['lint', '--summary', '--jobs', '1', CORPUS_DIR]);
  const cli2 = cli(['lint', '--summary', '--jobs', '2', CORPUS_DIR]);
  const ceiling = parallelCeiling();
  rows.push({ name: 'kubeplan lint (CLI process, --jobs 1), wall clock, best of 3', ms: cli1.ms });
  rows.push({ name: 'kubeplan lint (CLI process, --jobs 2), wall clock, best of 3', ms: cli2.ms });
  rows.push({ name: 'two separate CLI processes, half the files each, at once (machine ceiling)', ms: ceiling });
  if (cli1.code !== 0 || cli2.code !== 0) throw new Error(`CLI exited ${cli1.code} / ${cli2.code}`);

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    documents: DOCS,
    megabytes: Number(mb.toFixed(2)),
    coldLintMs: Math.round(cold.ms),
    warmLintMs: Math.round(warm.ms),
    documentsPerSecond: Math.round(DOCS / (cold.ms / 1000)),
    megabytesPerSecond: Number((mb / (cold.ms / 1000)).toFixed(1)),
    ratioToJsonParse: Number((cold.ms / jsonParse.ms).toFixed(1)),
    peakRssMb: Math.round(peakMb),
    schemaOnlyMs: Math.round(schemaOnlyMs),
    allRulesMs: Math.round(allRulesMs),
    allRulesFindings,
    rulesOverheadRatio: Number((allRulesMs / schemaOnlyMs).toFixed(2)),
    rulesOverheadRatioRange: [Number(Math.min(...roundRatios).toFixed(2)), Number(Math.max(...roundRatios).toFixed(2))],
    schemaOnlyRunsMs: schemaOnlyRuns.map(Math.round),
    allRulesRunsMs: allRulesRuns.map(Math.round),
    strictPresetMs: Math.round(strict.ms),
    fastPositionsMs: Math.round(phases.fastPositionsMs),
    fastFallbacks: phases.fastFallbacks,
    yamlPositionsMs: Math.round(phases.positionsMs),
    cliJobs1Ms: Math.round(cli1.ms),
    cliJobs2Ms: Math.round(cli2.ms),
    jobsSpeedup: Number((cli1.ms / cli2.ms).toFixed(2)),
    twoProcessCeilingSpeedup: Number((cli1.ms / ceiling).toFixed(2)),
    rows: rows.map((r) => ({ ...r, ms: Math.round(r.ms) })),
  };
  for (const r of rows) console.log(`${r.name.padEnd(78)} ${r.ms.toFixed(0).padStart(7)} ms${r.note ? `  (${r.note})` : ''}`);
  console.log(
    `\nlint (cold, one core): ${results.documentsPerSecond} documents/s, ${results.megabytesPerSecond} MB/s, ` +
      `${results.ratioToJsonParse}x JSON.parse, peak RSS ${results.peakRssMb} MB; --jobs 2 speed-up ${results.jobsSpeedup}x ` +
      `(two independent processes: ${results.twoProcessCeilingSpeedup}x)`,
  );
  console.log(
    `rules overhead: all rules on ${results.allRulesMs} ms vs schema only ${results.schemaOnlyMs} ms (medians of ${ROUNDS}) = ` +
      `${results.rulesOverheadRatio}x (per round ${roundRatios.map((r) => r.toFixed(2)).join(', ')})`,
  );
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-results', 'lint.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written: bench-results/lint.json`);
}

await main();
