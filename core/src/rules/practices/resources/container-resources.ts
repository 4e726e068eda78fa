import type { PathSegment } from '../../../load/json-path.js';
import { asObject, getIn, objectItems } from '../../../model/fields.js';
import { isLongLivedContainer, type ContainerRef } from '../../../model/pod-template.js';
import type { RuleContext } from '../../rule.js';

export type ResourceList = 'requests' | 'limits';

/** The containers whose resources count for the pod's whole life: regular ones and sidecars (not run-once init containers). */
export function sizedContainers(ctx: RuleContext): ContainerRef[] {
  return (ctx.pod?.containers ?? []).filter(isLongLivedContainer);
}

/** `resources.<list>.<name>` as written, or undefined. */
export function resourceValue(c: ContainerRef, list: ResourceList, name: string): unknown {
  const v = getIn(c.container, 'resources', list, name);
  return v === null ? undefined : v;
}

export function resourcePath(c: ContainerRef, list: ResourceList, name: string): readonly PathSegment[] {
  return [...c.path, 'resources', list, name];
}

/**
 * The request as the API server defaults it: a container that sets a limit and no request gets the limit as its
 * request (pkg/apis/core/v1/defaults.go SetDefaults_Pod).
 */
export function effectiveRequest(c: ContainerRef, name: string): unknown {
  return resourceValue(c, 'requests', name) ?? resourceValue(c, 'limits', name);
}

/**
 * True when a LimitRange of the object's namespace in the linted set gives containers a default for this
 * resource (`default` fills limits, `defaultRequest` fills requests; `default` also fills missing requests).
 */
export function limitRangeDefaults(ctx: RuleContext, list: ResourceList, name: string): boolean {
  for (const lr of ctx.index.inNamespace('LimitRange', ctx.index.namespaceOf(ctx.manifest))) {
    for (const { item } of objectItems(getIn(lr.object, 'spec', 'limits'))) {
      if (item.type !== 'Container') continue;
      const fields = list === 'limits' ? ['default'] : ['defaultRequest', 'default'];
      if (fields.some((f) => asObject(item[f])?.[name] !== undefined)) return true;
    }
  }
  return false;
}
