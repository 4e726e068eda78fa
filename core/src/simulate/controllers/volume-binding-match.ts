/**
 * Which PersistentVolume a claim binds to (component-helpers storage/volume pv_helpers.go FindMatchingVolume,
 * pkg/controller/volume/persistentvolume/index.go findByClaim): a volume pre-bound to the claim wins; otherwise the
 * smallest available volume of the same class with enough capacity, the same volumeMode, every requested access
 * mode and labels matching the claim's selector. The controller searches the volumes by access-mode set, fewest
 * modes first; with a node (the scheduler's path, here: a claim with a selected node) the volume's node affinity
 * must also match. Ties go to the first volume by name, where upstream's order is its cache's.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asArray, asObject, asString, asStringMap, getIn, type Obj } from '../../model/fields.js';
import { parseLabelSelector, selectorMatches } from '../../model/label-selector.js';
import { matchesTerms, requiredNodeAffinity, type NodeLike, type NodeSelectorTerm } from '../../model/node-affinity.js';
import { compareQuantities, parseQuantity, type Quantity } from '../../model/quantity.js';
import type { SimObject } from '../types.js';
import { claimClassName, volumeClassName } from './volume-binding-classes.js';

const ZERO: Quantity = parseQuantity('0') as Quantity;

function storageOf(v: unknown): Quantity {
  return (typeof v === 'string' || typeof v === 'number' ? parseQuantity(v) : undefined) ?? ZERO;
}

/** The claim's `resources.requests.storage` (0 when unset or malformed). */
export function requestedStorage(pvc: Readonly<Obj>): Quantity {
  return storageOf(getIn(pvc, 'spec', 'resources', 'requests', 'storage'));
}

/** The volume's `capacity.storage` (0 when unset or malformed). */
export function volumeCapacity(pv: Readonly<Obj>): Quantity {
  return storageOf(getIn(pv, 'spec', 'capacity', 'storage'));
}

/** `spec.accessModes` of a claim or a volume. */
export function accessModesOf(obj: Readonly<Obj>): string[] {
  return (asArray(getIn(obj, 'spec', 'accessModes')) ?? []).filter((m): m is string => typeof m === 'string');
}

function volumeModeOf(obj: Readonly<Obj>): string {
  return asString(getIn(obj, 'spec', 'volumeMode')) ?? 'Filesystem';
}

/** The volume's required node affinity as node selector terms; undefined when it may be used on any node. */
export function volumeNodeAffinity(pv: Readonly<Obj>): NodeSelectorTerm[] | undefined {
  const required = getIn(pv, 'spec', 'nodeAffinity', 'required');
  if (required === undefined) return undefined;
  return requiredNodeAffinity({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: required } } }).terms;
}

/** IsVolumeBoundToClaim: the claimRef names the claim (and, once bound, its uid). */
export function isBoundToClaim(pv: Readonly<Obj>, pvc: SimObject): boolean {
  const ref = asObject(getIn(pv, 'spec', 'claimRef'));
  if (ref === undefined) return false;
  if (getIn(ref, 'name') !== pvc.name || getIn(ref, 'namespace') !== pvc.namespace) return false;
  const uid = asString(getIn(ref, 'uid')) ?? '';
  return uid === '' || uid === asString(getIn(pvc.object, 'metadata', 'uid'));
}

function hasAllModes(pv: Readonly<Obj>, wanted: readonly string[]): boolean {
  const modes = accessModesOf(pv);
  return wanted.every((m) => modes.includes(m));
}

/**
 * checkVolumeSatisfyClaim, for a claim naming its volume: the first problem, in upstream's words, or undefined.
 */
export function volumeMismatch(pv: Readonly<Obj>, pvc: Readonly<Obj>): string | undefined {
  if (getIn(pv, 'metadata', 'deletionTimestamp') !== undefined) return `the volume is marked for deletion ${JSON.stringify(asString(getIn(pv, 'metadata', 'name')) ?? '')}`;
  if (compareQuantities(volumeCapacity(pv), requestedStorage(pvc)) < 0) return 'requested PV is too small';
  if (volumeClassName(pv) !== claimClassName(pvc)) return 'storageClassName does not match';
  if (volumeModeOf(pv) !== volumeModeOf(pvc)) return 'incompatible volumeMode';
  if (!hasAllModes(pv, accessModesOf(pvc))) return 'incompatible accessMode';
  return undefined;
}

