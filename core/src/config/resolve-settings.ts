import path from 'node:path';
import type { LintPathsOptions } from '../lint/lint-paths.js';
import type { RuleSettings } from '../rules/rule-config.js';
import type { KubeplanConfig, PresetName } from './config.js';

/** The command-line flags that have a counterpart in the configuration file (undefined: not given). */
export interface SettingFlags {
  preset?: PresetName;
  kubeVersion?: string;
  strict?: boolean;
  assumeComplete?: boolean;
  schemaLocations?: readonly string[];
  skipKinds?: readonly string[];
  exclude?: readonly string[];
  /** --cluster paths; when given they replace the file's `cluster:` (a what-if against another cluster). */
  cluster?: readonly string[];
}

/** The lint options a configuration and flags decide. */
export type ResolvedSettings = Required<Pick<LintPathsOptions, 'rules' | 'schemaLocations' | 'skipKinds' | 'exclude' | 'ignoreObjects'>> &
  Pick<LintPathsOptions, 'kubeVersion' | 'strict'> & {
    /** Files and directories of the cluster to load (`loadClusterNodes`); absent: no cluster. */
    clusterPaths?: string[];
  };

/** `scheme://...`, `default`, and absolute paths are kept; other locations are relative to the configuration's folder. */
function fromConfigDir(location: string, dir: string): string {
  if (location === 'default' || /^[a-z][a-z0-9+.-]*:\/\//i.test(location) || path.isAbsolute(location)) return location;
  return path.join(dir, location);
}

/** An `ignore.paths` glob made absolute, with the folder's own glob characters escaped. */
function absoluteGlob(glob: string, dir: string): string {
  const base = dir.replaceAll('\\', '/').replace(/[*?[\]{}()!+@]/g, '\\$&');
  return glob.startsWith('/') ? glob : `${base.replace(/\/$/, '')}/${glob.replace(/^\.\//, '')}`;
}

/**
 * Merges the configuration file with the flags: a flag wins over the file, the file over the defaults. List
 * flags (`--schema-location`, `--skip`, `--exclude`) add to the file's lists rather than replace them;
 * `--cluster` replaces the file's `cluster:` (checking against another cluster is the point of giving it).
 *
 * @param cwd the folder `config.file` is relative to
 */
export function resolveSettings(config: KubeplanConfig | undefined, flags: SettingFlags, cwd: string): ResolvedSettings {
  const dir = config !== undefined ? path.dirname(path.resolve(cwd, config.file)) : '';
  const rules: RuleSettings = {
    preset: flags.preset ?? config?.preset ?? 'recommended',
    rules: config?.rules ?? {},
    assumeComplete: flags.assumeComplete ?? config?.assumeComplete ?? false,
  };
  const out: ResolvedSettings = {
    rules,
    schemaLocations: [...(config?.schemaLocations.map((l) => fromConfigDir(l, dir)) ?? []), ...(flags.schemaLocations ?? [])],
    skipKinds: [...(config?.skipKinds ?? []), ...(flags.skipKinds ?? [])],
    exclude: [...(config?.ignore.paths.map((g) => absoluteGlob(g, dir)) ?? []), ...(flags.exclude ?? [])],
    ignoreObjects: config?.ignore.objects ?? [],
  };
  const cluster = flags.cluster !== undefined && flags.cluster.length > 0 ? [...flags.cluster] : config?.cluster?.map((p) => path.resolve(dir, p));
  if (cluster !== undefined) out.clusterPaths = cluster;
  const kubeVersion = flags.kubeVersion ?? config?.kubeVersion;
  if (kubeVersion !== undefined) out.kubeVersion = kubeVersion;
  const strict = flags.strict ?? config?.strict;
  if (strict !== undefined) out.strict = strict;
  return out;
}
