import { asArray, asObject, getIn } from '../../../model/fields.js';
import { parseLabelSelector, selectorMatches } from '../../../model/label-selector.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { IndexedObject } from '../../object-index.js';
import type { Rule } from '../../rule.js';

/** policyTypes as the API server defaults them: Ingress always, Egress when the policy has egress rules. */
function policyTypes(np: IndexedObject): string[] {
  const spec = asObject(np.object.spec) ?? {};
  const written = asArray(spec.policyTypes)?.filter((t): t is string => typeof t === 'string');
  if (written !== undefined && written.length > 0) return written;
  return spec.egress !== undefined && spec.egress !== null ? ['Ingress', 'Egress'] : ['Ingress'];
}

export const noNetworkPolicy: Rule = {
  meta: {
    id: 'no-network-policy',
    category: 'networking',
    defaultSeverity: 'warning',
    preset: 'opt-in',
    summary: "No NetworkPolicy of the set selects a workload's pods (or none restricts the policy types listed in `policyTypes`).",
    rationale:
      'Pods no NetworkPolicy selects accept traffic from, and send traffic to, anything in the cluster: one compromised pod can reach them all. Opt-in because the policies often live in another repository.',
    howToFix: 'Add a NetworkPolicy whose podSelector selects the pods (a namespace-wide default-deny plus allow rules is the usual pattern).',
    examples: {
      invalid: 'kind: Deployment  # and no NetworkPolicy in its namespace',
      valid: 'kind: NetworkPolicy\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]',
    },
    peers: ['kube-linter:non-isolated-pod', 'kube-score:pod-networkpolicy', 'polaris:missingNetworkPolicy'],
    params: { policyTypes: [] },
  },
  kinds: WORKLOAD_KINDS.filter((k) => k !== 'PodTemplate'),
  check(ctx) {
    const template = ctx.pod?.template;
    if (template === undefined) return;
    const covered = new Set<string>();
    let selected = false;
    for (const np of ctx.index.inNamespace('NetworkPolicy', ctx.index.namespaceOf(ctx.manifest))) {
      const selector = parseLabelSelector(getIn(np.object, 'spec', 'podSelector'));
      if (selector === undefined || !selectorMatches(selector, template.labels)) continue;
      selected = true;
      for (const t of policyTypes(np)) covered.add(t);
    }
    const path = [...template.metadataPath, 'labels'];
    if (!selected) {
      ctx.report({ path, on: 'key', message: 'no NetworkPolicy selects the pods: traffic to and from them is not restricted' });
      return;
    }
    const required = Array.isArray(ctx.params.policyTypes) ? ctx.params.policyTypes.filter((t): t is string => typeof t === 'string') : [];
    const missing = required.filter((t) => !covered.has(t));
    if (missing.length > 0) ctx.report({ path, on: 'key', message: `no NetworkPolicy restricts the pods' ${missing.join(' or ')} traffic` });
  },
};
