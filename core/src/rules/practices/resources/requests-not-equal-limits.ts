import { parseQuantity, compareQuantities } from '../../../model/quantity.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { memoPerParams } from '../../rule-config.js';
import { resourcePath, resourceValue, sizedContainers } from './container-resources.js';

function show(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
}

const guaranteed = memoPerParams((params): string[] => (Array.isArray(params.resources) ? params.resources.filter((x): x is string => typeof x === 'string') : []));

export const requestsNotEqualLimits: Rule = {
  meta: {
    id: 'requests-not-equal-limits',
    category: 'resources',
    defaultSeverity: 'info',
    preset: 'opt-in',
    summary: 'A container requests less than its limit (or has no limit) for a resource that should be guaranteed (CPU and memory by default).',
    rationale:
      "When requests equal limits for CPU and memory in every container, the pod gets the Guaranteed QoS class: it is the last to be evicted, and what the scheduler reserves is exactly what it can use. Requests below limits overcommit nodes.",
    howToFix: 'Set resources.limits to the same values as resources.requests (or list fewer resources in the `resources` parameter).',
    examples: {
      invalid: 'resources:\n  requests: {cpu: 100m, memory: 128Mi}\n  limits: {cpu: 500m, memory: 256Mi}',
      valid: 'resources:\n  requests: {cpu: 100m, memory: 128Mi}\n  limits: {cpu: 100m, memory: 128Mi}',
    },
    peers: [
      'kube-score:container-resource-requests-equal-limits',
      'kube-score:container-cpu-requests-equal-limits',
      'kube-score:container-memory-requests-equal-limits',
      'kube-score:container-ephemeral-storage-request-equals-limit',
    ],
    params: { resources: ['cpu', 'memory'] },
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const resources = guaranteed(ctx.params);
    for (const c of sizedContainers(ctx)) {
      for (const name of resources) {
        const limit = resourceValue(c, 'limits', name);
        const request = resourceValue(c, 'requests', name);
        if (limit === undefined) {
          ctx.report({ path: resourcePath(c, 'limits', name), message: `${describeContainer(c)} has no ${name} limit to match its request` });
          continue;
        }
        if (request === undefined) continue; // defaulted to the limit
        const l = typeof limit === 'string' || typeof limit === 'number' ? parseQuantity(limit) : undefined;
        const r = typeof request === 'string' || typeof request === 'number' ? parseQuantity(request) : undefined;
        if (l === undefined || r === undefined || compareQuantities(l, r) === 0) continue; // malformed: schema-format reports it
        ctx.report({ path: resourcePath(c, 'requests', name), message: `${describeContainer(c)} requests ${show(request)} ${name} but is limited to ${show(limit)}` });
      }
    }
  },
};
