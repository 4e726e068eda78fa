/**
 * Per-source volume checks of pkg/apis/core/validation/validation.go validateVolumeSource: the sources manifests
 * use (emptyDir, hostPath, secret, configMap, persistentVolumeClaim, nfs, downwardAPI, projected). Legacy in-tree
 * plugins (iscsi, rbd, cinder...) are only counted, not checked field by field.
 */
import type { PathSegment } from '../../../load/json-path.js';
import { asNumber, asObject, asString, objectItems, type Obj } from '../../../model/fields.js';
import { parseQuantity } from '../../../model/quantity.js';
import type { FieldErrors } from '../field-errors.js';
import { checkFieldRef, checkResourceFieldRef, VOLUME_FIELD_PATHS } from './env-var-sources.js';
import { hasBacksteps, localNonReservedPathErrors } from './pod-syntax.js';

/** VolumeSource fields in validateVolumeSource's order, with the name its "more than 1 volume type" error uses. */
export const VOLUME_SOURCES: readonly (readonly [field: string, errorName: string])[] = [
  ['emptyDir', 'emptyDir'], ['hostPath', 'hostPath'], ['gitRepo', 'gitRepo'], ['gcePersistentDisk', 'gcePersistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore'], ['secret', 'secret'], ['nfs', 'nfs'], ['iscsi', 'iscsi'], ['glusterfs', 'glusterfs'],
  ['flocker', 'flocker'], ['persistentVolumeClaim', 'persistentVolumeClaim'], ['rbd', 'rbd'], ['cinder', 'cinder'],
  // Upstream spells these two differently in its messages.
  ['cephfs', 'cephFS'], ['quobyte', 'quobyte'], ['downwardAPI', 'downwarAPI'],
  ['fc', 'fc'], ['flexVolume', 'flexVolume'], ['configMap', 'configMap'], ['azureFile', 'azureFile'], ['vsphereVolume', 'vsphereVolume'],
  ['photonPersistentDisk', 'photonPersistentDisk'], ['portworxVolume', 'portworxVolume'], ['azureDisk', 'azureDisk'],
  ['storageos', 'storageos'], ['projected', 'projected'], ['scaleIO', 'scaleIO'], ['csi', 'csi'], ['ephemeral', 'ephemeral'], ['image', 'image'],
];

const FILE_MODE = 'must be a number between 0 and 0777 (octal), both inclusive';
const PROJECTION_SOURCES = ['secret', 'configMap', 'downwardAPI', 'serviceAccountToken', 'clusterTrustBundle', 'podCertificate'] as const;

function checkMode(errs: FieldErrors, path: readonly PathSegment[], field: 'mode' | 'defaultMode', mode: unknown): void {
  const m = asNumber(mode);
  if (m !== undefined && (m < 0 || m > 0o777)) errs.invalid([...path, field], m, FILE_MODE);
}

/** A required string that is written but empty (absent ones are schema-required or defaulted elsewhere). */
function requireNonEmpty(errs: FieldErrors, src: Obj, path: readonly PathSegment[], field: string, evenIfAbsent = false): boolean {
  const v = src[field];
  if (v === '' || (evenIfAbsent && (v === undefined || v === null))) {
    errs.required([...path, field]);
    return false;
  }
  return typeof v === 'string';
}

/** validateKeyToPath for each item of a secret/configMap source. */
function checkItems(errs: FieldErrors, path: readonly PathSegment[], items: unknown): void {
  for (const { item, index } of objectItems(items)) {
    const at = [...path, 'items', index];
    requireNonEmpty(errs, item, at, 'key');
    requireNonEmpty(errs, item, at, 'path');
    const p = asString(item.path);
    if (p !== undefined && p !== '') errs.invalidEach([...at, 'path'], p, localNonReservedPathErrors(p));
    checkMode(errs, at, 'mode', item.mode);
  }
}

