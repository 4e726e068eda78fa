import { asArray, asObject, getIn, objectItems, type Obj } from '../../../model/fields.js';
import { parseLabelSelector, selectorMatches } from '../../../model/label-selector.js';
import { REPLICATED_KINDS } from '../../autoscaler-targets.js';
import type { Rule } from '../../rule.js';
import { peakReplicas } from './autoscalers.js';

/** A term spreads the workload when it selects the workload's own pods, in its own namespace. */
function spreadsOwnPods(term: Obj, labels: Record<string, string>, namespace: string): boolean {
  const selector = parseLabelSelector(term.labelSelector);
  if (selector === undefined || !selectorMatches(selector, labels) || typeof term.topologyKey !== 'string') return false;
  const namespaces = (asArray(term.namespaces) ?? []).filter((n): n is string => typeof n === 'string');
  return namespaces.length === 0 || namespaces.includes(namespace) || asObject(term.namespaceSelector) !== undefined;
}

export const antiAffinityMissing: Rule = {
  meta: {
    id: 'anti-affinity-missing',
    category: 'availability',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A workload with several replicas has neither pod anti-affinity nor topology spread constraints for its own pods.',
    rationale:
      'The scheduler spreads replicas only loosely by default; nothing stops it from putting them all on one node or in one zone, which a single node failure or zone outage then takes down together.',
    howToFix: 'Add topologySpreadConstraints (or a preferred podAntiAffinity term) whose labelSelector selects the workload\'s own pods.',
    examples: {
      invalid: 'replicas: 3\ntemplate:\n  spec:\n    containers: [...]',
      valid:
        'replicas: 3\ntemplate:\n  spec:\n    topologySpreadConstraints:\n      - maxSkew: 1\n        topologyKey: kubernetes.io/hostname\n        whenUnsatisfiable: ScheduleAnyway\n        labelSelector:\n          matchLabels: {app: web}',
    },
    peers: ['kube-linter:no-anti-affinity', 'kube-score:deployment-has-host-podantiaffinity', 'kube-score:statefulset-has-host-podantiaffinity', 'polaris:topologySpreadConstraint'],
    params: { minReplicas: 2 },
  },
  kinds: REPLICATED_KINDS,
  check(ctx) {
    const template = ctx.pod?.template;
    const min = typeof ctx.params.minReplicas === 'number' ? ctx.params.minReplicas : 2;
    if (template === undefined) return;
    const replicas = peakReplicas(ctx);
    if (replicas < min) return;
    const ns = ctx.index.namespaceOf(ctx.manifest);
    const anti = asObject(getIn(template.spec, 'affinity', 'podAntiAffinity'));
    const terms = [
      ...objectItems(anti?.requiredDuringSchedulingIgnoredDuringExecution).map(({ item }) => item),
      ...objectItems(anti?.preferredDuringSchedulingIgnoredDuringExecution).map(({ item }) => asObject(item.podAffinityTerm) ?? {}),
      ...objectItems(template.spec.topologySpreadConstraints).map(({ item }) => item),
    ];
    if (terms.some((t) => spreadsOwnPods(t, template.labels, ns))) return;
    ctx.report({
      path: [...template.specPath, 'affinity', 'podAntiAffinity'],
      on: 'key',
      message: `${replicas} replicas with no pod anti-affinity or topology spread constraint for their own pods: they may all land on one node`,
    });
  },
};
