/** Builders for the scheduling rule tests: nodes as the cluster model holds them, and a rule run against them. */
import type { ClusterNodes, NodeInfo, NodeResources } from '../../../../src/cluster/index.js';
import type { Diagnostic } from '../../../../src/diagnostic.js';
import { loadText } from '../../../../src/load/index.js';
import type { Taint } from '../../../../src/model/toleration.js';
import type { Rule } from '../../../../src/rules/rule.js';
import type { RuleSettings } from '../../../../src/rules/rule-config.js';
import { runRules } from '../../../../src/rules/run-rules.js';

/** A node: `node({ labels: { zone: 'a' } })`; cpu in millicores and memory in bytes, like NodeInfo. */
export function node(fields: { name?: string; labels?: Record<string, string>; taints?: Taint[]; unschedulable?: boolean; allocatable?: Partial<NodeResources> } = {}): NodeInfo {
  return {
    name: fields.name ?? 'node-1',
    labels: fields.labels ?? {},
    taints: fields.taints ?? [],
    unschedulable: fields.unschedulable ?? false,
    ...(fields.allocatable === undefined ? {} : { allocatable: { scalar: {}, ...fields.allocatable } }),
  };
}

export const GiB = 1024 ** 3;

/** Findings of `rule` on the YAML, with `nodes` as the cluster (none: no --cluster), under the strict preset. */
export function check(rule: Rule, yaml: string, nodes?: NodeInfo[], settings: Partial<RuleSettings> = {}): Diagnostic[] {
  const loaded = loadText(yaml, 'test.yaml');
  const bad = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (bad.length > 0) throw new Error(`test YAML does not load: ${bad.map((d) => d.message).join('; ')}`);
  const cluster: ClusterNodes | undefined = nodes === undefined ? undefined : { nodes };
  return runRules(loaded.manifests, [rule], {
    settings: { preset: 'strict', rules: {}, assumeComplete: false, ...settings },
    defaultNamespace: 'default',
    isNamespaced: () => true,
    ...(cluster === undefined ? {} : { cluster }),
  }).diagnostics;
}

/** `line:col message` (1-based) of each finding. */
export function at(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => `${d.range.start.line + 1}:${d.range.start.col + 1} ${d.message}`);
}
