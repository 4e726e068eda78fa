import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  createValidator,
  findConfigFile,
  LINT_RULES,
  loadClusterNodes,
  parseConfig,
  resolveSettings,
  ruleCatalog,
  SchemaRegistry,
  type ClusterNodes,
  type ConfigFs,
  type Diagnostic,
  type LintFileOptions,
  type ObjectIgnore,
  type RuleSettings,
  type Validator,
} from '@kubeplan/core';
import type { KubeplanSettings } from '../settings.js';

const nodeFs: ConfigFs = {
  exists: (file) => existsSync(file),
  isDirectory: (file) => statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false,
};

/**
 * Everything a workspace is checked with: the configuration file merged with the editor settings (settings
 * win, as flags do on the command line), the schema registry, the validator and the cluster's nodes.
 */
export interface Project {
  /** Workspace folders (absolute paths); the first one resolves relative settings. */
  roots: readonly string[];
  configFile?: string;
  /** `config-invalid` findings of the configuration file. */
  configDiagnostics: Diagnostic[];
  rules: RuleSettings;
  strict?: boolean;
  kubeVersion?: string;
  namespace: string;
  skipKinds: readonly string[];
  ignoreObjects: readonly ObjectIgnore[];
  /** `ignore.paths` globs, absolute. */
  exclude: string[];
  clusterPaths?: string[];
  cluster?: ClusterNodes;
  registry: SchemaRegistry;
  validator: Validator;
  /** What could not be used, one line each (shown to the user once). */
  problems: string[];
}

function readConfig(file: string, problems: string[]): { config?: ReturnType<typeof parseConfig>['config']; diagnostics: Diagnostic[] } {
  try {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    return parseConfig(text, file, ruleCatalog(LINT_RULES));
  } catch (err) {
    problems.push(`cannot read the configuration file ${file}: ${err instanceof Error ? err.message : String(err)}`);
    return { diagnostics: [] };
  }
}

/** The validator, and the target version when the one asked for is valid. */
function validatorFor(registry: SchemaRegistry, strict: boolean | undefined, kubeVersion: string | undefined, problems: string[]): { validator: Validator; kubeVersion?: string } {
  try {
    const validator = createValidator(registry, { strict, kubeVersion });
    return kubeVersion === undefined ? { validator } : { validator, kubeVersion: validator.kubeVersion };
  } catch (err) {
    problems.push(`${err instanceof Error ? err.message : String(err)}; using the built-in schema's version`);
    return { validator: createValidator(registry, { strict }) };
  }
}

/** Reads the configuration and the cluster of a workspace; never throws (problems are collected). */
export async function loadProject(roots: readonly string[], settings: KubeplanSettings): Promise<Project> {
  const problems: string[] = [];
  const root = roots[0] ?? process.cwd();
  const configFile =
    settings.configFile !== undefined ? path.resolve(root, settings.configFile) : roots.map((r) => findConfigFile([r], r, nodeFs)).find((f) => f !== undefined);
  const { config, diagnostics } = configFile === undefined ? { config: undefined, diagnostics: [] } : readConfig(configFile, problems);
  const clusterFlag = settings.clusterFile?.map((f) => path.resolve(root, f));
  const resolved = resolveSettings(config, { kubeVersion: settings.kubeVersion, strict: settings.strict, cluster: clusterFlag }, root);
  const rules: RuleSettings = { ...resolved.rules, rules: { ...resolved.rules.rules } };
  for (const [id, level] of Object.entries(settings.rules)) rules.rules = { ...rules.rules, [id]: { ...rules.rules[id], level } };
  const registry = SchemaRegistry.load();
  const { validator, kubeVersion } = validatorFor(registry, resolved.strict, resolved.kubeVersion, problems);
  const project: Project = {
    roots,
    configDiagnostics: diagnostics,
    rules,
    namespace: 'default',
    skipKinds: resolved.skipKinds,
    ignoreObjects: resolved.ignoreObjects,
    exclude: resolved.exclude,
    registry,
    validator,
    problems,
  };
  if (configFile !== undefined) project.configFile = configFile;
  if (resolved.strict !== undefined) project.strict = resolved.strict;
  if (kubeVersion !== undefined) project.kubeVersion = kubeVersion;
  if (resolved.clusterPaths !== undefined && resolved.clusterPaths.length > 0) {
    project.clusterPaths = resolved.clusterPaths;
    const cluster = await loadClusterNodes(resolved.clusterPaths);
    for (const d of cluster.diagnostics.filter((x) => x.severity === 'error')) problems.push(`cluster ${d.file}: ${d.message}`);
    project.cluster = { nodes: cluster.nodes };
  }
  return project;
}

/** The options `lintFile` needs from a project. */
export function lintOptionsOf(project: Project): Omit<LintFileOptions, 'onRuleError' | 'ruleSet'> {
  return {
    validator: project.validator,
    registry: project.registry,
    strict: project.strict,
    skipKinds: project.skipKinds,
    namespace: project.namespace,
    rules: project.rules,
    cluster: project.cluster,
    ignoreObjects: project.ignoreObjects,
  };
}
