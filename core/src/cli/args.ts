import { UsageError } from '../errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../report/index.js';
import type { Severity } from '../diagnostic.js';
import { PRESETS, type PresetName } from '../config/config.js';
import { colorArg, kubeVersionArg, oneOf, parseOptions } from './arg-values.js';
import { parseExplainArgs, parsePlanArgs, parseShowArgs, type ExplainArgs, type PlanArgs, type ShowArgs } from './plan-args.js';

export type FailOn = Severity | 'none';
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'none'];

export interface LintArgs {
  command: 'lint';
  paths: string[];
  output: OutputFormat;
  kubeVersion?: string;
  /** Undefined when neither --strict nor --no-strict is given (the configuration file decides, else strict). */
  strict?: boolean;
  preset?: PresetName;
  assumeComplete?: boolean;
  /** --config FILE; undefined: search for .kubeplan.yaml. */
  config?: string;
  noConfig: boolean;
  /** --fix: write the safe fixes; --fix-dry-run: print them as a diff. */
  fix: 'write' | 'dry-run' | undefined;
  failOn: FailOn;
  summaryOnly: boolean;
  quiet: boolean;
  color?: boolean;
  exclude: string[];
  schemaLocations: string[];
  ignoreMissingSchemas: boolean;
  skipKinds: string[];
  rejectKinds: string[];
  namespace?: string;
  jobs: number;
  /** --cluster FILE|DIR (repeatable); undefined when not given (the configuration's `cluster:` applies). */
  cluster?: string[];
}

export interface RulesArgs {
  command: 'rules';
  /** Explain one rule; absent: list them all. */
  id?: string;
  output: 'text' | 'json';
}

export type CliArgs = LintArgs | RulesArgs | PlanArgs | ExplainArgs | ShowArgs | { command: 'help'; topic?: string } | { command: 'version' };

const LINT_OPTIONS = {
  output: { type: 'string', short: 'o' },
  'kube-version': { type: 'string' },
  strict: { type: 'boolean' },
  'no-strict': { type: 'boolean' },
  'fail-on': { type: 'string' },
  summary: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  exclude: { type: 'string', multiple: true },
  'schema-location': { type: 'string', multiple: true },
  'ignore-missing-schemas': { type: 'boolean' },
  skip: { type: 'string', multiple: true },
  reject: { type: 'string', multiple: true },
  namespace: { type: 'string', short: 'n' },
  jobs: { type: 'string', short: 'j' },
  cluster: { type: 'string', multiple: true },
  preset: { type: 'string' },
  'assume-complete': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const RULES_OPTIONS = {
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses `argv` (without node and script). Throws `UsageError` with a one-line message. */
export function parseCliArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { command: 'help', topic: rest[0] };
  }
  if (command === '--version' || command === 'version') return { command: 'version' };
  if (command === 'rules') return parseRulesArgs(rest);
  if (command === 'plan') return parsePlanArgs(rest, env);
  if (command === 'explain') return parseExplainArgs(rest, env);
  if (command === 'show') return parseShowArgs(rest, env);
  if (command !== 'lint') throw new UsageError(`unknown command "${command}"; try: kubeplan lint PATH... or kubeplan plan PATH...`);

  const parsed = parseOptions(rest, LINT_OPTIONS);
  const v = parsed.values;
  if (v.help === true) return { command: 'help', topic: 'lint' };
  if (parsed.positionals.length === 0) throw new UsageError('kubeplan lint needs at least one PATH (a file, a directory, or - for stdin)');
  if (v.strict === true && v['no-strict'] === true) throw new UsageError('--strict and --no-strict exclude each other');
  if (v.config !== undefined && v['no-config'] === true) throw new UsageError('--config and --no-config exclude each other');
  if (v.fix === true && v['fix-dry-run'] === true) throw new UsageError('--fix and --fix-dry-run exclude each other');

  let jobs = 1;
  if (v.jobs !== undefined) {
    jobs = Number(v.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64 (got "${v.jobs}")`);
  }
  const color = colorArg(v.color, v['no-color'], env);

  return {
    command: 'lint',
    paths: parsed.positionals,
    output: oneOf('output', v.output ?? 'text', OUTPUT_FORMATS),
    kubeVersion: v['kube-version'] !== undefined ? kubeVersionArg(v['kube-version']) : undefined,
    strict: v.strict === true ? true : v['no-strict'] === true ? false : undefined,
    preset: v.preset !== undefined ? oneOf('preset', v.preset, PRESETS) : undefined,
    assumeComplete: v['assume-complete'] === true ? true : undefined,
    config: v.config,
    noConfig: v['no-config'] === true,
    fix: v.fix === true ? 'write' : v['fix-dry-run'] === true ? 'dry-run' : undefined,
    failOn: oneOf('fail-on', v['fail-on'] ?? 'error', FAIL_ON),
    summaryOnly: v.summary === true,
    quiet: v.quiet === true,
    color,
    exclude: v.exclude ?? [],
    schemaLocations: v['schema-location'] ?? [],
    ignoreMissingSchemas: v['ignore-missing-schemas'] === true,
    skipKinds: v.skip ?? [],
    rejectKinds: v.reject ?? [],
    namespace: v.namespace,
    jobs,
    ...(v.cluster !== undefined ? { cluster: v.cluster } : {}),
  };
}

function parseRulesArgs(rest: readonly string[]): CliArgs {
  const parsed = parseOptions(rest, RULES_OPTIONS);
  if (parsed.values.help === true) return { command: 'help', topic: 'rules' };
  if (parsed.positionals.length > 1) throw new UsageError('kubeplan rules takes at most one rule id');
  const output = oneOf('output', parsed.values.output ?? 'text', ['text', 'json'] as const);
  const id = parsed.positionals[0];
  return id !== undefined ? { command: 'rules', id, output } : { command: 'rules', output };
}
