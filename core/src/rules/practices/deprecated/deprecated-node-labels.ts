import type { PathSegment } from '../../../load/json-path.js';
import { asObject, asString, objectItems, type Obj } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Finding, Rule } from '../../rule.js';
import { replaceScalarFix } from './replace-scalar.js';

/** Deprecated well-known node labels and taints, and their replacements. */
const REPLACEMENT: Readonly<Record<string, string>> = {
  'beta.kubernetes.io/os': 'kubernetes.io/os',
  'beta.kubernetes.io/arch': 'kubernetes.io/arch',
  'beta.kubernetes.io/instance-type': 'node.kubernetes.io/instance-type',
  'failure-domain.beta.kubernetes.io/zone': 'topology.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region': 'topology.kubernetes.io/region',
  'node-role.kubernetes.io/master': 'node-role.kubernetes.io/control-plane',
  'node.alpha.kubernetes.io/notReady': 'node.kubernetes.io/not-ready',
  'node.alpha.kubernetes.io/unreachable': 'node.kubernetes.io/unreachable',
};

/** Where a pod spec names node labels or taints: each key or value with its path and role. */
interface Use {
  name: string;
  path: readonly PathSegment[];
  on: 'key' | 'value';
  what: string;
}

function uses(spec: Obj, base: readonly PathSegment[], wanted: (name: string) => boolean): Use[] {
  const out: Use[] = [];
  for (const key of Object.keys(asObject(spec.nodeSelector) ?? {})) if (wanted(key)) out.push({ name: key, path: [...base, 'nodeSelector', key], on: 'key', what: 'nodeSelector' });
  const nodeAffinity = asObject(asObject(spec.affinity)?.nodeAffinity);
  const required = asObject(nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution);
  const terms: { term: Obj; path: readonly PathSegment[] }[] = [
    ...objectItems(required?.nodeSelectorTerms).map(({ item, index }) => ({ term: item, path: [...base, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms', index] })),
    ...objectItems(nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution).map(({ item, index }) => ({ term: asObject(item.preference) ?? {}, path: [...base, 'affinity', 'nodeAffinity', 'preferredDuringSchedulingIgnoredDuringExecution', index, 'preference'] })),
  ];
  for (const { term, path } of terms) {
    for (const { item, index } of objectItems(term.matchExpressions)) {
      const key = asString(item.key);
      if (key !== undefined && wanted(key)) out.push({ name: key, path: [...path, 'matchExpressions', index, 'key'], on: 'value', what: 'node affinity' });
    }
  }
  for (const kind of ['podAffinity', 'podAntiAffinity'] as const) {
    const a = asObject(asObject(spec.affinity)?.[kind]);
    const p = [...base, 'affinity', kind];
    for (const { item, index } of objectItems(a?.requiredDuringSchedulingIgnoredDuringExecution)) {
      const key = asString(item.topologyKey);
      if (key !== undefined && wanted(key)) out.push({ name: key, path: [...p, 'requiredDuringSchedulingIgnoredDuringExecution', index, 'topologyKey'], on: 'value', what: `${kind} topologyKey` });
    }
    for (const { item, index } of objectItems(a?.preferredDuringSchedulingIgnoredDuringExecution)) {
      const key = asString(asObject(item.podAffinityTerm)?.topologyKey);
      if (key !== undefined && wanted(key)) out.push({ name: key, path: [...p, 'preferredDuringSchedulingIgnoredDuringExecution', index, 'podAffinityTerm', 'topologyKey'], on: 'value', what: `${kind} topologyKey` });
    }
  }
  for (const { item, index } of objectItems(spec.topologySpreadConstraints)) {
    const key = asString(item.topologyKey);
    if (key !== undefined && wanted(key)) out.push({ name: key, path: [...base, 'topologySpreadConstraints', index, 'topologyKey'], on: 'value', what: 'topology spread topologyKey' });
  }
  const tolerated = new Set(objectItems(spec.tolerations).map(({ item }) => asString(item.key)));
  for (const { item, index } of objectItems(spec.tolerations)) {
    const key = asString(item.key);
    const replacement = key === undefined ? undefined : REPLACEMENT[key];
    // Tolerating the old and the new taint side by side keeps old clusters working: nothing to report.
    if (key !== undefined && wanted(key) && (replacement === undefined || !tolerated.has(replacement))) out.push({ name: key, path: [...base, 'tolerations', index, 'key'], on: 'value', what: 'toleration' });
  }
  return out;
}

export const deprecatedNodeLabels: Rule = {
  meta: {
    id: 'deprecated-node-labels',
    category: 'deprecated-fields',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A pod selects, spreads over or tolerates a deprecated node label or taint (beta.kubernetes.io/os, failure-domain.beta..., node-role.kubernetes.io/master...).',
    rationale:
      'The beta labels were replaced by GA ones years ago and are no longer guaranteed on nodes; node-role.kubernetes.io/master is gone since Kubernetes 1.24 (label) and 1.25 (taint), so a selector on it matches no node and a toleration for it tolerates nothing.',
    howToFix: 'Use the replacement the message names (the quick fix rewrites it).',
    examples: { invalid: 'nodeSelector:\n  beta.kubernetes.io/os: linux', valid: 'nodeSelector:\n  kubernetes.io/os: linux' },
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const template = ctx.pod?.template;
    if (template === undefined) return;
    for (const use of uses(template.spec, template.specPath, (name) => REPLACEMENT[name] !== undefined)) {
      const replacement = REPLACEMENT[use.name];
      if (replacement === undefined) continue;
      const finding: Finding = { path: use.path, on: use.on, message: `${use.what} uses the deprecated node ${use.what === 'toleration' ? 'taint' : 'label'} ${use.name}: use ${replacement}` };
      const fix = replaceScalarFix(ctx.manifest.source.positions, use.path, use.on, use.name, replacement, `Replace with ${replacement}`);
      if (fix !== undefined) finding.fix = fix;
      ctx.report(finding);
    }
  },
};
