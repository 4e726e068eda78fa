import { PRESETS, type PresetName } from '../config/config.js';
import { SEVERITIES, type Severity } from '../diagnostic.js';
import { UsageError } from '../errors.js';
import { colorArg, kubeVersionArg, oneOf, parseOptions, type OptionValues } from './arg-values.js';

/** The `--output` formats of `kubeplan plan`. */
export const PLAN_OUTPUT_FORMATS = ['text', 'json', 'markdown'] as const;
export type PlanOutputFormat = (typeof PLAN_OUTPUT_FORMATS)[number];

/**
 * When `kubeplan plan` exits 1: diagnostics at or above `severity` and rejected objects (unless `none`), and
 * Pending pods when `pending` is set. `--fail-on error` (the default), `--fail-on warning,pending`, `--fail-on none`.
 */
export interface PlanFailOn {
  severity: Severity | 'none';
  pending: boolean;
}

/** The flags `plan` and `explain` share: inputs, the model cluster, the clock and the rules configuration. */
export interface PlanInputArgs {
  /** Files, directories or `-`; the current directory when none is given, like terraform. */
  paths: string[];
  /** --cluster FILE|DIR (repeatable); undefined when not given (the configuration's `cluster:` applies). */
  cluster?: string[];
  /** --nodes SPEC (repeatable). */
  nodes: string[];
  kubeVersion?: string;
  /** --now: the simulation clock; undefined: the current time. */
  now?: Date;
  namespace?: string;
  config?: string;
  noConfig: boolean;
  preset?: PresetName;
  strict?: boolean;
  assumeComplete?: boolean;
  color?: boolean;
}

export interface PlanArgs extends PlanInputArgs {
  command: 'plan';
  output: PlanOutputFormat;
  /** --explain POD (repeatable): `namespace/name` or `name`. */
  explain: string[];
  failOn: PlanFailOn;
  /** --base REF|PATH: the previous manifests (a file or folder, else a git revision of the inputs' repository). */
  base?: string;
  /** --base-cluster FILE|DIR (repeatable): the cluster before the change; default: the same as after. */
  baseCluster?: string[];
  /** False with --no-prune: base objects the new manifests no longer declare are kept, not deleted. */
  prune?: false;
  /** --detailed-exitcode: terraform's 0 (no changes), 1 (errors), 2 (changes). */
  detailedExitcode?: true;
  /** --out FILE: also write the JSON plan document there (for `kubeplan show`). */
  out?: string;
}

/** `kubeplan show PLAN.json`: a saved plan rendered again. */
export interface ShowArgs {
  command: 'show';
  file: string;
  output: PlanOutputFormat;
  color?: boolean;
}

export interface ExplainArgs extends PlanInputArgs {
  command: 'explain';
  /** `namespace/name` or `name`. */
  pod: string;
  output: 'text' | 'json';
}

