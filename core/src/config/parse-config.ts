import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostic.js';
import type { PathSegment } from '../load/json-path.js';
import type { PositionMap } from '../load/types.js';
import { positionsFromText } from '../load/lazy-positions.js';
import { loadText } from '../load/load-text.js';
import { parseDocumentText } from '../load/parse-document.js';
import { splitDocuments } from '../load/split-documents.js';
import type { ObjectIgnore } from '../rules/suppressions.js';
import { describeActual } from '../schema/describe-value.js';
import { CONFIG_INVALID_RULE, emptyConfig, type KubeplanConfig, type PresetName, type RuleCatalogEntry } from './config.js';
import { checkIgnoredRules, checkRuleSetting, type ConfigReporter } from './config-rules.js';
import { compileConfigSchema, configSchemaProblems } from './config-schema.js';

export interface ConfigLoadResult {
  config: KubeplanConfig;
  /** `config-invalid` problems, positioned in the configuration file. */
  diagnostics: Diagnostic[];
}

type Mapping = Record<string, unknown>;

function isMapping(v: unknown): v is Mapping {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Rule ids the loader's YAML problems carry; in a configuration file they are `config-invalid`. */
const YAML_PROBLEMS = new Set(['yaml-syntax', 'yaml-duplicate-key', 'yaml-tab-indent', 'yaml-alias-limit', 'invalid-encoding']);

/**
 * Reads `.kubeplan.yaml` from its text: YAML problems (through the manifest loader, so they are positioned
 * the same way), the shipped JSON schema, then rule ids and parameters against `catalog`. Every problem is a
 * positioned `config-invalid` error and only the part it concerns is left out: a misspelt rule id does not
 * discard the rest of the file. A file that is not valid YAML is not used at all. Never throws on bad input.
 *
 * @param catalog every rule id kubeplan knows, with parameter defaults (`ALL_RULES` metadata plus `LINT_RULES`)
 */
export function parseConfig(text: string, file: string, catalog: readonly RuleCatalogEntry[], validate: ValidateFunction = compileConfigSchema()): ConfigLoadResult {
  const config = emptyConfig(file);
  const diagnostics: Diagnostic[] = [];
  const add = (range: Diagnostic['range'], message: string): void => {
    diagnostics.push({ rule: CONFIG_INVALID_RULE.id, severity: 'error', message, file, range });
  };
  for (const d of loadText(text, file).diagnostics) if (YAML_PROBLEMS.has(d.rule)) add(d.range, d.message);
  const slices = text.includes('\0') ? [] : splitDocuments(text).filter((s) => s.hasContent);
  const first = slices[0];
  if (first === undefined) return { config, diagnostics };
  const positionsOf = positionsFromText(text, file);
  for (const extra of slices.slice(1)) add(positionsOf(extra.index).documentRange, 'the configuration is a single YAML document; this one is ignored');
  const positions = positionsOf(first.index);
  const parsed = parseDocumentText(text.slice(first.start, first.end));
  // What a parser recovers from broken YAML is a guess: report the YAML error alone and use none of the file.
  if (parsed.partial) return { config, diagnostics };
  const value = parsed.value;
  if (value === null || value === undefined) return { config, diagnostics };
  if (!isMapping(value)) {
    add(positions.documentRange, `the configuration must be a mapping of settings, not ${describeActual(value)}`);
    return { config, diagnostics };
  }
  asWritten(value, positions);

  const drops: PathSegment[][] = [];
  for (const p of configSchemaProblems(validate, value)) {
    add(positions.locate(p.path, p.on), p.message);
    drops.push(p.drop);
  }
  const report: ConfigReporter = (path, on, message) => add(positions.locate(path, on), message);
  fill(config, value, (path) => drops.some((d) => d.length <= path.length && d.every((s, i) => s === path[i])), catalog, report);
  return { config, diagnostics };
}

/**
 * The configuration is read like manifests, as YAML 1.1, where `off` is the boolean false and `1.30` the
 * number 1.3. Where a level or a version is expected, take the value as written.
 */
function asWritten(value: Mapping, positions: PositionMap): void {
  if (typeof value.kubeVersion === 'number') value.kubeVersion = positions.scalarSource(['kubeVersion']) ?? String(value.kubeVersion);
  const isOff = (path: PathSegment[]): boolean => positions.scalarSource(path)?.toLowerCase() === 'off';
  if (!isMapping(value.rules)) return;
  for (const [id, setting] of Object.entries(value.rules)) {
    if (setting === false && isOff(['rules', id])) value.rules[id] = 'off';
    else if (isMapping(setting) && setting.level === false && isOff(['rules', id, 'level'])) setting.level = 'off';
  }
}

/** Copies the valid parts of `value` into `config`. */
function fill(config: KubeplanConfig, value: Mapping, dropped: (path: PathSegment[]) => boolean, catalog: readonly RuleCatalogEntry[], report: ConfigReporter): void {
  const has = (key: string): boolean => value[key] !== undefined && !dropped([key]);
  if (has('preset')) config.preset = value.preset as PresetName;
  if (has('kubeVersion')) {
    const m = /^v?(\d+)\.(\d+)/.exec(value.kubeVersion as string);
    if (m) config.kubeVersion = `${m[1]}.${m[2]}`;
  }
  if (has('strict')) config.strict = value.strict as boolean;
  if (has('assume-complete')) config.assumeComplete = value['assume-complete'] as boolean;
  const list = (path: PathSegment[], items: unknown): string[] =>
    Array.isArray(items) && !dropped(path) ? items.filter((item, i): item is string => typeof item === 'string' && !dropped([...path, i])) : [];
  config.schemaLocations = list(['schemaLocations'], value.schemaLocations);
  config.skipKinds = list(['skipKinds'], value.skipKinds);
  // `cluster: nodes.yaml` or a list of files and directories.
  const cluster = typeof value.cluster === 'string' && !dropped(['cluster']) ? [value.cluster] : list(['cluster'], value.cluster);
  if (cluster.length > 0) config.cluster = cluster;
  if (isMapping(value.rules) && !dropped(['rules'])) {
    for (const [id, written] of Object.entries(value.rules)) {
      if (dropped(['rules', id])) continue;
      const setting = checkRuleSetting(id, written, catalog, report);
      if (setting !== undefined) config.rules[id] = setting;
    }
  }
  const ignore = isMapping(value.ignore) && !dropped(['ignore']) ? value.ignore : {};
  config.ignore.paths = list(['ignore', 'paths'], ignore.paths);
  const objects = Array.isArray(ignore.objects) && !dropped(['ignore', 'objects']) ? ignore.objects : [];
  objects.forEach((entry: unknown, i) => {
    if (!isMapping(entry) || dropped(['ignore', 'objects', i])) return;
    const rules = checkIgnoredRules(entry.rules as string[], ['ignore', 'objects', i, 'rules'], catalog, report);
    if (rules.length === 0) return;
    const out: ObjectIgnore = { rules };
    for (const key of ['kind', 'namespace', 'name'] as const) if (typeof entry[key] === 'string') out[key] = entry[key];
    config.ignore.objects.push(out);
  });
}

