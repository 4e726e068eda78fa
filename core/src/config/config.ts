import type { RuleInfo } from '../report/lint-report.js';
import type { RuleLevel } from '../rules/rule-config.js';
import type { ObjectIgnore } from '../rules/suppressions.js';

/** Names of the configuration file, looked for in this order in each folder. */
export const CONFIG_FILE_NAMES: readonly string[] = ['.kubeplan.yaml', '.kubeplan.yml'];

/** The presets `preset:` and `--preset` accept. */
export const PRESETS = ['recommended', 'strict', 'none'] as const;
export type PresetName = (typeof PRESETS)[number];

/** A rule's settings in the configuration: its level and parameters. */
export interface ConfiguredRule {
  level?: RuleLevel;
  params?: Record<string, unknown>;
}

/**
 * `.kubeplan.yaml` once read and checked: only its valid parts (each invalid part is a `config-invalid`
 * diagnostic and is left out, so one typo does not discard the whole file).
 */
export interface KubeplanConfig {
  /** The file it was read from, as shown in diagnostics. */
  file: string;
  preset?: PresetName;
  /** Normalised to `X.Y`. */
  kubeVersion?: string;
  strict?: boolean;
  assumeComplete?: boolean;
  rules: Record<string, ConfiguredRule>;
  ignore: { paths: string[]; objects: ObjectIgnore[] };
  schemaLocations: string[];
  skipKinds: string[];
  /** Files and directories with the cluster's Node objects (`cluster:`, like --cluster), as written; absent when not set. */
  cluster?: string[];
}

/** A configuration with nothing set. */
export function emptyConfig(file: string): KubeplanConfig {
  return { file, rules: {}, ignore: { paths: [], objects: [] }, schemaLocations: [], skipKinds: [] };
}

/** What the configuration checks rule ids and parameters against: every rule id, with its parameter defaults. */
export interface RuleCatalogEntry {
  id: string;
  params?: Readonly<Record<string, unknown>>;
}

export const CONFIG_INVALID_RULE: RuleInfo = {
  id: 'config-invalid',
  defaultSeverity: 'error',
  summary: 'The configuration file (.kubeplan.yaml) has an unknown key, a wrong type or an unknown rule id; that part is ignored.',
};