/**
 * An unbound volume no binding has claimed: no claimRef, or one naming a claim without its uid (pre-bound), and
 * not Released or Failed. A new volume counts before the PV controller has marked it Available.
 */
export function isAvailable(pv: Readonly<Obj>): boolean {
  const phase = asString(getIn(pv, 'status', 'phase'));
  return phase !== 'Bound' && phase !== 'Released' && phase !== 'Failed' && (asString(getIn(pv, 'spec', 'claimRef', 'uid')) ?? '') === '';
}

export interface MatchOptions {
  /** The scheduler's path: the node the claim's pod goes to. */
  readonly node?: NodeLike;
  /** WaitForFirstConsumer without a node: only a volume pre-bound to the claim may be taken. */
  readonly delayBinding: boolean;
  /** Volumes already promised to other claims. */
  readonly excluded: ReadonlySet<string>;
}

/** Checks for any volume, pre-bound or not: size, volumeMode, not being deleted. */
function basicFit(pv: Readonly<Obj>, pvc: SimObject): boolean {
  if (getIn(pv, 'metadata', 'deletionTimestamp') !== undefined) return false;
  return compareQuantities(volumeCapacity(pv), requestedStorage(pvc.object)) >= 0 && volumeModeOf(pv) === volumeModeOf(pvc.object);
}

/** Checks for an unbound volume: available, same class, labels the claim selects, (optionally) every access mode. */
function unboundFit(pv: Readonly<Obj>, pvc: SimObject, checkModes: boolean): boolean {
  if (!isAvailable(pv) || volumeClassName(pv) !== claimClassName(pvc.object)) return false;
  const selectorValue = getIn(pvc.object, 'spec', 'selector');
  const selector = selectorValue === undefined || selectorValue === null ? undefined : parseLabelSelector(selectorValue);
  if (selector !== undefined && !selectorMatches(selector, asStringMap(getIn(pv, 'metadata', 'labels')) ?? {})) return false;
  return !checkModes || hasAllModes(pv, accessModesOf(pvc.object));
}

/** A volume that could be bound to the claim on some node: pre-bound to it, or unbound and fitting. */
export function couldBind(pvc: SimObject, pv: SimObject): boolean {
  if (!basicFit(pv.object, pvc)) return false;
  if (isBoundToClaim(pv.object, pvc)) return true;
  return asObject(getIn(pv.object, 'spec', 'claimRef')) === undefined && unboundFit(pv.object, pvc, true);
}

/** FindMatchingVolume over one list of volumes. */
function matchIn(pvc: SimObject, volumes: readonly SimObject[], o: MatchOptions): SimObject | undefined {
  let smallest: SimObject | undefined;
  for (const pv of volumes) {
    const v = pv.object;
    if (o.excluded.has(pv.name)) continue;
    const boundHere = isBoundToClaim(v, pvc);
    if ((asObject(getIn(v, 'spec', 'claimRef')) !== undefined && !boundHere) || !basicFit(v, pvc)) continue;
    const terms = volumeNodeAffinity(v);
    const nodeOk = o.node === undefined || terms === undefined || matchesTerms(terms, o.node);
    if (boundHere) return nodeOk ? pv : undefined;
    if ((o.node === undefined && o.delayBinding) || !nodeOk || !unboundFit(v, pvc, o.node !== undefined)) continue;
    if (smallest === undefined || compareQuantities(volumeCapacity(smallest.object), volumeCapacity(v)) > 0) smallest = pv;
  }
  return smallest;
}

/** findBestMatchForClaim: on the controller's path, volume groups by access-mode set, the smallest sets first. */
export function findBestVolume(state: ClusterState, pvc: SimObject, o: MatchOptions): SimObject | undefined {
  const volumes = state.list('PersistentVolume').sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (o.node !== undefined) return matchIn(pvc, volumes, o);
  const wanted = accessModesOf(pvc.object);
  const groups = new Map<string, SimObject[]>();
  for (const pv of volumes) {
    if (!hasAllModes(pv.object, wanted)) continue;
    const key = [...new Set(accessModesOf(pv.object))].sort().join(',');
    groups.set(key, [...(groups.get(key) ?? []), pv]);
  }
  const ordered = [...groups.keys()].sort((a, b) => a.split(',').length - b.split(',').length || (a < b ? -1 : 1));
  for (const key of ordered) {
    const found = matchIn(pvc, groups.get(key) ?? [], o);
    if (found !== undefined) return found;
  }
  return undefined;
}