const INPUT_OPTIONS = {
  cluster: { type: 'string', multiple: true },
  nodes: { type: 'string', multiple: true },
  'kube-version': { type: 'string' },
  now: { type: 'string' },
  namespace: { type: 'string', short: 'n' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  preset: { type: 'string' },
  strict: { type: 'boolean' },
  'no-strict': { type: 'boolean' },
  'assume-complete': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

const PLAN_OPTIONS = {
  ...INPUT_OPTIONS,
  explain: { type: 'string', multiple: true },
  'fail-on': { type: 'string', multiple: true },
  base: { type: 'string' },
  'base-cluster': { type: 'string', multiple: true },
  'no-prune': { type: 'boolean' },
  'detailed-exitcode': { type: 'boolean' },
  out: { type: 'string' },
} as const;

const SHOW_OPTIONS = {
  output: { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** kubectl's spellings of the one resource `explain` knows. */
const POD_WORDS: readonly string[] = ['pod', 'pods', 'po'];

type InputValues = OptionValues<typeof INPUT_OPTIONS>;

function inputArgs(v: InputValues, paths: string[], env: Readonly<Record<string, string | undefined>>): PlanInputArgs {
  if (v.strict === true && v['no-strict'] === true) throw new UsageError('--strict and --no-strict exclude each other');
  if (v.config !== undefined && v['no-config'] === true) throw new UsageError('--config and --no-config exclude each other');
  const out: PlanInputArgs = {
    paths: paths.length > 0 ? paths : ['.'],
    nodes: v.nodes ?? [],
    noConfig: v['no-config'] === true,
    color: colorArg(v.color, v['no-color'], env),
  };
  if (v.cluster !== undefined) out.cluster = v.cluster;
  if (v['kube-version'] !== undefined) out.kubeVersion = kubeVersionArg(v['kube-version']);
  if (v.now !== undefined) out.now = nowArg(v.now);
  if (v.namespace !== undefined) out.namespace = v.namespace;
  if (v.config !== undefined) out.config = v.config;
  if (v.preset !== undefined) out.preset = oneOf('preset', v.preset, PRESETS);
  if (v.strict === true || v['no-strict'] === true) out.strict = v.strict === true;
  if (v['assume-complete'] === true) out.assumeComplete = true;
  return out;
}

/** An ISO 8601 date-time (`2025-01-01T00:00:00Z`) or date (`2025-01-01`, midnight UTC). */
function nowArg(value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/i.test(value.trim()) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--now must be an ISO 8601 time such as 2025-01-01T09:00:00Z (got "${value}")`);
  }
  return date;
}

/** `error`, `warning,pending`, `none` (repeatable or comma-separated) → when the plan fails. */
function failOnArg(values: readonly string[]): PlanFailOn {
  const words = values.flatMap((v) => v.split(',')).map((w) => w.trim()).filter((w) => w !== '');
  const allowed = [...SEVERITIES, 'pending', 'none'] as const;
  for (const w of words) oneOf('fail-on', w, allowed);
  if (words.includes('none')) {
    if (words.length > 1) throw new UsageError('--fail-on none cannot be combined with other values');
    return { severity: 'none', pending: false };
  }
  // The lowest severity named wins: `warning` also fails on errors.
  const severity = [...SEVERITIES].reverse().find((s) => words.includes(s)) ?? 'error';
  return { severity, pending: words.includes('pending') };
}

/** `kubeplan plan [PATH...] [flags]`. */
export function parsePlanArgs(rest: readonly string[], env: Readonly<Record<string, string | undefined>>): PlanArgs | { command: 'help'; topic: string } {
  const { values: v, positionals } = parseOptions(rest, PLAN_OPTIONS);
  if (v.help === true) return { command: 'help', topic: 'plan' };
  const output = oneOf('output', v.output ?? 'text', PLAN_OUTPUT_FORMATS);
  const explain = v.explain ?? [];
  if (explain.length > 0 && output === 'json') {
    throw new UsageError('--explain does not fit in the JSON plan document; use kubeplan explain pod NAMESPACE/NAME -o json');
  }
  if (v.base === '') throw new UsageError('--base needs a git revision or a file or folder (got "")');
  if (v['no-prune'] === true && v.base === undefined) throw new UsageError('--no-prune needs --base: without a base nothing is pruned');
  if (v.out === '') throw new UsageError('--out needs a file name');
  return {
    command: 'plan',
    ...inputArgs(v, positionals, env),
    output,
    explain,
    failOn: failOnArg(v['fail-on'] ?? []),
    ...(v.base === undefined ? {} : { base: v.base }),
    ...(v['base-cluster'] === undefined ? {} : { baseCluster: v['base-cluster'] }),
    ...(v['no-prune'] === true ? { prune: false as const } : {}),
    ...(v['detailed-exitcode'] === true ? { detailedExitcode: true as const } : {}),
    ...(v.out === undefined ? {} : { out: v.out }),
  };
}

/** `kubeplan show PLAN.json [-o text|json|markdown]`. */
export function parseShowArgs(rest: readonly string[], env: Readonly<Record<string, string | undefined>>): ShowArgs | { command: 'help'; topic: string } {
  const { values: v, positionals } = parseOptions(rest, SHOW_OPTIONS);
  if (v.help === true) return { command: 'help', topic: 'show' };
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('usage: kubeplan show PLAN.json [-o text|json|markdown] (a plan saved with kubeplan plan --out PLAN.json)');
  const color = colorArg(v.color, v['no-color'], env);
  return { command: 'show', file, output: oneOf('output', v.output ?? 'text', PLAN_OUTPUT_FORMATS), ...(color === undefined ? {} : { color }) };
}

/** `kubeplan explain pod NAMESPACE/NAME [PATH...] [flags]`. */
export function parseExplainArgs(rest: readonly string[], env: Readonly<Record<string, string | undefined>>): ExplainArgs | { command: 'help'; topic: string } {
  const { values: v, positionals } = parseOptions(rest, INPUT_OPTIONS);
  if (v.help === true) return { command: 'help', topic: 'explain' };
  const [kind, pod, ...paths] = positionals;
  const usage = 'usage: kubeplan explain pod NAMESPACE/NAME [PATH...]';
  if (kind === undefined) throw new UsageError(usage);
  // `pod/web` and `pod web` both, as kubectl accepts.
  const slash = kind.indexOf('/');
  if (slash > 0 && POD_WORDS.includes(kind.slice(0, slash).toLowerCase())) return explainArgs(v, kind.slice(slash + 1), positionals.slice(1), env);
  if (pod === undefined) throw new UsageError(usage);
  if (!POD_WORDS.includes(kind.toLowerCase())) throw new UsageError(`kubeplan explain knows pods only (got "${kind}"); usage: kubeplan explain pod NAMESPACE/NAME [PATH...]`);
  return explainArgs(v, pod, paths, env);
}

function explainArgs(v: InputValues, pod: string, paths: string[], env: Readonly<Record<string, string | undefined>>): ExplainArgs {
  if (pod === '' || pod.split('/').length > 2 || pod.split('/').some((part) => part === '')) {
    throw new UsageError(`kubeplan explain pod needs NAMESPACE/NAME or NAME (got "${pod}")`);
  }
  return { command: 'explain', ...inputArgs(v, paths, env), pod, output: oneOf('output', v.output ?? 'text', ['text', 'json'] as const) };
}
