/**
 * PodInfo: a pod digested once (framework.PodInfo): requests as numbers, parsed tolerations, node affinity,
 * spread constraints, affinity terms, host ports and claims. Plugins read this, never the raw object, so
 * nothing is parsed again per node.
 */
import { asNumber, asObject, asString, asStringMap, getIn, objectItems, type Obj } from '../../../model/fields.js';
import { hasRequiredNodeAffinity, requiredNodeAffinity, type NodeSelectorTerm, type RequiredNodeAffinity } from '../../../model/node-affinity.js';
import { tolerationsOf, type Toleration } from '../../../model/toleration.js';
import { affinityTermsOf, type PodAffinityTerms } from './affinity-terms.js';
import { resourcesKey, type Memo } from './digest-cache.js';
import { hostPortsOf, type HostPort } from './host-ports.js';
import { nodeAffinityMatcher, type NodeMatcher } from './node-affinity-match.js';
import { podResourcesOf, type PodResources } from './pod-resources.js';
import { spreadConstraintsOf, type SpreadConstraint } from './spread-constraints.js';

/** A preferred node-affinity term with its weight (nodeaffinity.PreferredSchedulingTerms). */
export interface PreferredNodeTerm {
  readonly weight: number;
  readonly term: NodeSelectorTerm;
}

/** A PersistentVolumeClaim the pod mounts; generic ephemeral volumes name theirs `<pod>-<volume>`. */
export interface PodClaim {
  readonly name: string;
  readonly ephemeral: boolean;
}

/** A digested pod. */
export interface PodInfo {
  /** `namespace/name`. */
  readonly key: string;
  readonly namespace: string;
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  /** `spec.priority` (admission resolves the PriorityClass); 0 when unset. */
  readonly priority: number;
  /** `preemptionPolicy: Never`. */
  readonly preemptNever: boolean;
  readonly nodeName?: string;
  /** Being deleted (`metadata.deletionTimestamp`): PodTopologySpread does not count it. */
  readonly terminating: boolean;
  readonly resources: PodResources;
  readonly hostPorts: readonly HostPort[];
  readonly tolerations: readonly Toleration[];
  readonly nodeAffinity: RequiredNodeAffinity;
  readonly hasNodeAffinity: boolean;
  /** nodeSelector AND required terms, compiled once. */
  readonly matchesNodeAffinity: NodeMatcher;
  /** The JSON of nodeSelector and the required terms: equal for pods that admit the same nodes. */
  readonly nodeAffinityKey: string;
  readonly preferredNodeTerms: readonly PreferredNodeTerm[];
  /** The pod's own topology spread constraints (system defaults are added at PreScore, only when none). */
  readonly spread: readonly SpreadConstraint[];
  readonly affinity: PodAffinityTerms;
  readonly claims: readonly PodClaim[];
  /** The defaulted spec, for the few reads that need raw fields (NodeAffinity's node-name PreFilter). */
  readonly spec: Obj;
  /** The pod object as given. */
  readonly object: Readonly<Obj>;
}

/**
 * nodeaffinity.NewPreferredSchedulingTerms: terms with weight 0 are dropped; each preference is parsed like a
 * required term (an empty one matches nothing).
 */
function preferredNodeTermsOf(spec: Obj): PreferredNodeTerm[] {
  const items = objectItems(getIn(spec, 'affinity', 'nodeAffinity', 'preferredDuringSchedulingIgnoredDuringExecution'));
  return items.flatMap(({ item }) => {
    const weight = asNumber(item.weight) ?? 0;
    if (weight === 0) return [];
    const parsed = requiredNodeAffinity({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [item.preference] } } } });
    const term = parsed.terms?.[0];
    return term === undefined ? [] : [{ weight, term }];
  });
}

function claimsOf(spec: Obj, podName: string): PodClaim[] {
  return objectItems(spec.volumes).flatMap(({ item }): PodClaim[] => {
    const claim = asString(getIn(item, 'persistentVolumeClaim', 'claimName'));
    if (claim !== undefined) return [{ name: claim, ephemeral: false }];
    // ephemeral.VolumeClaimName: the claim the ephemeral volume controller creates for this volume.
    if (asObject(item.ephemeral) !== undefined) return [{ name: `${podName}-${asString(item.name) ?? ''}`, ephemeral: true }];
    return [];
  });
}

/** Digests a (defaulted) Pod object; `resources` memoises requests across replicas of a template. */
export function podInfoOf(pod: Readonly<Obj>, resources?: Memo<PodResources>): PodInfo {
  const spec = asObject(pod.spec) ?? {};
  const namespace = asString(getIn(pod, 'metadata', 'namespace')) ?? 'default';
  const name = asString(getIn(pod, 'metadata', 'name')) ?? '';
  const labels = asStringMap(getIn(pod, 'metadata', 'labels')) ?? {};
  const nodeAffinity = requiredNodeAffinity(spec);
  const nodeName = asString(spec.nodeName);
  return {
    key: `${namespace}/${name}`,
    namespace,
    name,
    labels,
    priority: asNumber(spec.priority) ?? 0,
    preemptNever: spec.preemptionPolicy === 'Never',
    ...(nodeName === undefined || nodeName === '' ? {} : { nodeName }),
    terminating: getIn(pod, 'metadata', 'deletionTimestamp') !== undefined,
    resources: resources === undefined ? podResourcesOf(spec) : resources.get(resourcesKey(spec), () => podResourcesOf(spec)),
    nodeAffinityKey: JSON.stringify([spec.nodeSelector ?? null, getIn(spec, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution') ?? null]),
    hostPorts: hostPortsOf(spec),
    tolerations: tolerationsOf(spec).map((t) => t.toleration),
    nodeAffinity,
    hasNodeAffinity: hasRequiredNodeAffinity(nodeAffinity),
    matchesNodeAffinity: nodeAffinityMatcher(nodeAffinity),
    preferredNodeTerms: preferredNodeTermsOf(spec),
    spread: spreadConstraintsOf(spec, labels),
    affinity: affinityTermsOf(spec, namespace, labels),
    claims: claimsOf(spec, name),
    spec,
    object: pod,
  };
}
