import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule, RuleMeta } from '../../rule.js';
import { effectiveRequest, limitRangeDefaults, resourcePath, resourceValue, sizedContainers, type ResourceList } from './container-resources.js';

/** Display names: `CPU request`, `memory limit`, `ephemeral-storage limit`. */
const WORD: Readonly<Record<string, string>> = { cpu: 'CPU', memory: 'memory', 'ephemeral-storage': 'ephemeral-storage' };

/**
 * The missing-request and missing-limit rules differ in the resource, the list and the metadata. A request is
 * present when the API server defaults it from the limit; either is present when a LimitRange of the set
 * defaults it.
 */
export function missingResourceRule(resource: string, list: ResourceList, meta: Omit<RuleMeta, 'category'>): Rule {
  const what = `${WORD[resource] ?? resource} ${list === 'requests' ? 'request' : 'limit'}`;
  return {
    meta: { ...meta, category: 'resources' },
    kinds: WORKLOAD_KINDS,
    check(ctx) {
      for (const c of sizedContainers(ctx)) {
        const value = list === 'requests' ? effectiveRequest(c, resource) : resourceValue(c, 'limits', resource);
        if (value !== undefined || limitRangeDefaults(ctx, list, resource)) continue;
        ctx.report({ path: resourcePath(c, list, resource), message: `${describeContainer(c)} has no ${what}` });
      }
    },
  };
}
