import { OPERATOR_DEFINED_TAINT_PREFIXES, WELL_KNOWN_TAINTS } from '../../../cluster/well-known-taints.js';
import { formatTaint, formatToleration, tolerationsOf, toleratesTaint, type Taint, type Toleration } from '../../../model/toleration.js';
import { closest } from '../../../schema/suggest.js';
import type { Rule, RuleContext } from '../../rule.js';
import { SCHEDULED_KINDS } from './scheduled-pods.js';

const WELL_KNOWN_KEYS: ReadonlySet<string> = new Set(WELL_KNOWN_TAINTS.map((t) => t.key));
const MAX_SHOWN = 3;

/** A key in the `kubernetes.io` or `k8s.io` namespaces (reserved for Kubernetes components). */
function isKubernetesKey(key: string): boolean {
  const slash = key.indexOf('/');
  if (slash < 0) return false;
  const prefix = key.slice(0, slash);
  return ['kubernetes.io', 'k8s.io'].some((ns) => prefix === ns || prefix.endsWith(`.${ns}`));
}

const suggestion = (key: string, keys: Iterable<string>): string => {
  const near = closest(key, keys);
  return near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`;
};

/**
 * Without a cluster: a key in a Kubernetes namespace that no Kubernetes component sets. Under the prefixes whose
 * names cluster operators choose (`node-role.kubernetes.io/infra`), only a near miss of a well-known key.
 */
function checkWithoutCluster(ctx: RuleContext, toleration: Toleration & { key: string }, path: readonly (string | number)[]): void {
  const { key } = toleration;
  if (!isKubernetesKey(key) || WELL_KNOWN_KEYS.has(key)) return;
  const hint = suggestion(key, WELL_KNOWN_KEYS);
  if (hint === '' && OPERATOR_DEFINED_TAINT_PREFIXES.some((p) => key.startsWith(p))) return;
  ctx.report({ path: [...path, 'key'], message: `toleration key ${JSON.stringify(key)} is in a Kubernetes namespace, but Kubernetes sets no such taint${hint}` });
}

/** With a cluster: the toleration must tolerate a taint of its nodes or a well-known one. */
function checkWithCluster(ctx: RuleContext, toleration: Toleration & { key: string }, path: readonly (string | number)[], known: readonly Taint[]): void {
  if (known.some((t) => toleratesTaint(toleration, t))) return;
  const sameKey = [...new Set(known.filter((t) => t.key === toleration.key).map(formatTaint))];
  const hint =
    sameKey.length > 0
      ? ` (taints with this key: ${sameKey.slice(0, MAX_SHOWN).join(', ')}${sameKey.length > MAX_SHOWN ? ', ...' : ''})`
      : suggestion(toleration.key, new Set(known.map((t) => t.key)));
  ctx.report({
    path: [...path, 'key'],
    message: `toleration "${formatToleration(toleration)}" tolerates no taint of the cluster's nodes and no taint Kubernetes sets${hint}`,
  });
}

export const tolerationMatchesNoTaint: Rule = {
  meta: {
    id: 'toleration-matches-no-taint',
    category: 'scheduling',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A toleration tolerates none of the known taints: those of the cluster given with --cluster, and those Kubernetes itself sets.',
    rationale:
      "A toleration only matters if some node carries a taint it tolerates (Toleration.ToleratesTaint: same key, or an empty key with `Exists`; same effect or none; equal values for `Equal`). One that matches nothing is dead configuration, and usually a typo that leaves the pod unable to reach the nodes it was meant for: `node-role.kubernetes.io/controlplane` instead of `node-role.kubernetes.io/control-plane`, `operator: Equal` with a value the taint does not have, or the wrong effect. Without a cluster, only keys in the `kubernetes.io` and `k8s.io` namespaces are checked, against the taints Kubernetes sets (control-plane, node conditions such as `node.kubernetes.io/not-ready`, the cloud provider's `uninitialized`); role names cluster operators choose (`node-role.kubernetes.io/infra`) are reported only when they look like a misspelt well-known key. With a cluster (`--cluster FILE|DIR`), every toleration is checked against the nodes' taints plus the well-known ones. A toleration with an empty key and `operator: Exists` tolerates everything and is never reported.",
    howToFix: 'Fix the key, value, operator or effect to match the taint (`kubectl get nodes -o custom-columns=NAME:.metadata.name,TAINTS:.spec.taints`), or remove the toleration.',
    examples: {
      invalid: 'tolerations:\n  - key: node-role.kubernetes.io/controlplane\n    operator: Exists\n    effect: NoSchedule',
      valid: 'tolerations:\n  - key: node-role.kubernetes.io/control-plane\n    operator: Exists\n    effect: NoSchedule',
    },
  },
  kinds: SCHEDULED_KINDS,
  check(ctx) {
    const template = ctx.pod?.template;
    if (template === undefined) return;
    const tolerations = tolerationsOf(template.spec);
    if (tolerations.length === 0) return;
    const nodes = ctx.cluster?.nodes;
    const known = nodes === undefined ? undefined : [...nodes.flatMap((n) => n.taints), ...WELL_KNOWN_TAINTS];
    for (const { toleration, index } of tolerations) {
      // An empty key tolerates every key (with Exists), or is invalid (with another operator: validation reports it).
      if (toleration.key === undefined) continue;
      const path = [...template.specPath, 'tolerations', index];
      const keyed = toleration as Toleration & { key: string };
      if (known === undefined) checkWithoutCluster(ctx, keyed, path);
      else checkWithCluster(ctx, keyed, path, known);
    }
  },
};
