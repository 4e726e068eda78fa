/**
 * StorageClass lookups shared by the PV controller, the scheduler's claim view and admission: a claim's or a
 * volume's class (component-helpers storage/volume helpers.go GetPersistentVolumeClaimClass, GetPersistentVolumeClass:
 * the deprecated beta annotation wins over the field), the cluster's default class (pkg/volume/util GetDefaultClass),
 * and what a class does with an unbound claim (storagehelpers.IsDelayBindingMode, a provisioner that can provision).
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asObject, asString, getIn, type Obj } from '../../model/fields.js';
import type { SimObject } from '../types.js';

const BETA_STORAGE_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';
const DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';
const BETA_DEFAULT_CLASS_ANNOTATION = 'storageclass.beta.kubernetes.io/is-default-class';
/** The "provisioner" of classes for pre-created local volumes: it provisions nothing. */
export const NO_PROVISIONER = 'kubernetes.io/no-provisioner';

function annotation(obj: Readonly<Obj>, key: string): string | undefined {
  return asString(getIn(obj, 'metadata', 'annotations', key));
}

/** The class a claim asks for: `""` means "no class" (bind only to volumes without one). */
export function claimClassName(pvc: Readonly<Obj>): string {
  return annotation(pvc, BETA_STORAGE_CLASS_ANNOTATION) ?? asString(getIn(pvc, 'spec', 'storageClassName')) ?? '';
}

/** PersistentVolumeClaimHasClass: a class was written at all (an explicit `""` counts). */
export function claimHasClass(pvc: Readonly<Obj>): boolean {
  return annotation(pvc, BETA_STORAGE_CLASS_ANNOTATION) !== undefined || asString(getIn(pvc, 'spec', 'storageClassName')) !== undefined;
}

/** The class a volume belongs to: `""` for none. */
export function volumeClassName(pv: Readonly<Obj>): string {
  return annotation(pv, BETA_STORAGE_CLASS_ANNOTATION) ?? asString(getIn(pv, 'spec', 'storageClassName')) ?? '';
}

/** The StorageClass of that name; undefined for `""` or a class that does not exist. */
export function storageClass(state: ClusterState, name: string): SimObject | undefined {
  return name === '' ? undefined : state.getObject('StorageClass', undefined, name);
}

/** A class whose volumes bind only once a pod using the claim is scheduled. */
export function isWaitForFirstConsumer(cls: SimObject | undefined): boolean {
  return asString(cls?.object.volumeBindingMode) === 'WaitForFirstConsumer';
}

/** A class with a provisioner that makes volumes (every one but `kubernetes.io/no-provisioner`). */
export function canProvision(cls: SimObject | undefined): boolean {
  const provisioner = asString(cls?.object.provisioner);
  return provisioner !== undefined && provisioner !== '' && provisioner !== NO_PROVISIONER;
}

function isDefaultClass(cls: SimObject): boolean {
  const annotations = asObject(getIn(cls.object, 'metadata', 'annotations')) ?? {};
  return annotations[DEFAULT_CLASS_ANNOTATION] === 'true' || annotations[BETA_DEFAULT_CLASS_ANNOTATION] === 'true';
}

/**
 * The DefaultStorageClass admission plugin's choice for a claim that names no class at all (an explicit `""`
 * keeps none): the default class, the newest one when several are marked, by name when they are as old. The PV
 * controller assigns it later too, to claims created before the class (retroactive default, GA in v1.28).
 */
export function defaultStorageClass(state: ClusterState, pvc: Readonly<Obj>): string | undefined {
  if (claimHasClass(pvc)) return undefined;
  const created = (c: SimObject): string => asString(getIn(c.object, 'metadata', 'creationTimestamp')) ?? '';
  const defaults = state.list('StorageClass').filter(isDefaultClass);
  defaults.sort((a, b) => (created(a) === created(b) ? (a.name < b.name ? -1 : 1) : created(a) > created(b) ? -1 : 1));
  return defaults[0]?.name;
}
