/**
 * The editor settings of the server (section `kubeplan` of `workspace/configuration`, or
 * `initializationOptions`). They win over `.kubeplan.yaml`, as command-line flags do for the CLI.
 */
import type { RuleLevel } from '@kubeplan/core';

export interface KubeplanSettings {
  /** Target Kubernetes version (`1.30`); default: the configuration file's, else the built-in schema's. */
  kubeVersion?: string;
  /** Files or folders with the cluster's Node objects (relative to the workspace folder); replace `cluster:`. */
  clusterFile?: string[];
  /** The configuration file to use instead of the `.kubeplan.yaml` found in the workspace. */
  configFile?: string;
  /** Rule levels over the configuration's: `{ "latest-tag": "off", "pdb-missing": "warning" }`. */
  rules: Record<string, RuleLevel>;
  /** Unknown fields are errors (default: the configuration's, else true). */
  strict?: boolean;
}

const LEVELS: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'off']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Reads settings sent by a client, whatever their shape: the `kubeplan` section itself or an object holding
 * it, unknown keys and wrong types left out (each one a line in `problems`).
 */
export function readSettings(raw: unknown, problems: string[] = []): KubeplanSettings {
  const section = isRecord(raw) && isRecord(raw.kubeplan) ? raw.kubeplan : raw;
  const out: KubeplanSettings = { rules: {} };
  if (!isRecord(section)) return out;
  const { kubeVersion, clusterFile, configFile, rules, strict } = section;
  if (typeof kubeVersion === 'string' && kubeVersion.trim() !== '') out.kubeVersion = kubeVersion.trim();
  if (typeof clusterFile === 'string' && clusterFile.trim() !== '') out.clusterFile = [clusterFile.trim()];
  else if (Array.isArray(clusterFile)) out.clusterFile = clusterFile.filter((f): f is string => typeof f === 'string' && f !== '');
  if (typeof configFile === 'string' && configFile.trim() !== '') out.configFile = configFile.trim();
  if (typeof strict === 'boolean') out.strict = strict;
  if (isRecord(rules)) {
    for (const [id, level] of Object.entries(rules)) {
      if (typeof level === 'string' && LEVELS.has(level)) out.rules[id] = level as RuleLevel;
      else problems.push(`kubeplan.rules.${id}: expected error, warning, info or off, got ${JSON.stringify(level)}`);
    }
  }
  return out;
}

/** `over`'s settings where it has them, `base`'s elsewhere (rule levels merged id by id). */
export function mergeSettings(base: KubeplanSettings, over: KubeplanSettings): KubeplanSettings {
  return { ...base, ...over, rules: { ...base.rules, ...over.rules } };
}
