/**
 * Lint + plan through core's public API, configured as `kubeplan plan` configures itself: `.kubeplan.yaml`
 * (or the `config` input), `kube-version`, `cluster`, and the base revision. Returns the plan document and the
 * lint report of its findings (for SARIF and the annotations).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  ALL_RULES,
  LINT_RULES,
  VERSION,
  compareDiagnostics,
  findConfigFile,
  parseConfig,
  planPaths,
  resolveSettings,
  ruleCatalog,
  ruleInfo,
  summarize,
  type ConfigFs,
  type Diagnostic,
  type LintReport,
  type PlanDocument,
} from '@kubeplan/core';

export interface PlanRequest {
  paths: readonly string[];
  cwd: string;
  config?: string;
  kubeVersion?: string;
  cluster: readonly string[];
  base?: string;
}

export interface PlanResult {
  document: PlanDocument;
  report: LintReport;
}

const nodeFs: ConfigFs = {
  exists: (file) => existsSync(file),
  isDirectory: (file) => statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false,
};

function loadConfig(req: PlanRequest): ReturnType<typeof parseConfig> | undefined {
  const file = req.config !== undefined ? path.resolve(req.cwd, req.config) : findConfigFile(req.paths, req.cwd, nodeFs);
  if (file === undefined) return undefined;
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return parseConfig(text, path.relative(req.cwd, file) || file, ruleCatalog(LINT_RULES));
}

/** The findings as a lint report: what `renderSarif` and `renderGithub` take. */
export function reportOf(document: PlanDocument): LintReport {
  const d = document.diagnostics;
  const errorObjects = new Set(d.filter((x) => x.severity === 'error' && x.object !== undefined).map((x) => x.object));
  const declared = document.objects.filter((o) => !o.generated);
  const objects = declared.map((o) => ({ ref: `${o.kind}/${o.namespace === undefined ? '' : `${o.namespace}/`}${o.name}` }));
  const files = new Set(declared.map((o) => o.file).filter((f): f is string => f !== undefined));
  const summary = summarize(d, objects.map((o) => ({ hasError: errorObjects.has(o.ref) })), files.size, 0);
  return { diagnostics: d, summary, rules: [...LINT_RULES, ...ALL_RULES.map(ruleInfo)], kubeVersion: document.kubeVersion, toolVersion: VERSION };
}

export async function runPlan(req: PlanRequest): Promise<PlanResult> {
  const loaded = loadConfig(req);
  const settings = resolveSettings(loaded?.config, { kubeVersion: req.kubeVersion, cluster: req.cluster.map((p) => path.resolve(req.cwd, p)) }, req.cwd);
  const run = await planPaths(req.paths, {
    clusterPaths: settings.clusterPaths,
    kubeVersion: settings.kubeVersion,
    rules: settings.rules,
    strict: settings.strict,
    schemaLocations: settings.schemaLocations,
    skipKinds: settings.skipKinds,
    exclude: settings.exclude,
    ignoreObjects: settings.ignoreObjects,
    cwd: req.cwd,
    ...(req.base === undefined ? {} : { base: req.base }),
  });
  const extra: Diagnostic[] = loaded?.diagnostics ?? [];
  const document = extra.length === 0 ? run.document : { ...run.document, diagnostics: [...run.document.diagnostics, ...extra].sort(compareDiagnostics) };
  return { document, report: reportOf(document) };
}
