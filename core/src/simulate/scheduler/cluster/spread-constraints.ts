/**
 * A pod's topology spread constraints as PodTopologySpread reads them (podtopologyspread/common.go
 * filterTopologySpreadConstraints): defaults filled in, matchLabelKeys merged into the selector, and the
 * system default constraints (plugin.go systemDefaultConstraints) for pods that state none.
 */
import { asArray, asNumber, asString, objectItems, type Obj } from '../../../model/fields.js';
import { parseLabelSelector, type LabelSelector } from '../../../model/label-selector.js';
import { andSelectors, isEverything, matches, withLabels, type Selector } from './selectors.js';

/** v1.LabelHostname. */
export const LABEL_HOSTNAME = 'kubernetes.io/hostname';
/** v1.LabelTopologyZone. */
export const LABEL_ZONE = 'topology.kubernetes.io/zone';

/** What a constraint does when it cannot be met: filter (DoNotSchedule) or only score (ScheduleAnyway). */
export type WhenUnsatisfiable = 'DoNotSchedule' | 'ScheduleAnyway';

/** One topology spread constraint, defaults filled in. */
export interface SpreadConstraint {
  readonly maxSkew: number;
  readonly topologyKey: string;
  readonly whenUnsatisfiable: WhenUnsatisfiable;
  /** null: no labelSelector, which selects nothing. */
  readonly selector: Selector;
  /** 1 unless set (only DoNotSchedule constraints state one). */
  readonly minDomains: number;
  /** Default Honor: only nodes matching the pod's required node affinity count. */
  readonly honorNodeAffinity: boolean;
  /** Default Ignore: with Honor, nodes with taints the pod does not tolerate do not count. */
  readonly honorNodeTaints: boolean;
  /** The incoming pod matches the selector itself (`selfMatchNum`). */
  readonly selfMatch: boolean;
}

function readConstraint(c: Obj, labels: Readonly<Record<string, string>>): SpreadConstraint | undefined {
  const topologyKey = asString(c.topologyKey);
  const when = asString(c.whenUnsatisfiable);
  if (topologyKey === undefined || (when !== 'DoNotSchedule' && when !== 'ScheduleAnyway')) return undefined;
  let selector: Selector = parseLabelSelector(c.labelSelector) ?? null;
  // matchLabelKeys: `key=value` of the incoming pod ANDed in; a nil selector stays Nothing (mergeLabelSetWithSelector).
  const extra: Record<string, string> = {};
  for (const key of asArray(c.matchLabelKeys) ?? []) if (typeof key === 'string' && labels[key] !== undefined) extra[key] = labels[key] as string;
  if (selector !== null && Object.keys(extra).length > 0) selector = withLabels(selector, extra);
  return {
    maxSkew: asNumber(c.maxSkew) ?? 1,
    topologyKey,
    whenUnsatisfiable: when,
    selector,
    minDomains: asNumber(c.minDomains) ?? 1,
    honorNodeAffinity: c.nodeAffinityPolicy !== 'Ignore',
    honorNodeTaints: c.nodeTaintsPolicy === 'Honor',
    selfMatch: matches(selector, labels),
  };
}

/** The pod's own constraints (both kinds), in the order written. */
export function spreadConstraintsOf(spec: Obj, labels: Readonly<Record<string, string>>): SpreadConstraint[] {
  return objectItems(spec.topologySpreadConstraints).flatMap(({ item }) => readConstraint(item, labels) ?? []);
}

/**
 * buildDefaultConstraints: `kubernetes.io/hostname` maxSkew 3 and `topology.kubernetes.io/zone` maxSkew 5, both
 * ScheduleAnyway, over the selector made of every Service, ReplicationController, ReplicaSet and StatefulSet
 * selecting the pod (helper.DefaultSelector); none when nothing selects it.
 */
export function systemDefaultConstraints(selectors: readonly LabelSelector[], labels: Readonly<Record<string, string>>): SpreadConstraint[] {
  const selector = andSelectors(selectors);
  if (selectors.length === 0 || isEverything(selector)) return [];
  const soft = (topologyKey: string, maxSkew: number): SpreadConstraint => ({
    maxSkew,
    topologyKey,
    whenUnsatisfiable: 'ScheduleAnyway',
    selector,
    minDomains: 1,
    honorNodeAffinity: true,
    honorNodeTaints: false,
    selfMatch: matches(selector, labels),
  });
  return [soft(LABEL_HOSTNAME, 3), soft(LABEL_ZONE, 5)];
}
