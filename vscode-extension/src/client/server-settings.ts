/**
 * VS Code's `kubeplan.*` settings → the language server's settings section (lsp/src/settings.ts): empty values
 * are left out so `.kubeplan.yaml` applies, a single cluster file becomes a list, editor-only keys
 * (`trace`) are dropped. The same values become core CLI flags for the plans the server cannot make yet.
 */
export type RuleLevel = 'error' | 'warning' | 'info' | 'off';

export interface ServerSettings {
  kubeVersion?: string;
  clusterFile?: string[];
  configFile?: string;
  rules: Record<string, RuleLevel>;
  strict?: boolean;
}

/** What `vscode.workspace.getConfiguration('kubeplan')` offers. */
export interface SettingsReader {
  get(key: string): unknown;
}

const LEVELS: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'off']);

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function serverSettings(config: SettingsReader): ServerSettings {
  const out: ServerSettings = { rules: {} };
  const kubeVersion = text(config.get('kubeVersion'));
  if (kubeVersion !== undefined) out.kubeVersion = kubeVersion.replace(/^v/, '');
  const cluster = config.get('clusterFile');
  const files = (Array.isArray(cluster) ? cluster : [cluster]).map(text).filter((f): f is string => f !== undefined);
  if (files.length > 0) out.clusterFile = files;
  const configFile = text(config.get('configFile'));
  if (configFile !== undefined) out.configFile = configFile;
  const strict = config.get('strict');
  if (typeof strict === 'boolean') out.strict = strict;
  const rules = config.get('rules');
  if (rules !== null && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [id, level] of Object.entries(rules)) if (typeof level === 'string' && LEVELS.has(level)) out.rules[id] = level as RuleLevel;
  }
  return out;
}

/** The same settings as `kubeplan plan` flags (rule levels have no flag: they come from the configuration). */
export function cliFlags(s: ServerSettings): string[] {
  const flags: string[] = [];
  if (s.kubeVersion !== undefined) flags.push('--kube-version', s.kubeVersion);
  for (const f of s.clusterFile ?? []) flags.push('--cluster', f);
  if (s.configFile !== undefined) flags.push('--config', s.configFile);
  if (s.strict !== undefined) flags.push(s.strict ? '--strict' : '--no-strict');
  return flags;
}
