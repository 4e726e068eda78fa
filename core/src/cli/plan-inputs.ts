import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import { resolveSettings } from '../config/resolve-settings.js';
import type { PlanDocument } from '../plan/plan-document.js';
import { planPaths, type PlanPathsOptions, type PlanRun } from '../simulate/plan-paths.js';
import { loadRunConfig } from './cli-config.js';
import type { PlanArgs, PlanInputArgs } from './plan-args.js';
import type { CliIo } from './run-cli.js';

/** A plan run as `plan` and `explain` show it: the engine's result plus what the CLI itself found. */
export interface CliPlanRun extends PlanRun {
  /** Inputs that could not be read (`io-error`): one stderr line each, exit code 2. */
  ioErrors: Diagnostic[];
}

/**
 * Runs the engine as `kubeplan lint` would configure it: `.kubeplan.yaml` (or --config) and the flags decide
 * the rules, the Kubernetes version, strictness and the cluster (`--cluster` replaces the file's `cluster:`).
 * The configuration's own problems join the plan's diagnostics, as they join lint's report.
 */
export async function runPlanPaths(args: PlanInputArgs & Partial<Pick<PlanArgs, 'base' | 'baseCluster' | 'prune'>>, io: CliIo, explain: readonly string[]): Promise<CliPlanRun> {
  const { config, diagnostics: configProblems } = loadRunConfig(args, io.cwd);
  const settings = resolveSettings(config, { preset: args.preset, kubeVersion: args.kubeVersion, strict: args.strict, assumeComplete: args.assumeComplete, cluster: args.cluster }, io.cwd);
  const run = await planPaths(args.paths, {
    clusterPaths: settings.clusterPaths,
    nodes: args.nodes,
    kubeVersion: settings.kubeVersion,
    now: args.now,
    namespace: args.namespace,
    rules: settings.rules,
    strict: settings.strict,
    schemaLocations: settings.schemaLocations,
    skipKinds: settings.skipKinds,
    exclude: settings.exclude,
    ignoreObjects: settings.ignoreObjects,
    cwd: io.cwd,
    readStdin: io.readStdin,
    explain,
    ...baseOptions(args),
  });
  const document = withDiagnostics(run.document, configProblems);
  return { ...run, document, ioErrors: document.diagnostics.filter((d) => d.rule === 'io-error') };
}

/** `--base`, `--base-cluster`, `--no-prune` (plan only; `explain` plans without a base). */
function baseOptions(args: Partial<Pick<PlanArgs, 'base' | 'baseCluster' | 'prune'>>): Pick<PlanPathsOptions, 'base' | 'baseClusterPaths' | 'prune'> {
  return {
    ...(args.base === undefined ? {} : { base: args.base }),
    ...(args.baseCluster === undefined ? {} : { baseClusterPaths: args.baseCluster }),
    ...(args.prune === undefined ? {} : { prune: args.prune }),
  };
}

function withDiagnostics(doc: PlanDocument, extra: readonly Diagnostic[]): PlanDocument {
  return extra.length === 0 ? doc : { ...doc, diagnostics: [...doc.diagnostics, ...extra].sort(compareDiagnostics) };
}

/** `namespace/name` of a pod as `--explain` and `explain pod` name it: a bare name is in `-n`'s namespace. */
export function podKey(pod: string, namespace: string | undefined): string {
  return pod.includes('/') ? pod : `${namespace ?? 'default'}/${pod}`;
}

/** Up to five pods of the plan a mistyped name may have meant: those sharing its namespace and a name prefix first. */
export function podCandidates(doc: PlanDocument, key: string): string[] {
  const [namespace = '', name = ''] = key.split('/');
  const all = doc.pods.map((p) => `${p.namespace}/${p.name}`);
  const score = (p: string): number => {
    const [ns = '', n = ''] = p.split('/');
    return (ns === namespace ? 2 : 0) + (n.startsWith(name) || name.startsWith(n) ? 4 : n.includes(name) ? 1 : 0);
  };
  return all
    .map((p, i) => ({ p, s: score(p), i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, 5)
    .map((x) => x.p);
}
