/**
 * A claim as the scheduler's VolumeBinding, VolumeZone and VolumeRestrictions plugins need it
 * (pkg/scheduler/framework/plugins/volumebinding binder.go FindPodVolumes): a bound claim restricts nodes through
 * its volume's node affinity; an unbound one either waits for the pod's node (WaitForFirstConsumer: a matching
 * available volume on that node, or a class that can provision there) or blocks the pod (Immediate binding:
 * "pod has unbound immediate PersistentVolumeClaims").
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asArray, asObject, asString, asStringMap, getIn, objectItems } from '../../model/fields.js';
import type { NodeSelectorTerm } from '../../model/node-affinity.js';
import { requiredNodeAffinity } from '../../model/node-affinity.js';
import { isUnboundClaim } from './volume-binding-assign.js';
import { canProvision, claimClassName, isWaitForFirstConsumer, storageClass } from './volume-binding-classes.js';
import { accessModesOf, couldBind, volumeNodeAffinity } from './volume-binding-match.js';

export interface ClaimInfo {
  readonly phase: 'Bound' | 'Pending';
  /** Pending: the claim's class can make a volume for it. */
  readonly provisionable: boolean;
  /** The claim's class binds only once a pod using it has a node. */
  readonly waitForFirstConsumer: boolean;
  /**
   * Bound: the volume's required node affinity. Pending and provisionable: the class's `allowedTopologies` as
   * terms. Undefined: any node.
   */
  readonly nodeAffinity?: NodeSelectorTerm[];
  /** Bound: the volume's labels. */
  readonly labels?: Record<string, string>;
  /** The access modes the claim requests (ReadWriteOncePod matters to VolumeRestrictions). */
  readonly accessModes?: string[];
  /**
   * Pending claims: the volumes the claim could bind to (pre-bound to it, or available and matching), with their
   * node affinity. An Immediate claim with any will be bound by the PV controller; a WaitForFirstConsumer claim fits
   * a node when one of them admits the node, or when it is provisionable.
   */
  readonly volumes?: { name: string; nodeAffinity?: NodeSelectorTerm[] }[];
}

/** StorageClass `allowedTopologies` (TopologySelectorTerms: `matchLabelExpressions`) as node selector terms. */
function allowedTopologies(cls: Readonly<Record<string, unknown>> | undefined): NodeSelectorTerm[] | undefined {
  const terms = asArray(cls?.allowedTopologies);
  if (terms === undefined || terms.length === 0) return undefined;
  const nodeSelectorTerms = objectItems(terms).map(({ item }) => ({
    matchExpressions: objectItems(item.matchLabelExpressions).map(({ item: e }) => ({ key: e.key, operator: 'In', values: e.values })),
  }));
  return requiredNodeAffinity({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms } } } }).terms;
}

/** The scheduler's view of claim `namespace/name`; undefined when it does not exist. */
export function claimInfo(state: ClusterState, namespace: string, name: string): ClaimInfo | undefined {
  const pvc = state.getObject('PersistentVolumeClaim', namespace, name);
  if (pvc === undefined) return undefined;
  const cls = storageClass(state, claimClassName(pvc.object));
  const waitForFirstConsumer = isWaitForFirstConsumer(cls);
  const accessModes = accessModesOf(pvc.object);
  if (!isUnboundClaim(pvc.object)) {
    const pv = state.getObject('PersistentVolume', undefined, asString(getIn(pvc.object, 'spec', 'volumeName')) ?? '');
    const nodeAffinity = pv === undefined ? undefined : volumeNodeAffinity(pv.object);
    const labels = asStringMap(getIn(pv?.object, 'metadata', 'labels'));
    const extra = { ...(nodeAffinity === undefined ? {} : { nodeAffinity }), ...(labels === undefined ? {} : { labels }) };
    return { phase: 'Bound', provisionable: false, waitForFirstConsumer, accessModes, ...extra };
  }
  const provisionable = canProvision(cls);
  const nodeAffinity = provisionable ? allowedTopologies(asObject(cls?.object)) : undefined;
  const info: ClaimInfo = { phase: 'Pending', provisionable, waitForFirstConsumer, accessModes, ...(nodeAffinity === undefined ? {} : { nodeAffinity }) };
  const volumes = state
    .list('PersistentVolume')
    .filter((pv) => couldBind(pvc, pv))
    .map((pv) => {
      const affinity = volumeNodeAffinity(pv.object);
      return { name: pv.name, ...(affinity === undefined ? {} : { nodeAffinity: affinity }) };
    });
  return { ...info, volumes };
}