/** validateDownwardAPIVolumeFile (upstream names the source, not the item; kubeplan names the item). */
function checkDownwardFiles(errs: FieldErrors, path: readonly PathSegment[], items: unknown): void {
  for (const { item, index } of objectItems(items)) {
    const at = [...path, 'items', index];
    if (requireNonEmpty(errs, item, at, 'path')) errs.invalidEach([...at, 'path'], item.path as string, localNonReservedPathErrors(item.path as string));
    const fieldRef = asObject(item.fieldRef);
    const resourceFieldRef = asObject(item.resourceFieldRef);
    if (fieldRef !== undefined) {
      checkFieldRef(errs, [...at, 'fieldRef'], fieldRef, VOLUME_FIELD_PATHS);
      if (resourceFieldRef !== undefined) errs.invalid(at, 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously');
    } else if (resourceFieldRef !== undefined) checkResourceFieldRef(errs, [...at, 'resourceFieldRef'], resourceFieldRef, true);
    else errs.required(at, 'one of fieldRef and resourceFieldRef is required');
    checkMode(errs, at, 'mode', item.mode);
  }
}

/** validateProjectedVolumeSource / validateProjectionSources. */
function checkProjected(errs: FieldErrors, path: readonly PathSegment[], src: Obj): void {
  checkMode(errs, path, 'defaultMode', src.defaultMode);
  for (const { item, index } of objectItems(src.sources)) {
    const at = [...path, 'sources', index];
    const present = PROJECTION_SOURCES.filter((k) => item[k] !== undefined && item[k] !== null);
    if (present.length > 1) errs.forbidden(at, 'may not specify more than 1 volume type per source');
    for (const kind of ['secret', 'configMap'] as const) {
      const s = asObject(item[kind]);
      if (s === undefined) continue;
      requireNonEmpty(errs, s, [...at, kind], 'name', true);
      checkItems(errs, [...at, kind], s.items);
    }
    const downward = asObject(item.downwardAPI);
    if (downward !== undefined) checkDownwardFiles(errs, [...at, 'downwardAPI'], downward.items);
    const token = asObject(item.serviceAccountToken);
    if (token === undefined) continue;
    const expiration = asNumber(token.expirationSeconds) ?? 3600; // SetDefaults_ServiceAccountTokenProjection
    if (expiration < 600) errs.invalid([...at, 'serviceAccountToken', 'expirationSeconds'], expiration, 'may not specify a duration less than 10 minutes');
    if (expiration > 2 ** 32) errs.invalid([...at, 'serviceAccountToken', 'expirationSeconds'], expiration, 'may not specify a duration larger than 2^32 seconds');
    // Upstream names `projected.path` for the token's path.
    const msgPath = [...path, 'path'];
    const p = token.path;
    if (p === '') errs.required(msgPath, undefined, { at: [...at, 'serviceAccountToken', 'path'] });
    else if (typeof p === 'string') errs.invalidEach(msgPath, p, localNonReservedPathErrors(p), { at: [...at, 'serviceAccountToken', 'path'] });
  }
}

/** The checks of the one source a volume has (`path` is the source field's path). */
export function checkVolumeSource(errs: FieldErrors, path: readonly PathSegment[], field: string, src: Obj): void {
  switch (field) {
    case 'emptyDir': {
      const limit = typeof src.sizeLimit === 'string' || typeof src.sizeLimit === 'number' ? parseQuantity(src.sizeLimit) : undefined;
      if (limit !== undefined && limit.mantissa < 0n) errs.forbidden([...path, 'sizeLimit'], 'SizeLimit field must be a valid resource quantity');
      return;
    }
    case 'hostPath':
      if (requireNonEmpty(errs, src, path, 'path') && hasBacksteps(src.path as string)) errs.invalid([...path, 'path'], src.path as string, "must not contain '..'");
      return;
    case 'secret':
    case 'configMap':
      requireNonEmpty(errs, src, path, field === 'secret' ? 'secretName' : 'name', true);
      checkMode(errs, path, 'defaultMode', src.defaultMode);
      checkItems(errs, path, src.items);
      return;
    case 'persistentVolumeClaim':
      requireNonEmpty(errs, src, path, 'claimName');
      return;
    case 'nfs':
      requireNonEmpty(errs, src, path, 'server');
      requireNonEmpty(errs, src, path, 'path');
      if (typeof src.path === 'string' && !src.path.startsWith('/')) errs.invalid([...path, 'path'], src.path, 'must be an absolute path');
      return;
    case 'downwardAPI':
      checkMode(errs, path, 'defaultMode', src.defaultMode);
      checkDownwardFiles(errs, path, src.items);
      return;
    case 'projected':
      checkProjected(errs, path, src);
      return;
  }
}
