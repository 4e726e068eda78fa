/**
 * What the DaemonSet controller decides per node and puts on its pods (pkg/controller/daemon/daemon_controller.go
 * NodeShouldRunDaemonPod and predicates, util/daemonset_util.go AddOrUpdateDaemonPodTolerations,
 * ReplaceDaemonSetPodNodeNameNodeAffinity, GetTargetNodeName; control-plane-semantics §4.5, §11).
 */
import type { NodeInfo } from '../../cluster/node-info.js';
import { asArray, asObject, asString, getIn, objectItems, type Obj } from '../../model/fields.js';
import { matchesRequiredNodeAffinity, requiredNodeAffinity } from '../../model/node-affinity.js';
import { toleratesTaint, tolerationsOf } from '../../model/toleration.js';
import { canonicalJson } from './canonical-json.js';

/** Tolerations every daemon pod gets, without tolerationSeconds (forever), in upstream's order. */
const DAEMON_TOLERATIONS: readonly Obj[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];

/** Only host-network daemon pods (CNI plugins) may run before the node's network is up. */
const NETWORK_UNAVAILABLE: Obj = { key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' };

const MATCH_FIELDS: readonly string[] = ['key', 'operator', 'value', 'effect'];

/** v1helper.AddOrUpdateTolerationInPodSpec: a toleration equal on key/operator/value/effect is replaced, else appended. */
function addOrUpdateToleration(tolerations: Obj[], toleration: Obj): Obj[] {
  const same = (t: Obj): boolean => MATCH_FIELDS.every((f) => (asString(t[f]) ?? '') === (asString(toleration[f]) ?? ''));
  const index = tolerations.findIndex(same);
  if (index < 0) return [...tolerations, toleration];
  if (canonicalJson(tolerations[index]) === canonicalJson(toleration)) return tolerations;
  return tolerations.map((t, i) => (i === index ? toleration : t));
}

/** AddOrUpdateDaemonPodTolerations on a copy of the pod spec. */
export function withDaemonTolerations(spec: Obj): Obj {
  const extra = spec.hostNetwork === true ? [...DAEMON_TOLERATIONS, NETWORK_UNAVAILABLE] : DAEMON_TOLERATIONS;
  let tolerations = objectItems(spec.tolerations).map(({ item }) => item);
  for (const t of extra) tolerations = addOrUpdateToleration(tolerations, { ...t });
  return { ...spec, tolerations };
}

/**
 * ReplaceDaemonSetPodNodeNameNodeAffinity: the required node affinity becomes one term `metadata.name In
 * [node]` (the node already passed the template's own terms); preferred terms and pod (anti-)affinity stay.
 */
export function withNodeNameAffinity(spec: Obj, node: string): Obj {
  const affinity = asObject(spec.affinity) ?? {};
  const nodeAffinity = asObject(affinity.nodeAffinity) ?? {};
  const required = { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node] }] }] };
  return { ...spec, affinity: { ...affinity, nodeAffinity: { ...nodeAffinity, requiredDuringSchedulingIgnoredDuringExecution: required } } };
}

/** GetTargetNodeName: `spec.nodeName`, or for a pod not yet bound the node its matchFields term names. */
export function targetNodeOf(pod: Readonly<Obj>): string | undefined {
  const nodeName = asString(getIn(pod, 'spec', 'nodeName'));
  if (nodeName !== undefined && nodeName !== '') return nodeName;
  const terms = objectItems(getIn(pod, 'spec', 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'));
  for (const { item } of terms) {
    for (const { item: field } of objectItems(item.matchFields)) {
      const values = asArray(field.values) ?? [];
      if (field.key === 'metadata.name' && field.operator === 'In' && values.length === 1) return asString(values[0]);
    }
  }
  return undefined;
}

export interface NodeVerdict {
  /** A daemon pod should be created on the node. */
  readonly shouldRun: boolean;
  /** An existing daemon pod may stay (it tolerates the node's NoExecute taints). */
  readonly shouldContinueRunning: boolean;
}

/**
 * NodeShouldRunDaemonPod for a pod spec that already carries the daemon tolerations: the template's nodeName
 * (if any) is the node, its nodeSelector and required node affinity match, and no NoSchedule/NoExecute taint
 * is untolerated. Resources, ports and cordons are the scheduler's business, not the controller's.
 */
export function nodeShouldRunDaemonPod(node: NodeInfo, spec: Obj): NodeVerdict {
  const nodeName = asString(spec.nodeName) ?? '';
  if ((nodeName !== '' && nodeName !== node.name) || !matchesRequiredNodeAffinity(requiredNodeAffinity(spec), node)) {
    return { shouldRun: false, shouldContinueRunning: false };
  }
  const tolerations = tolerationsOf(spec).map((t) => t.toleration);
  const untolerated = (effects: readonly string[]): boolean =>
    node.taints.some((taint) => effects.includes(taint.effect) && !tolerations.some((t) => toleratesTaint(t, taint)));
  if (!untolerated(['NoSchedule', 'NoExecute'])) return { shouldRun: true, shouldContinueRunning: true };
  return { shouldRun: false, shouldContinueRunning: !untolerated(['NoExecute']) };
}
