/**
 * The items of the LimitRanges in a namespace, as the API server stores them: SetDefaults_LimitRangeItem
 * (pkg/apis/core/v1/defaults.go) fills a Container item's `default` from `max`, then `defaultRequest` from
 * `default`, then from `min`. Applying it on read makes a LimitRange taken from a manifest behave like a stored one.
 */
import type { ClusterState } from '../../../cluster/cluster-state.js';
import { asString, getIn, objectItems } from '../../../model/fields.js';
import { readResourceList, type ResourceList } from '../../../model/pod-requests.js';

/** core/v1 LimitType. */
export type LimitType = 'Container' | 'Pod' | 'PersistentVolumeClaim';

export interface LimitRangeItem {
  readonly type: string;
  readonly min: ResourceList;
  readonly max: ResourceList;
  readonly default: ResourceList;
  readonly defaultRequest: ResourceList;
  readonly maxLimitRequestRatio: ResourceList;
}

/** Copies into `to` the entries of `from` it does not have. */
function fillFrom(to: ResourceList, from: ResourceList): void {
  for (const [name, q] of from) if (!to.has(name)) to.set(name, q);
}

/** One `spec.limits[i]`, defaulted. */
export function limitRangeItem(raw: Readonly<Record<string, unknown>>): LimitRangeItem {
  const type = asString(raw.type) ?? '';
  const item = {
    type,
    min: readResourceList(raw.min),
    max: readResourceList(raw.max),
    default: readResourceList(raw.default),
    defaultRequest: readResourceList(raw.defaultRequest),
    maxLimitRequestRatio: readResourceList(raw.maxLimitRequestRatio),
  };
  if (type === 'Container') {
    fillFrom(item.default, item.max);
    fillFrom(item.defaultRequest, item.default);
    fillFrom(item.defaultRequest, item.min);
  }
  return item;
}

export interface LimitRange {
  readonly name: string;
  readonly items: readonly LimitRangeItem[];
}

/** The namespace's LimitRanges in creation order (the order the plugin applies them in). */
export function limitRangesIn(state: ClusterState, namespace: string): LimitRange[] {
  return state.list('LimitRange', namespace).map((lr) => ({
    name: lr.name,
    items: objectItems(getIn(lr.object, 'spec', 'limits')).map(({ item }) => limitRangeItem(item)),
  }));
}
